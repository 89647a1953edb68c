/** How times, durations and sizes read on screen, in the user's zone and clock. Pure. */
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

export function formatTime(
  ms: number | null | undefined,
  a: Pick<Appearance, 'timeZone' | 'clock'> & { locale?: string },
): string {
  if (ms === null || ms === undefined) return '—';
  return dateFormat(a.locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(a.timeZone ? { timeZone: a.timeZone } : {}),
    ...(a.clock === 'auto' ? {} : { hour12: a.clock === '12' }),
  }).format(ms);
}

/** 3 d 4 h, 5 h 12 min, 42 s: the two largest units (one copy, shared with the CLI and the bot). */
export { formatDuration };

/**
 * "in 40 s" / "12 min ago"; within a second "just now" (past) or "now" (due). In a language
 * (`words`) the catalogue's; without one, English as written here, for callers not moved yet.
 */
export function formatRelative(ms: number | null | undefined, now: number, words?: Translator): string {
  if (ms === null || ms === undefined) return '—';
  const d = ms - now;
  if (!words) {
    if (Math.abs(d) < 1000) return d > 0 ? 'now' : 'just now';
    return d > 0 ? `in ${formatDuration(d)}` : `${formatDuration(-d)} ago`;
  }
  if (Math.abs(d) < 1000) return words.t(d > 0 ? 'web.relative.now' : 'web.relative.justNow');
  const duration = formatDuration(Math.abs(d), 2, words);
  return words.t(d > 0 ? 'web.relative.in' : 'duration.ago', { duration });
}

/** An uptime percentage as people read it, in the same words as the CLI and the bot (shared/uptime.ts). */
export const formatUptime = (percent: number | null): string => uptimeText(percent);

/** Bytes in the same words as the memory figure's detail (shared/process-memory.ts). */
export const formatBytes = (n: number): string => bytesText(n);
