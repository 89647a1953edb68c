/**
 * The runtime's part for insight and the forecast from the history (issue 42): built over the feature context
 * (features.ts). A stub until that work lands: no method, no status.
 */
import type { FeatureContext, FeaturePart } from './feature-types';

export function forecastPart(_ctx: FeatureContext): FeaturePart {
  return { name: 'forecast', handlers: {} };
}
