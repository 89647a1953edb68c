/**
 * The dashboard's catalogues: each language's is its own chunk, fetched when that language is
 * shown, so a page in German never downloads English or Indonesian (issue 62's first-JS budget).
 * main.tsx starts the first one beside the first status request; the tests' setup loads English.
 */
import type { Catalogue } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';

const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('../../../shared/i18n/catalogues/en').then((m) => m.en),
  de: () => import('../../../shared/i18n/catalogues/de').then((m) => m.de),
  id: () => import('../../../shared/i18n/catalogues/id').then((m) => m.id),
};

const loaded = new Map<Language, Catalogue>();
const pending = new Map<Language, Promise<Catalogue>>();

/** The language's catalogue, fetched once; a failed fetch is tried again on the next call. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
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
export const loadedCatalogue = (language: Language): Catalogue | undefined => loaded.get(language);
