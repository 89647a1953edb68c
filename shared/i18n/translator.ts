/**
 * Messages in a language: one FormatJS intl object per language, built the first time that
 * language is asked for and kept (so a runner that only ever speaks English never parses German).
 * The engine and the shell call `translator(language).t(id, values)`; the renderer uses react-intl
 * on the same catalogues, its ids typed by the FormatjsIntl augmentation below. Pure.
 */
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';

import { de } from './catalogues/de';
import { type Catalogue, en, type MessageId } from './catalogues/en';
import { id } from './catalogues/id';
import type { Language } from './languages';

declare global {
  // react-intl's and @formatjs/intl's typed ids: a misspelt id in `formatMessage` or
  // <FormattedMessage> fails the typecheck (https://formatjs.github.io/docs/react-intl/api#typescript).
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the libraries' own global, augmented as they document
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
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
}

const CATALOGUES: Record<Language, Catalogue> = { en, de, id };

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
  return { language, t: (messageId, values) => intl.formatMessage({ id: messageId }, values) };
}

const built = new Map<Language, Translator>();

/** The language's translator, built on first use. */
export function translator(language: Language): Translator {
  let found = built.get(language);
  if (!found) {
    found = createTranslator(language, CATALOGUES[language]);
    built.set(language, found);
  }
  return found;
}

/** A message in a language: `t('de', 'tray.menu.quit')` -> "IPWatch beenden". */
export const t = (language: Language, messageId: MessageId, values?: MessageValues): string =>
  translator(language).t(messageId, values);

/** The source catalogue's English, the default wherever no language was chosen. */
export const english: Translator = {
  language: 'en',
  t: (messageId, values) => translator('en').t(messageId, values),
};
