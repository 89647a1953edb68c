/**
 * What the Discord stand-in refuses of a command list on PUT (bulk overwrite), as Discord answers
 * it: 400 with code 50035 "Invalid Form Body". From discord-api-docs
 * docs/interactions/Application_Commands.md:
 * - "Application Command Naming": a CHAT_INPUT command's or option's name matches
 *   `^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$` and is lowercase where its letters have a
 *   lowercase form; the same for every localised name.
 * - "Application Command Object": a description is 1 to 100 characters, at most 25 options and
 *   25 choices, a choice's name 1 to 100 characters.
 * - "Localization": the keys of `name_localizations` and `description_localizations` are
 *   Discord's locales (docs/reference.md "Locales"); localised names of options at one level
 *   cannot conflict with each other.
 */
import { Locale } from 'discord-api-types/v10';

const LOCALES = new Set<string>(Object.values(Locale));
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Item = Record<string, unknown>;

const isName = (s: unknown): boolean => typeof s === 'string' && NAME.test(s) && s === s.toLowerCase();
const isText = (s: unknown, max: number): boolean => typeof s === 'string' && s.length >= 1 && s.length <= max;

/** The localisations of one field: every key a locale, every value passing `ok`. */
function localisations(map: unknown, ok: (s: unknown) => boolean, where: string): string[] {
  if (map === undefined || map === null) return [];
  if (typeof map !== 'object') return [`${where}: not an object`];
  return Object.entries(map as Item).flatMap(([locale, value]) => [
    ...(LOCALES.has(locale) ? [] : [`${where}.${locale}: not a Discord locale`]),
    ...(ok(value) ? [] : [`${where}.${locale}: ${JSON.stringify(value)} is refused`]),
  ]);
}

/** Siblings' names must differ, in each locale too: a name not localised there stands as it is. */
function conflicts(items: Item[], where: string): string[] {
  const localised = (it: Item) => (it.name_localizations as Record<string, unknown> | undefined) ?? {};
  const locales = ['default', ...new Set(items.flatMap((it) => Object.keys(localised(it))))];
  return locales.flatMap((locale) => {
    const names = items.map((it) => String(localised(it)[locale] ?? it.name));
    const twice = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    return twice.map((n) => `${where}: two named ${n} in ${locale}`);
  });
}

function itemProblems(it: Item, where: string): string[] {
  const options = (it.options as Item[] | undefined) ?? [];
  const choices = (it.choices as Item[] | undefined) ?? [];
  return [
    ...(isName(it.name) ? [] : [`${where}.name: ${JSON.stringify(it.name)} is refused`]),
    ...localisations(it.name_localizations, isName, `${where}.name_localizations`),
    ...(isText(it.description, 100) ? [] : [`${where}.description: must be 1 to 100 characters`]),
    ...localisations(it.description_localizations, (s) => isText(s, 100), `${where}.description_localizations`),
    ...(options.length > 25 ? [`${where}.options: more than 25`] : []),
    ...conflicts(options, `${where}.options`),
    ...options.flatMap((o, i) => itemProblems(o, `${where}.options.${i}`)),
    ...(choices.length > 25 ? [`${where}.choices: more than 25`] : []),
    ...choices.flatMap((c, i) => [
      ...(isText(c.name, 100) ? [] : [`${where}.choices.${i}.name: must be 1 to 100 characters`]),
      ...localisations(c.name_localizations, (s) => isText(s, 100), `${where}.choices.${i}.name_localizations`),
    ]),
  ];
}

/** Why Discord would refuse this command list; none when it would take it. */
export function commandListProblems(list: unknown): string[] {
  if (!Array.isArray(list)) return ['the body is not a list'];
  const items = list as Item[];
  return [...conflicts(items, 'commands'), ...items.flatMap((c, i) => itemProblems(c, String(i)))];
}
