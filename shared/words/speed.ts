/**
 * The speed test in one line, where a line of text is all there is: the tray's menu and the
 * bot's /status field. "Speed: 512 Mbps down, 48.2 up, 12 ms"; a test under way, one that
 * failed or one left out (a metered connection) says so, in the reader's language (`speed.*`);
 * why a test was left out is the engine's reason in that language too (shared/words/reason.ts);
 * why one failed is the engine's reason, a connection's error said in words. Pure.
 */
import type { SpeedStatus, SpeedTestResult } from '../contract/speed';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/languages';
import type { Translator } from '../i18n/translator';
import { errorInLine } from './error';
import { sayReason } from './reason';

/** 512, 48.2, 0.85: three figures at most, as a person reads a speed, in the language's digits ("48,2"). */
export function mbpsText(mbps: number, language: Language = 'en'): string {
  const rounded =
    mbps >= 100 ? Math.round(mbps) : mbps >= 10 ? Math.round(mbps * 10) / 10 : Math.round(mbps * 100) / 100;
  return formatNumber(rounded, language, { maximumFractionDigits: 2, useGrouping: false });
}

/** The codes whose `said` is a connection's error as Node gave it (speed/run.ts, speed/transfer.ts). */
const NODE_SAID: ReadonlySet<string> = new Set(['reason.speed.error', 'reason.speed.unreachable']);

/**
 * Why a test failed, in `words`' language (its English `error` for a test kept before codes); ''
 * when it measured. A connection's error Node gave (ECONNREFUSED, ENOTFOUND...) is said in words
 * (shared/words/error.ts), never as its raw code; the API's `error` keeps Node's text.
 */
export function speedError(test: Pick<SpeedTestResult, 'error' | 'reason'>, words: Translator): string {
  if (test.error === null) return '';
  const r = test.reason;
  const said = r && NODE_SAID.has(r.code) ? r.values.said : undefined;
  if (typeof said !== 'string') return sayReason(r, test.error, words);
  return sayReason({ ...r!, values: { ...r!.values, said: errorInLine(said, words) } }, test.error, words);
}

/**
 * The line, and when what it says happened (for the caller's "2 h ago"); null when the speed
 * test is off and has never run.
 */
export function speedLine(s: SpeedStatus | undefined, words: Translator): { text: string; at: number | null } | null {
  if (!s) return null;
  if (s.runningSince !== null) return { text: words.t('speed.running'), at: s.runningSince };
  const last = s.last;
  if (s.skipped && (!last || s.skipped.at > last.at))
    return {
      text: words.t('speed.skipped', { why: sayReason(s.skipped.reason, s.skipped.why, words) }),
      at: s.skipped.at,
    };
  if (!last) return s.enabled ? { text: words.t('speed.notRun'), at: null } : null;
  if (last.error !== null) return { text: words.t('speed.failed', { error: speedError(last, words) }), at: last.at };
  const mbps = (n: number | null, id: 'speed.down' | 'speed.up', none: 'speed.downMissing' | 'speed.upMissing') =>
    n === null ? words.t(none) : words.t(id, { mbps: mbpsText(n, words.language) });
  const down = mbps(last.downloadMbps, 'speed.down', 'speed.downMissing');
  const up = mbps(last.uploadMbps, 'speed.up', 'speed.upMissing');
  const text =
    last.latencyMs === null
      ? words.t('speed.line', { down, up })
      : words.t('speed.lineLatency', { down, up, latency: Math.round(last.latencyMs) });
  return { text, at: last.at };
}
