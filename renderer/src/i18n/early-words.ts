/**
 * Starts fetching this browser's words the moment the entry script begins to run. main.tsx
 * imports this module first, so the bundler evaluates it before React and the pages (tens of
 * milliseconds of the first load): the words' chunk then downloads while the rest of the entry is
 * evaluated, instead of after it, and the first frame, which waits for the words, comes that much
 * sooner. The app's language setting, read from the status later, may still switch it.
 */
import { readAppearance } from '../appearance';
import { loadCatalogue } from './catalogue';
import { browserLanguages, dashboardLanguage } from './choice';

void loadCatalogue(dashboardLanguage(readAppearance().language, undefined, browserLanguages())).catch(() => {});
