/**
 * Fields named for people, by the dotted path an error or the engine gives: a field of a list's
 * item as the list, the item's name and the field ("Notification channels › home-hook › URL"),
 * any other by its label; and what an IPWATCH_* variable puts in force ("In force: 30 seconds,
 * from IPWATCH_INTERVAL_SEC"). From the settings schema and, for items, the draft, in the language
 * of the `words` given (English when none is). Pure.
 */
import type { EnvInForce } from '../../../shared/contract/settings';
import type { Translator } from '../../../shared/i18n/translator';
import { settingsSchema } from '../../../shared/settings';
import { CHANNEL_OPTIONS, isChannelType } from '../../../shared/settings/channel-options';
import { fieldMeta, getAt, leavesOf } from '../../../shared/settings/schema-fields';
import { amountText, messageWords, unitOf } from './issue-words';
import { optionSchema } from './options/option-schema';
import { fieldFacts, labelOf, schemaAt } from './schema-walk';
import { settingsEnglish } from './settings-english';

let labels: Map<string, string> | null = null;

/**
 * A field's label for people, from the schema, by the path an error or a reload names
 * (`notifications.channels.2.url`, `api.token.env`): the closest field that has one, with the
 * list item's number; the path itself when none does.
 */
export function labelOfPath(path: string, words: Translator = settingsEnglish): string {
  labels ??= new Map(leavesOf(settingsSchema).map((l) => [l.path, l.meta.label ?? l.path]));
  const generic = path.replace(/\.(\d+)(?=\.|$)/g, '[]');
  const item = /\.(\d+)(?:\.|$)/.exec(path)?.[1];
  const parts = generic.split('.');
  for (let n = parts.length; n > 0; n--) {
    const at = parts.slice(0, n).join('.');
    // An item's own option (a channel's url) is named by its list.
    const label = labels.get(at) ?? labels.get(at.replace(/\[\]$/, ''));
    if (label) return item === undefined ? label : words.t('settings.trail.listItem', { label, n: Number(item) + 1 });
  }
  return path;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An item's name: its id (what its row shows), else its name, else its place in the list. */
function itemName(item: unknown, index: number, words: Translator): string {
  const named = isObj(item) ? [item.id, item.name].find((v) => typeof v === 'string' && v.trim() !== '') : undefined;
  return typeof named === 'string' ? named : words.t('settings.trail.item', { n: index + 1 });
}

/** The label of a field inside an item (`url`, `auth.pass`, `token.env`): the closest that has one. */
function itemFieldLabel(keys: string[], at: number, draft: unknown): string {
  const item = getAt(draft, keys.slice(0, at + 1));
  const inner = keys.slice(at + 1);
  for (let n = keys.length; n > at + 1; n--) {
    const s = schemaAt(settingsSchema, keys.slice(0, n), draft);
    const label = s && fieldMeta(s).label;
    if (label) return label;
    // A channel's own options are its type's schema's, not the settings schema's.
    const type = isObj(item) ? String(item.type) : '';
    if (isChannelType(type)) {
      const option = optionSchema(CHANNEL_OPTIONS[type], inner.slice(0, n - at - 1));
      const optionLabel = option && fieldMeta(option).label;
      if (optionLabel) return optionLabel;
    }
  }
  return labelOf(inner.find((k) => !/^\d+$/.test(k)) ?? inner[0] ?? '');
}

/**
 * The names leading to the field at `path`: `["Notification channels", "home-hook", "URL"]`
 * for an item's field (the item by its id in `draft`, else its number), `["Check every
 * (seconds)"]` for the rest.
 */
export function fieldTrail(path: string, draft?: unknown, words: Translator = settingsEnglish): string[] {
  // The engine's name for a problem of the whole (settings.json as a whole, two fields together).
  if (path === '(root)' || path === '') return [words.t('settings.trail.whole')];
  const keys = path.split('.');
  const at = keys.findIndex((k) => /^\d+$/.test(k));
  if (at <= 0) return [labelOfPath(path, words)];
  const list = labelOfPath(keys.slice(0, at).join('.'), words);
  const item = itemName(getAt(draft, keys.slice(0, at + 1)), Number(keys[at]), words);
  return at === keys.length - 1 ? [list, item] : [list, item, itemFieldLabel(keys, at, draft)];
}

/**
 * A problem of the settings as a person reads it: the trail to its field and what is wrong in a
 * sentence ("Must be at least 10 seconds."), from the path and message the schema or the engine
 * gave and, when known, the draft (items' names, the value typed).
 */
export function problemWords(
  path: string,
  message: string,
  draft?: unknown,
  words: Translator = settingsEnglish,
): { trail: string[]; words: string } {
  const trail = fieldTrail(path, draft, words);
  const keys = path.split('.');
  const facts = draft === undefined ? {} : fieldFacts(settingsSchema, keys, draft);
  const label = trail.at(-1);
  return { trail, words: messageWords(message, { ...facts, label, unit: unitOf(label, keys.at(-1)) }, words) };
}

/** A value as the field's words say it: "30 seconds", "on", "Warnings and errors", "a, b". */
function valueText(
  value: unknown,
  unit: string | undefined,
  choices: Record<string, string> | undefined,
  words: Translator,
): string {
  if (typeof value === 'boolean') return words.t(value ? 'settings.value.on' : 'settings.value.off');
  if (typeof value === 'number') return amountText(value, unit, words);
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => (isObj(v) ? String(v.id) : String(v))).join(', ')
      : words.t('settings.value.none');
  const text = String(value);
  return choices?.[text] ?? text;
}

/** "In force: 30 seconds, from IPWATCH_INTERVAL_SEC. The value here applies once it is unset." */
export function inForceText(entry: EnvInForce, words: Translator = settingsEnglish): string {
  const keys = entry.path.split('.');
  const s = schemaAt(settingsSchema, keys, undefined);
  const meta = s ? fieldMeta(s) : {};
  const value =
    'value' in entry
      ? valueText(entry.value, unitOf(meta.label, keys.at(-1)), meta.choices, words)
      : words.t('settings.value.set');
  return words.t('settings.env.inForce', { value, variable: entry.from });
}
