/**
 * "Time held per address": the addresses that held longest in the period, each a bar in its
 * colour. A bar is the share of the time the timeline above shows that the address was held,
 * so an address held 0 s has an empty bar and one held all along a full one; its time beside it
 * in shared/words/duration.ts's words.
 */
import type { Swatch } from '../../../shared/chart-palette';
import type { Translator } from '../../../shared/i18n/translator';
import { formatDuration } from '../format';
import { useTranslator } from '../i18n/I18n';
import { ChartCard } from './ChartCard';
import { PERIODS } from './default-period';
import { addressesEmpty, type PeriodFacts } from './empty-reasons';
import type { Held } from './timeline';

const SHOWN = 10;
const DAY = 86_400_000;

interface Props {
  /** The addresses of the period, longest held first. */
  held: readonly Held[];
  /** The page's colour of each address: the same as on the timeline. */
  colors: ReadonlyMap<string, Swatch>;
  /** What the page knows of the period and the history, for the words of an empty one. */
  facts: PeriodFacts;
  /** The time the timeline shows: a bar's whole. */
  span: Range;
  /** The period picked above the charts ("Last 24 hours"). */
  period: Range;
}

interface Range {
  from: number;
  to: number;
}

/** A bar's width in percent: the held time's share of the time shown, 0 to 100. Pure. */
export function heldShare(heldMs: number, spanMs: number): number {
  if (!(spanMs > 0) || !(heldMs > 0)) return 0;
  return Math.min(100, (heldMs / spanMs) * 100);
}

/**
 * What a full bar means, in words that agree with the period picked above: the timeline shows
 * the whole period, or (Charts.tsx's fitRange) starts at the first address seen, or shows its
 * least span, part of it before the first address was seen. Pure.
 *
 * | timeline starts                         | words                                                       |
 * |-----------------------------------------|-------------------------------------------------------------|
 * | with the period                         | held all of the last 24 hours.                              |
 * | at the first address seen               | held all of the 5 h since the first address was seen, ...   |
 * | before the first address seen (least)   | held all of the last 2 h the timeline shows; the first ...  |
 */
export function fullBarWords(span: Range, period: Range, firstSeen: number | null, words: Translator): string {
  const d = (ms: number) => formatDuration(ms, 2, words);
  // The period as the picker says it, in a sentence ("the last 24 hours").
  const picked = PERIODS.find((p) => p.days * DAY === period.to - period.from);
  const last = picked
    ? words.t(picked.phrase)
    : words.t('web.charts.period.other.phrase', { duration: d(period.to - period.from) });
  if (span.from <= period.from) return words.t('web.charts.held.fullPeriod', { period: last });
  if (firstSeen === null || firstSeen <= span.from)
    return words.t('web.charts.held.fullSinceFirst', { shown: d(span.to - span.from), period: last });
  return words.t('web.charts.held.fullLeast', { shown: d(span.to - span.from), ago: d(span.to - firstSeen) });
}

export function HeldChart({ held: all, colors, facts, span, period }: Props) {
  const words = useTranslator();
  const spanMs = span.to - span.from;
  const top = all.slice(0, SHOWN);
  const which =
    all.length > SHOWN
      ? words.t('web.charts.held.longest', { shown: SHOWN, count: all.length })
      : words.t('web.charts.held.every');
  const readout = `${which} ${fullBarWords(span, period, facts.firstSeen, words)}`;
  const title = words.t('web.charts.held.title');
  return (
    <ChartCard
      id="held"
      title={title}
      empty={all.length === 0 ? addressesEmpty(facts, words) : null}
      legend={[]}
      readout={readout}
    >
      <ul className="held-list" aria-label={title}>
        {top.map((h) => {
          const c = colors.get(h.key);
          const time = formatDuration(h.heldMs, 2, words);
          const label =
            h.runs > 1 ? words.t('web.charts.held.overRuns', { ip: h.key, time, runs: h.runs }) : `${h.key}: ${time}`;
          return (
            <li key={h.key} className="held-row" title={label}>
              <span className="held-addr mono">
                <span className="sr-only">{words.t('web.family', { family: h.family })} </span>
                {h.key}
              </span>
              <span className="held-time small">{time}</span>
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
