/**
 * The Settings form's own words (en/settings-form.ts) in a language, for the pure modules that
 * name fields (field-trail.ts) as for the components: no React here, so the engine's side may
 * import those modules too. Pure.
 */
import type { Catalogue, MessageId } from '../../../shared/i18n/catalogues/en';
import { settingsForm } from '../../../shared/i18n/catalogues/en/settings-form';
import { createTranslator, type Translator } from '../../../shared/i18n/translator';

type FormWordId = Extract<MessageId, `settings.field.${string}`>;

let english: Translator | null = null;

/**
 * The form's own words (en/settings-form.ts) in `words`' language; without one, English from that
 * area alone (the cast: only its own ids, FormWordId, are ever asked of it).
 */
export function formWord(words: Translator | undefined, id: FormWordId, values?: Record<string, string | number>) {
  english ??= createTranslator('en', settingsForm as unknown as Catalogue);
  return (words ?? english).t(id, values);
}
