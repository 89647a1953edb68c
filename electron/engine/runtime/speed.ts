/**
 * The runtime's part for the opt-in speed test (issue 42): built over the feature context
 * (features.ts). A stub until that work lands: no method, no status.
 */
import type { FeatureContext, FeaturePart } from './feature-types';

export function speedPart(_ctx: FeatureContext): FeaturePart {
  return { name: 'speed', handlers: {} };
}
