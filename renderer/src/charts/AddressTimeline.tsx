/**
 * "Addresses over time": IPv4 in one track, IPv6 in a track per /64 (its interface ids inside),
 * each run a span in its address's colour, labelled where the whole label fits; the period's
 * time axis below and the addresses listed by time held. Hovering (or tapping) a span reads
 * out its address, from, to and how long it held.
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

import type { Swatch } from '../../../shared/chart-palette';
import type { Translator } from '../../../shared/i18n/translator';
import type { HistoryEntry } from '../api/types';
import { formatDuration, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { ChartCard } from './ChartCard';
import { addressesEmpty, type PeriodFacts } from './empty-reasons';
import { axisTicks, LABEL_PX } from './time-ticks';
import { type Held, type Segment, spanLabel, type TimelineRow, timelineRows } from './timeline';
import { useZone } from './use-zone';

/** The element's width in CSS pixels, following resizes. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
const NO_COLOR: Swatch = { fill: 'transparent', text: 'inherit' };
/** The narrowest a span is drawn (its padding: .tl-span in charts.css). */
const MIN_SPAN_PX = 8;

interface Props {
  runs: HistoryEntry[];
  from: number;
  to: number;
  families: readonly (4 | 6)[];
  /** The page's colour of each address (shared/chart-colours.ts addressColors). */
  colors: ReadonlyMap<string, Swatch>;
  /** The addresses of the period, longest held first (timeline.ts heldPerAddress). */
  held: readonly Held[];
  /** What the page knows of the period and the history, for the words of an empty one. */
  facts: PeriodFacts;
}

/** "4 addresses in this period (IPv4: 3 runs, IPv6: 3 runs in 2 /64s), ...". */
function summaryOf(
  rows: readonly TimelineRow[],
  held: readonly Held[],
  families: readonly (4 | 6)[],
  words: Translator,
): string {
  const runsOf = (f: 4 | 6) => rows.filter((r) => r.family === f).reduce((n, r) => n + r.segments.length, 0);
  const prefixes = rows.filter((r) => r.family === 6).length;
  const each = families.map((family) =>
    family === 6 && prefixes > 1
      ? words.t('web.charts.timeline.runsInPrefixes', { family, runs: runsOf(family), prefixes })
      : words.t('web.charts.timeline.runs', { family, runs: runsOf(family) }),
  );
  return words.t('web.charts.timeline.summary', { count: held.length, families: each.join(', ') });
}

/** One row's spans, each in its address's colour, labelled where the whole label fits. */
function Track(props: {
  row: TimelineRow;
  width: number;
  colors: ReadonlyMap<string, Swatch>;
  describe: (s: Segment) => string;
  onHover: (s: Segment | null) => void;
}) {
  const { row, width, colors, describe, onHover } = props;
  const zone = useZone();
  const words = useTranslator();
  // A span that starts at the very end (a check a moment ago) still shows its few pixels inside the row.
  const inside = (left: number) => (width > MIN_SPAN_PX ? Math.min(left, 1 - MIN_SPAN_PX / width) : left);
  return (
    <ul
      className="tl-track"
      aria-label={
        row.prefix
          ? words.t('web.charts.timeline.prefixTrack', { prefix: row.prefix })
          : words.t('web.charts.timeline.track', { family: row.family })
      }
    >
      {row.segments.map((s) => {
        const c = colors.get(s.key) ?? NO_COLOR;
        const label = spanLabel(s.label, s.width * width);
        return (
          <li
            key={s.id}
            className="tl-span"
            data-key={s.key}
            title={describe(s)}
            style={{
              left: pct(inside(s.left)),
              width: `max(${pct(s.width)}, ${MIN_SPAN_PX}px)`,
              background: c.fill,
              color: c.text,
            }}
            onMouseEnter={() => onHover(s)}
            onMouseLeave={() => onHover(null)}
            onClick={() => onHover(s)}
          >
            {label !== null && (
              <span className="tl-ip" aria-hidden="true">
                {label}
              </span>
            )}
            <span className="sr-only">
              {words.t('web.charts.timeline.spanShort', {
                ip: s.ip,
                from: formatTime(s.firstSeen, zone, zone.language),
                to: formatTime(s.lastSeen, zone, zone.language),
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function AddressTimeline({ runs, from, to, families, colors, held, facts }: Props) {
  const zone = useZone();
  const words = useTranslator();
  const axis = useRef<HTMLDivElement>(null);
  const width = useWidth(axis);
  const [hover, setHover] = useState<Segment | null>(null);
  const rows = timelineRows(runs, from, to);
  const describe = (s: Segment) =>
    words.t('web.charts.timeline.span', {
      ip: s.ip,
      from: formatTime(s.firstSeen, zone, zone.language),
      to: formatTime(s.lastSeen, zone, zone.language),
      held: formatDuration(s.lastSeen - s.firstSeen, 2, words),
    });
  const legend = held.map((h) => ({
    label: `${h.key} (${formatDuration(h.heldMs, 2, words)})`,
    color: (colors.get(h.key) ?? NO_COLOR).fill,
  }));
  const ticks = axisTicks(from, to, zone, width);
  const summary = summaryOf(rows, held, families, words);
  return (
    <ChartCard
      id="timeline"
      title={words.t('web.charts.timeline.title')}
      empty={rows.length === 0 ? addressesEmpty(facts, words) : null}
      legend={legend}
      readout={hover ? describe(hover) : summary}
    >
      <div className="timeline">
        {families.map((f) => {
          const mine = rows.filter((r) => r.family === f);
          if (mine.length === 0)
            return (
              <div key={f} className="tl-row">
                <span className="tl-family">{words.t('web.family', { family: f })}</span>
                <span className="tl-none muted small">{words.t('web.charts.timeline.noFamily', { family: f })}</span>
              </div>
            );
          return mine.map((row, i) => (
            <div key={`${f}-${row.prefix ?? ''}`} className="tl-row">
              <span className="tl-family">{i === 0 ? words.t('web.family', { family: f }) : ''}</span>
              <div className="tl-cell">
                {row.prefix && <span className="tl-prefix small">{row.prefix}</span>}
                <Track row={row} width={width} colors={colors} describe={describe} onHover={setHover} />
              </div>
            </div>
          ));
        })}
        <div className="tl-row" aria-hidden="true">
          <span className="tl-family" />
          <div className="tl-axis" ref={axis} data-testid="timeline-axis" data-from={from} data-to={to}>
            {ticks.map((t) => (
              <span
                key={t.at}
                className="tl-tick"
                data-at={t.at}
                data-align={t.align}
                // The label's room; the mark is at the tick itself, inside it.
                style={{ left: pct(t.left / width), width: LABEL_PX, ['--mark' as string]: `${t.x - t.left}px` }}
              >
                {t.label}
              </span>
            ))}
          </div>
        </div>
      </div>
    </ChartCard>
  );
}
