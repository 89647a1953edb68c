/**
 * The runtime's part for the change hook and the heartbeat (issue 42): built over the feature context
 * (features.ts). A stub until that work lands: no method, no status.
 */
import type { FeatureContext, FeaturePart } from './feature-types';

export function watcherPart(_ctx: FeatureContext): FeaturePart {
  return { name: 'watcher', handlers: {} };
}
