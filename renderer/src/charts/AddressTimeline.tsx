/**
 * "Addresses over time": one track per family, each address's run a labelled span in its
 * colour (palette.ts), the period's time axis below; hovering (or tapping) a span reads out
 * its address, from, to and how long it held.
 */
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

import type { HistoryEntry } from '../api/types';
import { useAppearance } from '../appearance';
import { formatDuration, formatTime } from '../format';
import { ChartCard, type LegendItem } from './ChartCard';
import { addressColor } from './palette';
import { timeTicks } from './time-ticks';
import { heldPerAddress, type Segment, timelineRows } from './timeline';
import { useThemeName } from './use-theme-name';

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
const LEGEND_MAX = 12;

interface Props {
  runs: HistoryEntry[];
  from: number;
  to: number;
  families: readonly (4 | 6)[];
}

export function AddressTimeline({ runs, from, to, families }: Props) {
  const [appearance] = useAppearance();
  const theme = useThemeName();
  const axis = useRef<HTMLDivElement>(null);
  const width = useWidth(axis);
  const [hover, setHover] = useState<Segment | null>(null);
  const rows = timelineRows(runs, from, to);
  const count = rows[4].length + rows[6].length;
  const describe = (s: Segment) =>
    `${s.ip}: ${formatTime(s.firstSeen, appearance)} to ${formatTime(s.lastSeen, appearance)} (${formatDuration(s.lastSeen - s.firstSeen)})`;
  const addresses = heldPerAddress(runs, from, to, Infinity);
  const legend: LegendItem[] = addresses
    .slice(0, LEGEND_MAX)
    .map((h) => ({ label: h.key, color: addressColor(h.key, theme).fill }));
  if (addresses.length > LEGEND_MAX)
    legend.push({ label: `${addresses.length - LEGEND_MAX} more`, color: 'transparent' });
  // A label is about 60 px wide: none may stick out of the axis at either end.
  const ticks = (width > 0 ? timeTicks(from, to, appearance, Math.floor(width / 64)) : []).filter((t) => {
    const x = ((t.at - from) / (to - from)) * width;
    return x >= 30 && x <= width - 30;
  });
  const summary = `${addresses.length} address${addresses.length === 1 ? '' : 'es'} in this period (${families
    .map((f) => `IPv${f}: ${rows[f].length} run${rows[f].length === 1 ? '' : 's'}`)
    .join(', ')}). Point at a span for its times.`;
  return (
    <ChartCard
      id="timeline"
      title="Addresses over time"
      empty={count === 0 ? 'No address was recorded in this period.' : null}
      legend={legend}
      readout={hover ? describe(hover) : summary}
    >
      <div className="timeline">
        {families.map((f) => (
          <div key={f} className="tl-row">
            <span className="tl-family">IPv{f}</span>
            {rows[f].length === 0 ? (
              <span className="tl-none muted small">No IPv{f} address in this period.</span>
            ) : (
              <ul className="tl-track" aria-label={`IPv${f} addresses over time`}>
                {rows[f].map((s) => {
                  const c = addressColor(s.key, theme);
                  return (
                    <li
                      key={s.id}
                      className="tl-span"
                      data-key={s.key}
                      title={describe(s)}
                      style={{
                        left: pct(s.left),
                        width: `max(${pct(s.width)}, 3px)`,
                        background: c.fill,
                        color: c.text,
                      }}
                      onMouseEnter={() => setHover(s)}
                      onMouseLeave={() => setHover(null)}
                      onClick={() => setHover(s)}
                    >
                      <span className="tl-ip">{s.ip}</span>
                      <span className="sr-only">
                        , {formatTime(s.firstSeen, appearance)} to {formatTime(s.lastSeen, appearance)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
        <div className="tl-row" aria-hidden="true">
          <span className="tl-family" />
          <div className="tl-axis" ref={axis} data-testid="timeline-axis" data-from={from} data-to={to}>
            {ticks.map((t) => (
              <span key={t.at} className="tl-tick" data-at={t.at} style={{ left: pct((t.at - from) / (to - from)) }}>
                {t.label}
              </span>
            ))}
          </div>
        </div>
      </div>
    </ChartCard>
  );
}
