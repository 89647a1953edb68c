/**
 * The runtime's part for the map (issue 77): getMap reads the period's runs through the store's
 * history query and hands them to the pure summary (shared/map/from-history.ts).
 */
import { mapFromHistory } from '../../../shared/map/from-history';
import type { FeatureContext, FeaturePart } from './feature-types';

export function mapPart(ctx: FeatureContext): FeaturePart {
  return {
    name: 'map',
    handlers: {
      // wall-clock: the period ends now by the calendar the history's runs are stamped in, not a wait
      getMap: async (input) => mapFromHistory((q) => ctx.store.history(q), input, ctx.clock.now()),
    },
  };
}
