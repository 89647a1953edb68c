/**
 * The dashboard's catalogues: each language's is its own chunks, fetched when that language is
 * shown, so a page in German never downloads English or Indonesian (issue 62's first-JS budget).
 * Two chunks a language: the first words (every page's), which the first frame waits for, and
 * Settings' own (settings-words.tsx), fetched only when a page that names them is opened.
 * main.tsx starts the first one beside the first status request; the tests' setup loads English.
 */
import type { DashboardCatalogue, SettingsCatalogue } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';

/**
 * A language's chunk, fetched once; a failed fetch is tried again on the next call. The promise
 * stays the same while it lasts and after it is kept, marked fulfilled as React's `use` reads
 * promises (`status`, `value`), so a page drawn after it arrived reads it without suspending.
 */
function chunks<T>(loaders: Record<Language, () => Promise<T>>) {
  const loaded = new Map<Language, T>();
  const promised = new Map<Language, Promise<T>>();
  return {
    load(language: Language): Promise<T> {
      let wait = promised.get(language);
      if (!wait) {
        const mine = loaders[language]().then(
          (messages) => {
            loaded.set(language, messages);
            Object.assign(mine, { status: 'fulfilled', value: messages });
            return messages;
          },
          (err: unknown) => {
            promised.delete(language);
            throw err;
          },
        );
        wait = mine;
        promised.set(language, wait);
      }
      return wait;
    },
    /** The chunk if it is already here (a render needs no wait). */
    loaded: (language: Language): T | undefined => loaded.get(language),
  };
}

// The dashboard's areas only: the tray's, the notices' and the bot's words are the engine's, and
// the bundler leaves them out of these chunks (each `.then` names the one export it reads).
const first = chunks<DashboardCatalogue>({
  en: () => import('../../../shared/i18n/catalogues/en').then(({ enDashboard }) => enDashboard),
  de: () => import('../../../shared/i18n/catalogues/de').then(({ deDashboard }) => deDashboard),
  id: () => import('../../../shared/i18n/catalogues/id').then(({ idDashboard }) => idDashboard),
});

// Its own modules (settings-page.ts), so the bundler makes them chunks of their own.
const settings = chunks<SettingsCatalogue>({
  en: () => import('../../../shared/i18n/catalogues/en/settings-page').then(({ enSettings }) => enSettings),
  de: () => import('../../../shared/i18n/catalogues/de/settings-page').then(({ deSettings }) => deSettings),
  id: () => import('../../../shared/i18n/catalogues/id/settings-page').then(({ idSettings }) => idSettings),
});

/** Once a page has needed Settings' words, a language chosen later brings them too. */
let settingsWanted = false;
/** The language last asked for: the one a page opened now will be shown in. */
let lastAsked: Language = 'en';

/**
 * The language's first words. Once Settings' words were wanted (that page was opened), they are
 * fetched beside them and this waits for both, so switching the language on that page never
 * shows it without its words.
 */
export function loadCatalogue(language: Language): Promise<DashboardCatalogue> {
  lastAsked = language;
  const words = first.load(language);
  return settingsWanted ? settings.load(language).then(() => words) : words;
}

/** The first words if they are already here (the first render needs no wait when main.tsx fetched them). */
export const loadedCatalogue = (language: Language): DashboardCatalogue | undefined => first.loaded(language);

/** Settings' words in a language, fetched once: one promise a language, as React's `use` needs. */
export function loadSettingsWords(language: Language = lastAsked): Promise<SettingsCatalogue> {
  settingsWanted = true;
  return settings.load(language);
}
