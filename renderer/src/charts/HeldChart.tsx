/** "Time held per address": the addresses that held longest in the period, each a bar in its colour. */
import { formatDuration } from '../format';
import { ChartCard } from './ChartCard';
import { addressesEmpty, type PeriodFacts } from './empty-reasons';
import type { Swatch } from './palette';
import type { Held } from './timeline';

const SHOWN = 10;

interface Props {
  /** The addresses of the period, longest held first. */
  held: readonly Held[];
  /** The page's colour of each address: the same as on the timeline. */
  colors: ReadonlyMap<string, Swatch>;
  /** What the page knows of the period and the history, for the words of an empty one. */
  facts: PeriodFacts;
}

export function HeldChart({ held: all, colors, facts }: Props) {
  const top = all.slice(0, SHOWN);
  const longest = Math.max(1, top[0]?.heldMs ?? 1);
  const readout =
    all.length > SHOWN
      ? `The ${SHOWN} longest of ${all.length} addresses.`
      : 'Every address of the period, longest first.';
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
                  style={{ width: `max(${((h.heldMs / longest) * 100).toFixed(2)}%, 3px)`, background: c?.fill }}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </ChartCard>
  );
}
