/**
 * The messages a settings schema's author wrote (shared/settings: a refinement's, a regex's), in
 * the page's language. The schema writes them in English, the catalogue's `settings.schemaSays.*`
 * (areas reasons-5 and reasons-7); a message with values in it ("duplicate id home", "a.example
 * is not in the zone example.org") is read back against its English pattern and said again with
 * the same values. The vault's refusal ("not stored: " and the keyring's advice, the app's
 * electron/shell/secrets.ts) is read back the same way. A message none of them wrote is kept as
 * written. Pure.
 */
import { reasons5 } from '../../../shared/i18n/catalogues/en/reasons-5';
import { reasons7 } from '../../../shared/i18n/catalogues/en/reasons-7';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { labelOfPathIn } from './field-trail';

/** ICU's quoting undone: `'{ "env": "NAME" }'` is written `{ "env": "NAME" }`. */
const plain = (icu: string): string => icu.replace(/'([{}][^']*)'/g, '$1').replace(/''/g, "'");

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

const AUTHORS: readonly Pattern[] = Object.entries({ ...reasons5, ...reasons7 }).flatMap(([id, english]) =>
  id.startsWith('settings.schemaSays.') ? [patternOf(id, english)] : [],
);

/** The keyring's advice, by its English: what the vault's refusal quotes. */
const ADVICE: readonly Pattern[] = (['reason.keyring.linux', 'reason.keyring.other'] as const).map((id) =>
  patternOf(id, reasons7[id]),
);
const NOT_STORED = patternOf('reason.keyring.notStored', reasons7['reason.keyring.notStored']);

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

const valuesOf = (p: Pattern, match: RegExpExecArray, words: Translator): Record<string, string> =>
  Object.fromEntries(
    p.names.map((name, i) => [name, name === 'field' ? fieldNamed(match[i + 1]!, words) : match[i + 1]!]),
  );

/** A message a schema's author (or the vault) wrote, in `words`' language when the catalogue has it; else as written. */
export function authorWords(message: string, words: Translator): string {
  for (const p of AUTHORS) {
    const match = p.re.exec(message);
    if (match) return words.t(p.id, valuesOf(p, match, words));
  }
  const stored = NOT_STORED.re.exec(message);
  const advice = stored && ADVICE.find((p) => p.re.test(stored[1]!));
  return advice ? words.t(NOT_STORED.id, { inner: words.t(advice.id) }) : message;
}
