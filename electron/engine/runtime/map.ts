/**
 * The runtime's part for the map (issue 77): getMap reads the period's runs and monitored time
 * from the store, and the runs held now from the engine, and hands them to the pure summary
 * (shared/map/from-history.ts). The bot's /map asks this handler too.
 */
import { heldRuns } from '../../../shared/held-runs';
import { mapFromHistory } from '../../../shared/map/from-history';
import type { FeatureContext, FeaturePart } from './feature-types';

export function mapPart(ctx: FeatureContext): FeaturePart {
  return {
    name: 'map',
    handlers: {
      // wall-clock: the period ends now by the calendar the history's runs are stamped in, not a wait
      getMap: async (input) =>
        mapFromHistory(
          {
            history: (q) => ctx.store.history(q),
            monitored: (from, to) => ctx.store.monitored(from, to),
            held: heldRuns(ctx.engine.getStatus()),
          },
          input,
          ctx.clock.now(),
        ),
    },
  };
}
