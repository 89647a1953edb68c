/** How times, durations and sizes read on screen, in the user's zone and clock. Pure. */
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

export function formatTime(ms: number | null | undefined, a: Pick<Appearance, 'timeZone' | 'clock'>): string {
  if (ms === null || ms === undefined) return '—';
  return dateFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(a.timeZone ? { timeZone: a.timeZone } : {}),
    ...(a.clock === 'auto' ? {} : { hour12: a.clock === '12' }),
  }).format(ms);
}

/** 3 d 4 h, 5 h 12 min, 42 s: the two largest units. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.floor(ms / 1000);
  const units: [number, string][] = [
    [Math.floor(s / 86_400), 'd'],
    [Math.floor((s % 86_400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'min'],
    [s % 60, 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first < 0) return '0 s';
  return units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => `${n} ${u}`)
    .join(' ');
}

/** "in 40 s" / "12 min ago". */
export function formatRelative(ms: number | null | undefined, now: number): string {
  if (ms === null || ms === undefined) return '—';
  const d = ms - now;
  if (Math.abs(d) < 1000) return 'now';
  return d > 0 ? `in ${formatDuration(d)}` : `${formatDuration(-d)} ago`;
}

/**
 * An uptime percentage as people read it: two decimals, rounded down so that anything short
 * of every moment reads below 100 %; a dash when nothing was monitored.
 */
export function formatUptime(percent: number | null): string {
  if (percent === null) return '—';
  if (percent >= 100) return '100 %';
  return `${(Math.floor(percent * 100) / 100).toFixed(2)} %`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}
