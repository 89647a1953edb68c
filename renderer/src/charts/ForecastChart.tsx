/**
 * "When the address changes": per family, how long an address is held (median and spread), the
 * hours of the day and the weekdays changes happened at, the lease period when holds cluster,
 * and the next change with its confidence, or why there is no forecast (shared/forecast.ts).
 * Hours are counted in this window's time zone (Appearance), as every time on the page.
 */
import { useQuery } from '@tanstack/react-query';

import { familyColor } from '../../../shared/chart-colours';
import { type FamilyForecast, forecastReason } from '../../../shared/forecast';
import type { Translator } from '../../../shared/i18n/translator';
import { useEngine } from '../api/engine';
import { QueryState } from '../components/QueryState';
import { dateFormat, formatDuration, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { ChartCard } from './ChartCard';
import './forecast.css';
import { zoneName } from './time-ticks';
import { useThemeName } from './use-theme-name';
import { type PageZone, useZone } from './use-zone';

/** Monday to Sunday, short, in the locale: 2024-01-01 was a Monday. */
const weekdays = (locale: string | undefined): string[] =>
  Array.from({ length: 7 }, (_, d) =>
    dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + d)),
  );
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

export function useForecast(tz: string) {
  const { client } = useEngine();
  return useQuery({ queryKey: ['forecast', tz], queryFn: () => client.getForecast({ tz }) });
}

export function ForecastChart() {
  const zone = useZone();
  const words = useTranslator();
  const forecast = useForecast(zoneName(zone));
  return (
    <QueryState query={forecast} what={words.t('web.query.what.forecast')}>
      {(answer) => {
        const shown = answer.families.filter((f) => f.changes > 0);
        return (
          <ChartCard
            id="forecast"
            title={words.t('web.charts.forecast.title')}
            empty={shown.length === 0 ? words.t('web.charts.forecast.empty') : null}
            legend={[]}
            readout={words.t('web.charts.forecast.readout', { zone: answer.timeZone })}
          >
            {shown.map((f) => (
              <FamilyForecastView key={f.family} f={f} zone={zone} words={words} />
            ))}
          </ChartCard>
        );
      }}
    </QueryState>
  );
}

function FamilyForecastView({ f, zone, words }: { f: FamilyForecast; zone: PageZone; words: Translator }) {
  const color = familyColor(f.family, useThemeName());
  const d = (ms: number) => formatDuration(ms, 2, words);
  const family = words.t('web.family', { family: f.family });
  return (
    <div className="forecast-family" data-testid={`forecast-v${f.family}`}>
      <h3>{family}</h3>
      <dl className="forecast-facts">
        <dt>{words.t('web.charts.forecast.next')}</dt>
        <dd data-testid={`forecast-v${f.family}-next`}>
          {f.next
            ? words.t('web.charts.forecast.nextAt', {
                at: formatTime(f.next.at, zone, zone.language),
                from: formatTime(f.next.from, zone, zone.language),
                to: formatTime(f.next.to, zone, zone.language),
                confidence: Math.round(f.next.confidence * 100),
              })
            : words.t('web.charts.forecast.none')}
        </dd>
        <dt>{words.t('web.charts.forecast.why')}</dt>
        <dd>{forecastReason(f, words)}</dd>
        {f.holds && (
          <>
            <dt>{words.t('web.charts.forecast.held')}</dt>
            <dd>
              {words.t('web.charts.forecast.holds', {
                median: d(f.holds.medianMs),
                q1: d(f.holds.q1Ms),
                q3: d(f.holds.q3Ms),
                count: f.holds.count,
              })}
            </dd>
          </>
        )}
        {f.period && (
          <>
            <dt>{words.t('web.charts.forecast.period')}</dt>
            <dd>{words.t('web.charts.forecast.about', { duration: d(f.period.ms) })}</dd>
          </>
        )}
        {f.usualHour && (
          <>
            <dt>{words.t('web.charts.forecast.usualHour')}</dt>
            <dd>
              {words.t('web.charts.forecast.around', {
                hour: HOURS[f.usualHour.hour]!,
                share: Math.round(f.usualHour.share * 100),
              })}
            </dd>
          </>
        )}
        {f.untimed > 0 && (
          <>
            <dt>{words.t('web.charts.forecast.leftOut')}</dt>
            <dd>{words.t('web.charts.forecast.untimed', { count: f.untimed })}</dd>
          </>
        )}
      </dl>
      <Bars
        label={words.t('web.charts.forecast.perHour', { family: f.family })}
        names={HOURS}
        counts={f.hours}
        color={color}
      />
      <Bars
        label={words.t('web.charts.forecast.perWeekday', { family: f.family })}
        names={weekdays(zone.locale)}
        counts={f.weekdays}
        color={color}
      />
    </div>
  );
}

/** A histogram in HTML: one bar per bucket, its height the share of the largest. */
function Bars({
  label,
  names,
  counts,
  color,
}: {
  label: string;
  names: readonly string[];
  counts: readonly number[];
  /** The family's colour, as on every chart (shared/chart-colours.ts). */
  color: string;
}) {
  const top = Math.max(1, ...counts);
  return (
    <figure className="forecast-bars">
      <figcaption className="small">{label}</figcaption>
      <ol aria-label={label}>
        {counts.map((n, i) => (
          <li key={names[i]} title={`${names[i]}: ${n}`}>
            <span className="forecast-bar" style={{ height: `${((n / top) * 100).toFixed(1)}%`, background: color }} />
            <span className="forecast-bar-name small">{names[i]}</span>
            <span className="sr-only">: {n}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
