/**
 * Messages in a language over a catalogue, through FormatJS. This module holds no catalogue, so
 * the dashboard's bundle loads only the language it shows (renderer/src/i18n/); the engine and the
 * shell take theirs from translators.ts. The renderer uses react-intl on the same catalogues, its
 * ids typed by the FormatjsIntl augmentation below. Pure.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';

import type { Catalogue, DashboardId, MessageId } from './catalogues/en';
import type { Language } from './languages';

declare global {
  // react-intl's and @formatjs/intl's typed ids: a misspelt id in `formatMessage` or
  // <FormattedMessage> fails the typecheck (https://formatjs.github.io/docs/react-intl/api#typescript).
  // The dashboard's ids: its catalogue leaves the engine's own areas out (bot, tray, notices).
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the libraries' own global, augmented as they document
  namespace FormatjsIntl {
    interface Message {
      ids: DashboardId;
    }
  }
}

export type { MessageId } from './catalogues/en';

/** A message's arguments: text and numbers, already formatted by the caller where a unit or zone matters. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Messages in one language. */
export interface Translator {
  readonly language: Language;
  /** The message `id` with its arguments; a missing argument throws (the ids and values are the caller's). */
  t(id: MessageId, values?: MessageValues): string;
  /**
   * Whether this language's catalogue holds `id`: asked before formatting an id that came from
   * outside (an engine of another version), so an unknown one falls back without react-intl
   * reporting it missing.
   */
  has(id: string): boolean;
}

/**
 * A translator over any catalogue, in `locale`'s plural rules. `language` is the one whose
 * formatters (dates, numbers) go with it; tests build the pseudo-language's with 'en'.
 */
export function createTranslator(language: Language, messages: Catalogue, locale: string = language): Translator {
  const intl: IntlShape = createIntl(
    {
      locale,
      defaultLocale: 'en',
      messages,
      // A message that cannot be formatted is a bug of ours: say so, never send a raw pattern.
      onError: (err) => {
        throw err;
      },
    },
    createIntlCache(),
  );
  return {
    language,
    // Any id: the engine's translators hold the whole catalogue, not only the dashboard's ids.
    t: (messageId, values) => intl.formatMessage({ id: messageId as DashboardId }, values),
    has: (id) => Object.hasOwn(messages, id),
  };
}
