/**
 * A setting's label for people by its dotted path (`notifications.channels.2.url`), from the
 * settings schema, in the language of the `words` given. Below field-trail and author-words, which
 * both name a setting this way (author-words a refinement's other field, field-trail an error's),
 * so neither imports the other. Pure.
 */
import type { Translator } from '../../../shared/i18n/translator';
import { settingsSchema } from '../../../shared/settings';
import { leavesOf, settingWord } from '../../../shared/settings/schema-fields';

/** The English label of every setting that has one, by its generic path (`sources.custom[].url`). */
let labels: Map<string, string> | null = null;

/** The schema's English label of the closest field at `path` that has one; an item's own option is named by its list. */
export function englishLabelOf(path: string): string | undefined {
  labels ??= new Map(leavesOf(settingsSchema).flatMap((l) => (l.meta.label ? [[l.path, l.meta.label]] : [])));
  const parts = path.replace(/\.(\d+)(?=\.|$)/g, '[]').split('.');
  for (let n = parts.length; n > 0; n--) {
    const at = parts.slice(0, n).join('.');
    const english = labels.get(at) ?? labels.get(at.replace(/\[\]$/, ''));
    if (english) return english;
  }
  return undefined;
}

/**
 * A field's label for people, from the schema, by the path an error or a reload names
 * (`notifications.channels.2.url`, `api.token.env`): the closest field that has one, with the
 * list item's number, in `words`' language; the path itself when none does.
 */
export function labelOfPathIn(path: string, words: Translator): string {
  const english = englishLabelOf(path);
  if (!english) return path;
  const label = settingWord('label', english, words);
  const item = /\.(\d+)(?:\.|$)/.exec(path)?.[1];
  return item === undefined ? label : words.t('settings.field.labelOfItem', { label, number: Number(item) + 1 });
}
