/**
 * The hook's and the heartbeat's state in words for the Settings page: the last run or ping, and
 * what a Test came to, in the language of `words` (the relative times are the dashboard's own,
 * renderer/src/format.ts). Pure.
 */
import type { HeartbeatStatus, HookRun, WatcherTestResult } from '../../../../shared/contract/watcher';
import type { Translator } from '../../../../shared/i18n/translator';
import { formatDuration } from '../../../../shared/words/duration';
import { formatRelative } from '../../format';

const took = (ms: number, words: Translator) => (ms < 1000 ? `${ms} ms` : formatDuration(ms, 2, words));
/** A full stop, unless the engine's words already end in one. */
const stop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** "Last run 2 min ago (change): exited 0 in 41 ms" or its failure. */
export function hookRunWords(run: HookRun | null, now: number, words: Translator): { text: string; ok: boolean } {
  if (!run) return { text: words.t('settings.watcher.notRun'), ok: true };
  const facts = { when: formatRelative(run.at, now), event: run.event };
  return run.error === null
    ? { text: words.t('settings.watcher.lastRun', { ...facts, took: took(run.durationMs, words) }), ok: true }
    : { text: stop(words.t('settings.watcher.lastRunFailed', { ...facts, error: run.error })), ok: false };
}

/** "Last ping 3 min ago accepted" / "Pings failing (3 in a row): why". */
export function heartbeatWords(s: HeartbeatStatus, now: number, words: Translator): { text: string; ok: boolean } {
  if (s.state === 'off') return { text: words.t('settings.watcher.pingOff'), ok: true };
  const p = s.lastPing;
  if (s.state === 'waiting' || !p) return { text: words.t('settings.watcher.pingWaiting'), ok: true };
  if (p.ok)
    return {
      text: words.t('settings.watcher.pingOk', { when: formatRelative(p.at, now), signal: p.signal }),
      ok: true,
    };
  const failing =
    s.failures > 1
      ? words.t('settings.watcher.pingFailingRun', { failures: s.failures, detail: p.detail })
      : words.t('settings.watcher.pingFailing', { detail: p.detail });
  const since = s.lastOkAt ? words.t('settings.watcher.lastAccepted', { when: formatRelative(s.lastOkAt, now) }) : '';
  return { text: stop(`${failing}${since}`), ok: false };
}

export function testWords(r: WatcherTestResult, words: Translator): { text: string; ok: boolean } {
  return r.ok
    ? { text: words.t('settings.watcher.worked', { detail: r.detail, took: took(r.ms, words) }), ok: true }
    : { text: stop(words.t('settings.watcher.failed', { error: r.error })), ok: false };
}
