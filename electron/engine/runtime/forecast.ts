/**
 * The runtime's part for insight and the forecast from the history (issue 42): getForecast reads
 * the last year of runs through the store's history query and hands them to the pure forecast
 * (shared/forecast.ts). Hours and weekdays are counted in the zone asked for, else in the
 * messages' zone (notifications.timezone), else in this machine's.
 */
import { forecastHistory } from '../../../shared/forecast-history';
import type { Settings } from '../../../shared/settings';
import type { FeatureContext, FeaturePart } from './feature-types';

/** The zone a forecast counts hours in when none is asked for. */
export const forecastZone = (settings: Settings): string =>
  settings.notifications.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function forecastPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  return {
    name: 'forecast',
    handlers: {
      getForecast: async (input) =>
        forecastHistory((q) => ctx.store.history(q), ctx.clock.now(), input.tz ?? forecastZone(settings), input.family),
    },
    update(next) {
      settings = next;
    },
  };
}
