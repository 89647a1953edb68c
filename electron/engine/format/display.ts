/**
 * How IPWatch writes times and addresses for people: the notifier's messages, the bot's replies
 * and the MQTT topics all say them the same way. Durations are shared/words/duration.ts's, the one
 * formatter of the dashboard, the CLI, the bot and the messages. Pure.
 */
import { formatDateTime } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import { type Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { maskAddress } from '../../../shared/ip';
import type { MaskMode } from '../../../shared/notify-types';

/** Shows an address as the channel's mask allows; "none" and "(hidden)" in the channel's language. */
export function showAddress(ip: string | null, mask: MaskMode, words: Translator = english): string {
  if (ip === null) return words.t('address.none');
  if (mask === 'hidden') return words.t('address.hidden');
  return mask === 'partial' ? maskAddress(ip) : ip;
}

/** `2026-11-23 01:40:06 GMT+1` in the given zone ('' = system); in a language, as it writes a time (shared/i18n/format.ts). */
export const formatTime = (at: number, timezone: string, language: Language = 'en'): string =>
  formatDateTime(at, language, timezone);
