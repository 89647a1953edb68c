/**
 * The speed test in one line, where a line of text is all there is: the tray's menu and the
 * bot's /status field. "Speed: 512 Mbps down, 48.2 up, 12 ms"; a test under way, one that
 * failed or one left out (a metered connection) says so. Pure.
 */
import type { SpeedStatus } from '../contract/speed';

/** 512, 48.2, 0.85: three figures at most, as a person reads a speed. */
export function mbpsText(mbps: number): string {
  if (mbps >= 100) return String(Math.round(mbps));
  if (mbps >= 10) return String(Math.round(mbps * 10) / 10);
  return String(Math.round(mbps * 100) / 100);
}

const or = (n: number | null, text: (n: number) => string, none: string) => (n === null ? none : text(n));

/**
 * The line, and when what it says happened (for the caller's "2 h ago"); null when the speed
 * test is off and has never run.
 */
export function speedLine(s: SpeedStatus | undefined): { text: string; at: number | null } | null {
  if (!s) return null;
  if (s.runningSince !== null) return { text: 'Speed test: running', at: s.runningSince };
  const last = s.last;
  if (s.skipped && (!last || s.skipped.at > last.at))
    return { text: `Speed test: left out (${s.skipped.why})`, at: s.skipped.at };
  if (!last) return s.enabled ? { text: 'Speed test: not run yet', at: null } : null;
  if (last.error !== null) return { text: `Speed test: failed (${last.error})`, at: last.at };
  const down = or(last.downloadMbps, (n) => `${mbpsText(n)} Mbps down`, 'download not measured');
  const up = or(last.uploadMbps, (n) => `${mbpsText(n)} up`, 'upload not measured');
  const latency = last.latencyMs === null ? '' : `, ${Math.round(last.latencyMs)} ms`;
  return { text: `Speed: ${down}, ${up}${latency}`, at: last.at };
}
