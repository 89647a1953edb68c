/**
 * The hook's and the heartbeat's state in words for the Settings page: the last run or ping, and
 * what a Test came to. Pure.
 */
import type { HeartbeatStatus, HookRun, WatcherTestResult } from '../../../../shared/contract/watcher';
import { formatDuration, formatRelative } from '../../format';

const took = (ms: number) => (ms < 1000 ? `${ms} ms` : formatDuration(ms));
/** A full stop, unless the engine's words already end in one. */
const stop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** "Last run 2 min ago (change): exited 0 in 41 ms" or its failure. */
export function hookRunWords(run: HookRun | null, now: number): { text: string; ok: boolean } {
  if (!run) return { text: 'Not run yet.', ok: true };
  const when = `Last run ${formatRelative(run.at, now)} (${run.event})`;
  return run.error === null
    ? { text: `${when}: exited 0 in ${took(run.durationMs)}.`, ok: true }
    : { text: stop(`${when}: ${run.error}`), ok: false };
}

/** "Last ping 3 min ago accepted" / "Pings failing (3 in a row): why". */
export function heartbeatWords(s: HeartbeatStatus, now: number): { text: string; ok: boolean } {
  if (s.state === 'off') return { text: 'Off: no ping is sent.', ok: true };
  const p = s.lastPing;
  if (s.state === 'waiting' || !p) return { text: 'Waiting for the first check to ping.', ok: true };
  if (p.ok) return { text: `Last ping ${formatRelative(p.at, now)}: ${p.signal}, accepted.`, ok: true };
  const run = s.failures > 1 ? ` (${s.failures} in a row)` : '';
  const since = s.lastOkAt ? `; last accepted ${formatRelative(s.lastOkAt, now)}` : '';
  return { text: stop(`Pings failing${run}: ${p.detail}${since}`), ok: false };
}

export function testWords(r: WatcherTestResult): { text: string; ok: boolean } {
  return r.ok
    ? { text: `Worked: ${r.detail} (${took(r.ms)}).`, ok: true }
    : { text: stop(`Failed: ${r.error}`), ok: false };
}
