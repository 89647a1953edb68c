/**
 * "Time held per address": the addresses that held longest in the period, each a bar in its
 * colour. A bar is the share of the time the timeline above shows that the address was held,
 * so an address held 0 s has an empty bar and one held all along a full one; its time beside it
 * in shared/duration.ts's words.
 */
import type { Swatch } from '../../../shared/chart-palette';
import { formatDuration } from '../format';
import { ChartCard } from './ChartCard';
import { addressesEmpty, type PeriodFacts } from './empty-reasons';
import type { Held } from './timeline';

const SHOWN = 10;

interface Props {
  /** The addresses of the period, longest held first. */
  held: readonly Held[];
  /** The page's colour of each address: the same as on the timeline. */
  colors: ReadonlyMap<string, Swatch>;
  /** What the page knows of the period and the history, for the words of an empty one. */
  facts: PeriodFacts;
  /** The time the timeline shows (ms): a bar's whole. */
  spanMs: number;
}

/** A bar's width in percent: the held time's share of the time shown, 0 to 100. Pure. */
export function heldShare(heldMs: number, spanMs: number): number {
  if (!(spanMs > 0) || !(heldMs > 0)) return 0;
  return Math.min(100, (heldMs / spanMs) * 100);
}

export function HeldChart({ held: all, colors, facts, spanMs }: Props) {
  const top = all.slice(0, SHOWN);
  const which =
    all.length > SHOWN
      ? `The ${SHOWN} longest of ${all.length} addresses.`
      : 'Every address of the period, longest first.';
  const readout = `${which} A full bar: held all of the ${formatDuration(spanMs)} shown.`;
  return (
    <ChartCard
      id="held"
      title="Time held per address"
      empty={all.length === 0 ? addressesEmpty(facts) : null}
      legend={[]}
      readout={readout}
    >
      <ul className="held-list" aria-label="Time held per address">
        {top.map((h) => {
          const c = colors.get(h.key);
          const label = `${h.key}: ${formatDuration(h.heldMs)}${h.runs > 1 ? ` over ${h.runs} runs` : ''}`;
          return (
            <li key={h.key} className="held-row" title={label}>
              <span className="held-addr mono">
                <span className="sr-only">IPv{h.family} </span>
                {h.key}
              </span>
              <span className="held-time small">{formatDuration(h.heldMs)}</span>
              <span className="held-track" aria-hidden="true">
                <span
                  className="held-bar"
                  data-key={h.key}
                  style={{ width: `${heldShare(h.heldMs, spanMs).toFixed(2)}%`, background: c?.fill }}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
}
