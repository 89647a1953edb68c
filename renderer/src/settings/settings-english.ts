/**
 * Settings' words in English, for the callers that do not pass the page's Translator yet (the
 * schema's fields and first-run, other slices of issue 62): only the Settings areas of the English
 * catalogue, not the whole of it, so a bundle that checks a field does not carry every page's words.
 * A caller that passes `useTranslator()` speaks the page's language instead.
 */
import type { Catalogue } from '../../../shared/i18n/catalogues/en';
import { settings } from '../../../shared/i18n/catalogues/en/settings';
import { settings2 } from '../../../shared/i18n/catalogues/en/settings-2';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';

// Only Settings' ids are asked of it (issue-words, field-trail, item-states); any other would throw.
export const settingsEnglish: Translator = createTranslator('en', {
  ...settings,
  ...settings2,
} as Partial<Catalogue> as Catalogue);
