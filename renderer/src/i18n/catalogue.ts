/**
 * The dashboard's catalogues: each language's is its own chunk, fetched when that language is
 * shown, so a page in German never downloads English or Indonesian (issue 62's first-JS budget).
 * main.tsx starts the first one beside the first status request; the tests' setup loads English.
 */
import type { DashboardCatalogue } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';

// The dashboard's areas only: the tray's, the notices' and the bot's words are the engine's, and
// the bundler leaves them out of these chunks (each `.then` names the one export it reads).
const LOADERS: Record<Language, () => Promise<DashboardCatalogue>> = {
  en: () => import('../../../shared/i18n/catalogues/en').then(({ enDashboard }) => enDashboard),
  de: () => import('../../../shared/i18n/catalogues/de').then(({ deDashboard }) => deDashboard),
  id: () => import('../../../shared/i18n/catalogues/id').then(({ idDashboard }) => idDashboard),
};

const loaded = new Map<Language, DashboardCatalogue>();
const pending = new Map<Language, Promise<DashboardCatalogue>>();

/** The language's catalogue, fetched once; a failed fetch is tried again on the next call. */
export function loadCatalogue(language: Language): Promise<DashboardCatalogue> {
  const have = loaded.get(language);
  if (have) return Promise.resolve(have);
  let wait = pending.get(language);
  if (!wait) {
    wait = LOADERS[language]().then(
      (messages) => {
        loaded.set(language, messages);
        pending.delete(language);
        return messages;
      },
      (err: unknown) => {
        pending.delete(language);
        throw err;
      },
    );
    pending.set(language, wait);
  }
  return wait;
}

/** The catalogue if it is already here (the first render needs no wait when main.tsx fetched it). */
export const loadedCatalogue = (language: Language): DashboardCatalogue | undefined => loaded.get(language);
