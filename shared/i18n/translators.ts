/**
 * The engine's and the shell's translators: every catalogue, each language's intl object built the
 * first time that language is asked for and kept (so a runner that only ever speaks English never
 * parses German). The dashboard does not import this (it loads one catalogue: renderer/src/i18n/).
 */
import { de } from './catalogues/de';
import type { Catalogue, MessageId } from './catalogues/en';
import { en } from './catalogues/en';
import { id } from './catalogues/id';
import type { Language } from './languages';
import { createTranslator, type MessageValues, type Translator } from './translator';

const CATALOGUES: Record<Language, Catalogue> = { en, de, id };

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
  has: (id) => Object.hasOwn(en, id),
};
