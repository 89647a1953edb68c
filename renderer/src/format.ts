/**
 * How times, durations and sizes read on screen, in the user's zone, clock and language (the
 * Translator the page speaks: i18n/use-format.ts binds them). Without one, English as before. Pure.
 */
import type { Language } from '../../shared/i18n/languages';
import type { Translator } from '../../shared/i18n/translator';
import { bytesText } from '../../shared/process-memory';
import { uptimeText } from '../../shared/uptime';
import { formatDuration } from '../../shared/words/duration';
import type { Appearance } from './appearance';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, made once: building an Intl.DateTimeFormat loads the
 * locale's data and costs about a millisecond, far more than formatting with it.
 */
export function dateFormat(locale: string | undefined, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, opts]);
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A moment, date and time, in the user's zone and clock. English keeps the browser's own locale
 * (as the dashboard always did); German and Indonesian are written as their language writes them.
 */
export function formatTime(
  ms: number | null | undefined,
  a: Pick<Appearance, 'timeZone' | 'clock'>,
  language: Language = 'en',
): string {
  if (ms === null || ms === undefined) return '—';
  return dateFormat(language === 'en' ? undefined : language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(a.timeZone ? { timeZone: a.timeZone } : {}),
    ...(a.clock === 'auto' ? {} : { hour12: a.clock === '12' }),
  }).format(ms);
}

/** 3 d 4 h, 5 h 12 min, 42 s: the two largest units (one copy, shared with the CLI and the bot). */
export { formatDuration };

/** "in 40 s" / "12 min ago"; within a second "just now" (past) or "now" (due); in `words`' language (no English of its own: issue 75). */
export function formatRelative(ms: number | null | undefined, now: number, words: Translator): string {
  if (ms === null || ms === undefined) return '—';
  const d = ms - now;
  if (Math.abs(d) < 1000) return words.t(d > 0 ? 'web.time.now' : 'web.time.justNow');
  const duration = formatDuration(Math.abs(d), 2, words);
  return words.t(d > 0 ? 'web.time.in' : 'duration.ago', { duration });
}

/** An uptime percentage as people read it, in the same words as the CLI and the bot (shared/uptime.ts). */
export const formatUptime = (percent: number | null, words: Translator): string => uptimeText(percent, words);

/** Bytes in the same words as the memory figure's detail (shared/process-memory.ts). */
export const formatBytes = (n: number, words: Translator): string => bytesText(n, words.language);
