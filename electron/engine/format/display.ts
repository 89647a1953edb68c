/**
 * How IPWatch writes times and addresses for people: the notifier's messages, the bot's replies
 * and the MQTT topics all say them the same way. Durations are shared/words/duration.ts's, the one
 * formatter of the dashboard, the CLI, the bot and the messages. Pure.
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
