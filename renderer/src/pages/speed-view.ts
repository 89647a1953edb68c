/** A speed test in words for the dashboard's card and the chart's readout. Pure. */
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { mbpsText } from '../../../shared/words/speed';

const mbps = (v: number | null) => (v === null ? 'not measured' : `${mbpsText(v)} Mbps`);
const ms = (v: number | null) => (v === null ? 'not measured' : `${v >= 10 ? Math.round(v) : v.toFixed(1)} ms`);

/** "↓ 93.5 Mbps · ↑ 38.2 Mbps · 12 ms (jitter 1.5 ms)", or why it failed. */
export function speedFigures(t: SpeedTestResult): string {
  const jitter = t.jitterMs === null ? '' : ` (jitter ${ms(t.jitterMs)})`;
  return `download ${mbps(t.downloadMbps)} · upload ${mbps(t.uploadMbps)} · latency ${ms(t.latencyMs)}${jitter}`;
}

/** What limited the test, and over what: a figure says what it covers. */
export function speedScope(t: SpeedTestResult): string {
  const moved = `${Math.round(t.bytes / 1e5) / 10} MB in ${Math.round(t.durationMs / 100) / 10} s over IPv${t.family} to ${t.server}`;
  const cut =
    t.cut === 'bytes'
      ? '; stopped at the data limit'
      : t.cut === 'time'
        ? '; stopped at the time limit, figures so far'
        : '';
  return `${t.trigger === 'schedule' ? 'Scheduled' : 'Asked for'}: ${moved}${cut}.`;
}
