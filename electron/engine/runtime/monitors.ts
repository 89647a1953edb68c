/**
 * The runtime's part for service monitors after a change (issue 42): built over the feature context
 * (features.ts). A stub until that work lands: no method, no status.
 */
import type { FeatureContext, FeaturePart } from './feature-types';

export function monitorsPart(_ctx: FeatureContext): FeaturePart {
  return { name: 'monitors', handlers: {} };
}
