/**
 * The hook's and the heartbeat's state in words for the Settings page: the last run or ping, and
 * what a Test came to, in the language of `words` (the relative times are the dashboard's own,
 * renderer/src/format.ts). Pure.
 */
import type { FleetTestResult } from '../../../../shared/contract/fleet';
import type { HeartbeatStatus, HookRun, WatcherTestResult } from '../../../../shared/contract/watcher';
import type { Translator } from '../../../../shared/i18n/translator';
import { formatDuration } from '../../../../shared/words/duration';
import { sayReason } from '../../../../shared/words/reason';
import { formatRelative } from '../../format';

const took = (ms: number, words: Translator) => (ms < 1000 ? `${ms} ms` : formatDuration(ms, 2, words));
/** A full stop, unless the engine's words already end in one. */
const stop = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** "Last run 2 min ago (change): exited 0 in 41 ms" or its failure. */
export function hookRunWords(run: HookRun | null, now: number, words: Translator): { text: string; ok: boolean } {
  if (!run) return { text: words.t('settings.watcher.notRun'), ok: true };
  const facts = { when: formatRelative(run.at, now, words), event: run.event };
  return run.error === null
    ? { text: words.t('settings.watcher.lastRun', { ...facts, took: took(run.durationMs, words) }), ok: true }
    : {
        text: stop(
          words.t('settings.watcher.lastRunFailed', { ...facts, error: sayReason(run.reason, run.error, words) }),
        ),
        ok: false,
      };
}

/** "Last ping 3 min ago accepted" / "Pings failing (3 in a row): why". */
export function heartbeatWords(s: HeartbeatStatus, now: number, words: Translator): { text: string; ok: boolean } {
  if (s.state === 'off') return { text: words.t('settings.watcher.pingOff'), ok: true };
  const p = s.lastPing;
  if (s.state === 'waiting' || !p) return { text: words.t('settings.watcher.pingWaiting'), ok: true };
  if (p.ok)
    return {
      text: words.t('settings.watcher.pingOk', { when: formatRelative(p.at, now, words), signal: p.signal }),
      ok: true,
    };
  const detail = sayReason(p.reason, p.detail, words);
  const failing =
    s.failures > 1
      ? words.t('settings.watcher.pingFailingRun', { failures: s.failures, detail })
      : words.t('settings.watcher.pingFailing', { detail });
  const since = s.lastOkAt
    ? words.t('settings.watcher.lastAccepted', { when: formatRelative(s.lastOkAt, now, words) })
    : '';
  return { text: stop(`${failing}${since}`), ok: false };
}

/** What a Settings Test answers: the hook's, the heartbeat's or the fleet's. */
export type SettingsTestResult = WatcherTestResult | FleetTestResult;

/**
 * A Test's words in `words`' language: its reason, or the fleet's steps' reasons joined as the
 * engine joins them; the English field when a code is one this page does not know.
 */
function testSaid(r: SettingsTestResult, english: string, words: Translator): string {
  if ('reasons' in r && r.reasons && r.reasons.length > 0) {
    const parts = r.reasons.map((part) => sayReason(part, '', words));
    return parts.includes('') ? english : parts.join('; ');
  }
  return sayReason('reason' in r ? r.reason : undefined, english, words);
}

export function testWords(r: SettingsTestResult, words: Translator): { text: string; ok: boolean } {
  return r.ok
    ? {
        text: words.t('settings.watcher.worked', { detail: testSaid(r, r.detail, words), took: took(r.ms, words) }),
        ok: true,
      }
    : { text: stop(words.t('settings.watcher.failed', { error: testSaid(r, r.error, words) })), ok: false };
}
