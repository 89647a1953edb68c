/**
 * The messages a settings schema's author wrote (shared/settings: a refinement's, a regex's), in
 * the page's language. The schema writes them in English, the catalogue's `settings.schemaSays.*`
 * (areas reasons-5, reasons-7, settings-says-2 and reasons-11); a message with values in it ("duplicate id
 * home", "a.example is not in the zone example.org") is read back against its English pattern and
 * said again with the same values, each in the page's language where it has words there. The vault's refusal ("not stored: " and the keyring's advice, the app's
 * electron/shell/secrets.ts) is read back the same way. A message none of them wrote is kept as
 * written. Pure.
 */
import { secrets } from '../../../shared/i18n/catalogues/en/secrets';
import { settingsSays } from '../../../shared/i18n/catalogues/en/settings-says';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { labelOfPathIn } from './path-label';

/** ICU's quoting undone: `'{ "env": "NAME" }'` is written `{ "env": "NAME" }`, `'<uuid>'` `<uuid>`. */
const plain = (icu: string): string => icu.replace(/'([{}<>][^']*)'/g, '$1').replace(/''/g, "'");

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Pattern {
  id: MessageId;
  re: RegExp;
  names: string[];
}

/** An English message as a pattern: its text as written, each `{name}` a value. */
function patternOf(id: string, english: string): Pattern {
  const names: string[] = [];
  const parts = english
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (names.push(part), '(.+?)') : escape(plain(part))));
  return { id: id as MessageId, re: new RegExp(`^${parts.join('')}$`), names };
}

const AUTHORS: readonly Pattern[] = Object.entries(settingsSays).flatMap(([id, english]) =>
  id.startsWith('settings.schemaSays.') ? [patternOf(id, english)] : [],
);

/** The keyring's advice, by its English: what the vault's refusal quotes. */
const ADVICE: readonly Pattern[] = (['reason.keyring.linux', 'reason.keyring.other'] as const).map((id) =>
  patternOf(id, secrets[id]),
);
const NOT_STORED = patternOf('reason.keyring.notStored', secrets['reason.keyring.notStored']);

/**
 * Another setting named by its path ("retry.initialSec"): in English as written, in another
 * language by its label there, bare. notify.ts's refinement names its field from `notifications`.
 */
function fieldNamed(path: string, words: Translator): string {
  if (words.language === 'en') return path;
  for (const at of [path, `notifications.${path}`]) {
    const label = labelOfPathIn(at, words);
    if (label !== at) return label.replace(/\s*\([^)]*\)\s*$/, '').trim();
  }
  return path;
}

/** The words a value is written with (`settings.saysWord.<name>.*`), by the value's name and its English. */
const VALUE_WORDS = new Map<string, Map<string, MessageId>>();
for (const [id, english] of Object.entries(settingsSays)) {
  const name = /^settings\.saysWord\.(\w+)\./.exec(id)?.[1];
  if (!name) continue;
  if (!VALUE_WORDS.has(name)) VALUE_WORDS.set(name, new Map());
  VALUE_WORDS.get(name)!.set(english, id as MessageId);
}

/**
 * A value said in `words`' language: another setting (`field`) by its label, the field the message
 * sits at (`what`, `secret`) by its `label`, another author's message (`inner`) said again, a
 * holder or a destination by its words; in English, and any other value, as written.
 */
function valueWords(name: string, value: string, words: Translator, label: string | undefined): string {
  if (words.language === 'en') return value;
  if (name === 'field') return fieldNamed(value, words);
  if (name === 'what' || name === 'secret') return label ?? value;
  if (name === 'inner') return authorWords(value, words);
  const id = VALUE_WORDS.get(name)?.get(value);
  return id ? words.t(id) : value;
}

const valuesOf = (p: Pattern, match: RegExpExecArray, words: Translator, label: string | undefined) =>
  Object.fromEntries(p.names.map((name, i) => [name, valueWords(name, match[i + 1]!, words, label)]));

/**
 * A message a schema's author (or the vault) wrote, in `words`' language when the catalogue has
 * it; else as written. `label`: the field it sits at, as named in a sentence (its label without
 * a note in parentheses), when known.
 */
export function authorWords(message: string, words: Translator, label?: string): string {
  for (const p of AUTHORS) {
    const match = p.re.exec(message);
    if (match) return words.t(p.id, valuesOf(p, match, words, label));
  }
  const stored = NOT_STORED.re.exec(message);
  const advice = stored && ADVICE.find((p) => p.re.test(stored[1]!));
  return advice ? words.t(NOT_STORED.id, { inner: words.t(advice.id) }) : message;
}
