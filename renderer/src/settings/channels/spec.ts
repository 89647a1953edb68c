/**
 * How a notification channel type is shown in Settings: its name, one line on what it does, and
 * how each option is edited (options/spec.ts), the words as the catalogue's ids. The rest (label,
 * help, required, bounds, choices, defaults) comes from the type's own schema
 * (shared/settings/channel-options.ts), the one the engine builds the channel with. Pure.
 */
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import type { MaskMode, NotifyEvent } from '../../../../shared/notify-types';
import type { OptionWords } from '../items/kinds';
import type { OptionSpec } from '../options/spec';

export interface ChannelForm {
  /** The options in the order shown; their labels and help are the schema's. */
  fields: OptionSpec[];
  /** An option's example or "left out" choice in words, by its dotted path. */
  said?: Readonly<Record<string, OptionWords>>;
  /** The options folded under "More options" (most setups never need them), by their dotted path. */
  advanced?: readonly string[];
}

/** Each event's words in the catalogue (`editors.event.*`), in the order of NOTIFY_EVENTS. */
export const eventMessage = (event: NotifyEvent): MessageId => `editors.event.${event}`;

/** An event in words: "IPv4 address changed". */
export const eventLabel = (event: NotifyEvent, words: Translator): string => words.t(eventMessage(event));

/** How addresses show, as a choice ("Show addresses in full") and inside a sentence ("show addresses in full"). */
export const MASK_MESSAGES: Record<MaskMode, { label: MessageId; inline: MessageId }> = {
  none: { label: 'editors.mask.none', inline: 'editors.mask.inline.none' },
  partial: { label: 'editors.mask.partial', inline: 'editors.mask.inline.partial' },
  hidden: { label: 'editors.mask.hidden', inline: 'editors.mask.inline.hidden' },
};

/** A Telegram chat id as typed: a number when it is one (`-1001234567890`), else an @channel name. */
export const chatIdOf = (text: string): unknown => (/^-?\d{1,15}$/.test(text.trim()) ? Number(text) : text.trim());
