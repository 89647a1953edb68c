/**
 * How the bot writes things: Discord timestamps (`<t:…:R>`, so each reader sees their own
 * local time, discord-api-docs docs/reference.md "Message Formatting"), the configured time
 * zone beside them, masked addresses and Discord's embed limits. Pure.
 */
import type { APIButtonComponent, APIEmbed } from 'discord-api-types/v10';

import type { Language } from '../../../shared/i18n/languages';
import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import type { MaskMode } from '../../../shared/notify-types';
import { formatDuration } from '../../../shared/words/duration';
import { formatTime, showAddress } from '../format/display';
import type { Row } from './commands/define';

export { formatDuration, formatTime };

export const COLOR = { good: 0x2ecc71, info: 0x3498db, warn: 0xf1c40f, bad: 0xe74c3c } as const;

/** `<t:1700000000:R>` (relative) or `:f` (date and time), in the reader's own zone. */
export const stamp = (at: number, style: 'R' | 'f' | 'F' = 'R'): string => `<t:${Math.floor(at / 1000)}:${style}>`;

/** `<t:…:f> (<t:…:R>)`, plus the configured zone's time when one is set, as `language` writes it. */
export function when(at: number, timezone: string, language: Language = 'en'): string {
  const local = timezone ? ` · ${formatTime(at, timezone, language)}` : '';
  return `${stamp(at, 'f')} (${stamp(at)})${local}`;
}

/** An address as the server's mask shows it, "none" and "(hidden)" in the member's language. */
export const address = (ip: string | null, mask: MaskMode, words: Translator = english): string =>
  ip !== null && mask === 'none' ? `\`${ip}\`` : showAddress(ip, mask, words);

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Keeps an embed within Discord's limits (title 256, description 4096, 25 fields of 1024). */
export function embed(e: APIEmbed): APIEmbed {
  return {
    ...e,
    ...(e.title ? { title: cut(e.title, 256) } : {}),
    ...(e.description ? { description: cut(e.description, 4096) } : {}),
    ...(e.fields
      ? {
          fields: e.fields
            .slice(0, 25)
            .map((f) => ({ ...f, name: cut(f.name, 256), value: cut(f.value || '—', 1024) })),
        }
      : {}),
    footer: e.footer ?? { text: 'IPWatch' },
  };
}

export function button(customId: string, label: string, style: 1 | 2 = 2, disabled = false): APIButtonComponent {
  // type 2 = button; style 1 primary, 2 secondary (discord-api-docs components reference).
  return { type: 2, custom_id: customId, label, style, disabled };
}

export const row = (...buttons: APIButtonComponent[]): Row => ({ type: 1, components: buttons });
