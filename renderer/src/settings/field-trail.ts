/**
 * Fields named for people, by the dotted path an error or the engine gives: a field of a list's
 * item as the list, the item's name and the field ("Notification channels › home-hook › URL"),
 * any other by its label; and what an IPWATCH_* variable puts in force ("In force: 30 seconds,
 * from IPWATCH_INTERVAL_SEC"). From the settings schema and, for items, the draft, in the language
 * of the `words` given. Pure.
 */
import type { EnvInForce } from '../../../shared/contract/settings';
import type { Translator } from '../../../shared/i18n/translator';
import { settingsSchema } from '../../../shared/settings';
import { CHANNEL_OPTIONS, isChannelType } from '../../../shared/settings/channel-options';
import { fieldMeta, getAt } from '../../../shared/settings/schema-fields';
import { amountText, messageWords, unitOf } from './issue-words';
import { optionSchema } from './options/option-schema';
import { englishLabelOf, labelOfPathIn } from './path-label';
import { fieldFacts, labelOf, schemaAt } from './schema-walk';

/** Where it was first written: audit-words and form-notes import it from here. */
export { labelOfPathIn };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An item's name: its id (what its row shows), else its name, else its place in the list. */
function itemName(item: unknown, index: number, words: Translator): string {
  const named = isObj(item) ? [item.id, item.name].find((v) => typeof v === 'string' && v.trim() !== '') : undefined;
  return typeof named === 'string' ? named : words.t('settings.field.item', { number: index + 1 });
}

/**
 * The label of a field inside an item (`url`, `auth.pass`, `token.env`): the closest that has one,
 * in `words`' language, or the schema's own English without them (what a unit is read from).
 */
function itemFieldLabel(keys: string[], at: number, draft: unknown, words: Translator | undefined): string {
  const item = getAt(draft, keys.slice(0, at + 1));
  const inner = keys.slice(at + 1);
  for (let n = keys.length; n > at + 1; n--) {
    const s = schemaAt(settingsSchema, keys.slice(0, n), draft);
    const label = s && fieldMeta(s, words).label;
    if (label) return label;
    // A channel's own options are its type's schema's, not the settings schema's.
    const type = isObj(item) ? String(item.type) : '';
    if (isChannelType(type)) {
      const option = optionSchema(CHANNEL_OPTIONS[type], inner.slice(0, n - at - 1));
      const optionLabel = option && fieldMeta(option, words).label;
      if (optionLabel) return optionLabel;
    }
  }
  return labelOf(inner.find((k) => !/^\d+$/.test(k)) ?? inner[0] ?? '');
}

/**
 * The names leading to the field at `path`: `["Notification channels", "home-hook", "URL"]`
 * for an item's field (the item by its id in `draft`, else its number), `["Check every
 * (seconds)"]` for the rest; in `words`' language.
 */
export function fieldTrail(path: string, draft: unknown, words: Translator): string[] {
  // The engine's name for a problem of the whole (settings.json as a whole, two fields together).
  if (path === '(root)' || path === '') return [words.t('settings.field.whole')];
  const keys = path.split('.');
  const at = keys.findIndex((k) => /^\d+$/.test(k));
  if (at <= 0) return [labelOfPathIn(path, words)];
  const list = labelOfPathIn(keys.slice(0, at).join('.'), words);
  const item = itemName(getAt(draft, keys.slice(0, at + 1)), Number(keys[at]), words);
  return at === keys.length - 1 ? [list, item] : [list, item, itemFieldLabel(keys, at, draft, words)];
}

/** The schema's English label of the trail's last name, when that name is a field's (what a unit is read from). */
function englishLabelAt(path: string, draft: unknown): string | undefined {
  const keys = path.split('.');
  const at = keys.findIndex((k) => /^\d+$/.test(k));
  if (at <= 0) return englishLabelOf(path);
  return at === keys.length - 1 ? undefined : itemFieldLabel(keys, at, draft, undefined);
}

/**
 * A problem of the settings as a person reads it: the trail to its field and what is wrong in a
 * sentence ("Must be at least 10 seconds."), from the path and message the schema or the engine
 * gave and, when known, the draft (items' names, the value typed); in `words`' language.
 */
export function problemWords(
  path: string,
  message: string,
  draft: unknown,
  words: Translator,
): { trail: string[]; words: string } {
  const trail = fieldTrail(path, draft, words);
  const keys = path.split('.');
  const facts = draft === undefined ? {} : fieldFacts(settingsSchema, keys, draft, words);
  const label = trail.at(-1);
  // The unit is read from the English label: the trail's own is in the page's language.
  const unit = unitOf(englishLabelAt(path, draft), keys.at(-1));
  return { trail, words: messageWords(message, { ...facts, label, unit }, words) };
}

/** A value as the field's words say it: "30 seconds", "on", "Warnings and errors", "a, b". */
function valueText(
  value: unknown,
  unit: string | undefined,
  choices: Record<string, string> | undefined,
  words: Translator,
): string {
  if (typeof value === 'boolean') return words.t(value ? 'settings.field.valueOn' : 'settings.field.valueOff');
  if (typeof value === 'number') return amountText(value, unit, words);
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => (isObj(v) ? String(v.id) : String(v))).join(', ')
      : words.t('settings.field.valueNone');
  const text = String(value);
  return choices?.[text] ?? text;
}

/** "In force: 30 seconds, from IPWATCH_INTERVAL_SEC. The value here applies once it is unset." */
export function inForceText(entry: EnvInForce, words: Translator): string {
  const keys = entry.path.split('.');
  const s = schemaAt(settingsSchema, keys, undefined);
  const english = s ? fieldMeta(s) : {};
  const choices = s ? fieldMeta(s, words).choices : undefined;
  const value =
    'value' in entry
      ? valueText(entry.value, unitOf(english.label, keys.at(-1)), choices, words)
      : words.t('settings.field.valueSet');
  return words.t('settings.field.inForce', { value, variable: entry.from });
}
