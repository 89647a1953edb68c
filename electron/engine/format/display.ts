/**
 * How IPWatch writes times, durations and addresses for people: the notifier's messages, the
 * bot's replies and the MQTT topics all say them the same way. Pure.
 */
import { maskAddress } from '../../../shared/ip';
import type { MaskMode } from '../../../shared/notify-types';

/** Shows an address as the channel's mask allows. */
export function showAddress(ip: string | null, mask: MaskMode): string {
  if (ip === null) return 'none';
  if (mask === 'hidden') return '(hidden)';
  return mask === 'partial' ? maskAddress(ip) : ip;
}

/** `2026-11-23 01:40:06 GMT+1` in the given zone ('' = system). */
export function formatTime(at: number, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone || undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(at));
  const p = (t: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}:${p('second')} ${p('timeZoneName')}`;
}

/** `45 s`, `12 min`, `3 h 12 min`, `2 d 4 h`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}
