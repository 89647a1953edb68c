/**
 * "When the address changes": per family, how long an address is held (median and spread), the
 * hours of the day and the weekdays changes happened at, the lease period when holds cluster,
 * and the next change with its confidence, or why there is no forecast (shared/forecast.ts).
 * Hours are counted in this window's time zone (Appearance), as every time on the page.
 */
import { useQuery } from '@tanstack/react-query';

import { familyColor } from '../../../shared/chart-colours';
import type { FamilyForecast } from '../../../shared/forecast';
import { useEngine } from '../api/engine';
import { type Appearance, useAppearance } from '../appearance';
import { QueryState } from '../components/QueryState';
import { formatDuration, formatTime } from '../format';
import { ChartCard } from './ChartCard';
import './forecast.css';
import { zoneName } from './time-ticks';
import { useThemeName } from './use-theme-name';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

export function useForecast(tz: string) {
  const { client } = useEngine();
  return useQuery({ queryKey: ['forecast', tz], queryFn: () => client.getForecast({ tz }) });
}

export function ForecastChart() {
  const [appearance] = useAppearance();
  const forecast = useForecast(zoneName(appearance));
  return (
    <QueryState query={forecast} what="forecast">
      {(answer) => {
        const shown = answer.families.filter((f) => f.changes > 0);
        return (
          <ChartCard
            id="forecast"
            title="When the address changes"
            empty={
              shown.length === 0
                ? 'No address change recorded yet: the pattern is learnt from changes as IPWatch records them.'
                : null
            }
            legend={[]}
            readout={`Changes of the last year, hours and weekdays in ${answer.timeZone}.`}
          >
            {shown.map((f) => (
              <FamilyForecastView key={f.family} f={f} appearance={appearance} />
            ))}
          </ChartCard>
        );
      }}
    </QueryState>
  );
}

function FamilyForecastView({ f, appearance }: { f: FamilyForecast; appearance: Appearance }) {
  const color = familyColor(f.family, useThemeName());
  return (
    <div className="forecast-family" data-testid={`forecast-v${f.family}`}>
      <h3>IPv{f.family}</h3>
      <dl className="forecast-facts">
        <dt>Next change</dt>
        <dd data-testid={`forecast-v${f.family}-next`}>
          {f.next
            ? `${formatTime(f.next.at, appearance)} (between ${formatTime(f.next.from, appearance)} and ${formatTime(f.next.to, appearance)}), confidence ${Math.round(f.next.confidence * 100)}%`
            : 'No forecast'}
        </dd>
        <dt>Why</dt>
        <dd>{f.reason}</dd>
        {f.holds && (
          <>
            <dt>Address held</dt>
            <dd>
              median {formatDuration(f.holds.medianMs)}, half of them between {formatDuration(f.holds.q1Ms)} and{' '}
              {formatDuration(f.holds.q3Ms)} ({f.holds.count} holds)
            </dd>
          </>
        )}
        {f.period && (
          <>
            <dt>Lease or reconnect period</dt>
            <dd>about {formatDuration(f.period.ms)}</dd>
          </>
        )}
        {f.usualHour && (
          <>
            <dt>Usual time of day</dt>
            <dd>
              around {HOURS[f.usualHour.hour]}:00 ({Math.round(f.usualHour.share * 100)}% of changes within an hour of
              it)
            </dd>
          </>
        )}
        {f.untimed > 0 && (
          <>
            <dt>Left out</dt>
            <dd>{f.untimed} changes seen only after monitoring had stopped for a while: their time is not known</dd>
          </>
        )}
      </dl>
      <Bars label={`IPv${f.family} changes per hour of the day`} names={HOURS} counts={f.hours} color={color} />
      <Bars label={`IPv${f.family} changes per weekday`} names={WEEKDAYS} counts={f.weekdays} color={color} />
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
