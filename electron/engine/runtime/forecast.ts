/**
 * The runtime's part for insight and the forecast from the history (issue 42): getForecast reads
 * the last year of runs through the store's history query and hands them to the pure forecast
 * (shared/forecast.ts). Hours and weekdays are counted in the zone asked for, else in the
 * messages' zone (notifications.timezone), else in this machine's.
 */
import { forecastHistory, zoneOrLocal } from '../../../shared/forecast-history';
import { english } from '../../../shared/i18n/translators';
import type { FeatureContext, FeaturePart } from './feature-types';

export function forecastPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  return {
    name: 'forecast',
    handlers: {
      getForecast: async (input) =>
        forecastHistory(
          (q) => ctx.store.history(q),
          ctx.clock.now(),
          input.tz ?? zoneOrLocal(settings.notifications.timezone),
          // The API's reason is English, as its every field; the bot and the dashboard word the figures.
          english,
          input.family,
        ),
    },
    update(next) {
      settings = next;
    },
  };
}
