/**
 * What the schema finds wrong with a field, as a sentence a person can act on ("Must be at least
 * 10 seconds.", "Enter a source id."), never zod's own text ("Too small: expected number to be
 * >=10"). From a zod issue's code and bounds, the field's label and unit (from its schema), and
 * the value typed. A message the schema's author wrote (a regex's, a refinement's) is kept, made
 * a sentence. A message that arrives as text only (the engine's answer) is read back into an
 * issue first. In the language of the `words` given: zod's own text is only read for its code and
 * values, never shown. Pure.
 */
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { asSentence } from '../../../shared/words/error';
import { authorWords } from './author-words';

/** The parts of a zod issue the words are made from (a finalised issue, or one read from its text). */
export interface IssueFacts {
  code?: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  expected?: string;
  format?: string;
  divisor?: number;
  values?: readonly unknown[];
  /** invalid_union of a discriminated union: the discriminator's values. */
  options?: readonly unknown[];
  keys?: readonly string[];
  /** invalid_union: each alternative's issues; invalid_key and invalid_element: the inner ones. */
  errors?: readonly (readonly IssueFacts[])[];
  issues?: readonly IssueFacts[];
  /** Read from the text of an engine's answer: what zod said it received ("undefined"). */
  received?: string;
}

/** What is known of the field: its label ("Check every (seconds)"), unit, choices' words, and the value. */
export interface FieldFacts {
  label?: string | undefined;
  unit?: string | undefined;
  choices?: Record<string, string> | undefined;
  /** The value as typed, when known: a missing value reads "Enter ...". */
  input?: unknown;
}

const UNIT_WORDS: Record<string, string> = { s: 'seconds', sec: 'seconds', ms: 'ms', min: 'minutes' };
const UNIT_KEYS: [RegExp, string][] = [
  [/Sec$/, 'seconds'],
  [/Ms$/, 'ms'],
  [/Minutes$/, 'minutes'],
  [/Hours$/, 'hours'],
  [/Days$/, 'days'],
];

/** The unit a label names in parentheses ("Check every (seconds)"), else the one a key ends in (`timeoutMs`). */
export function unitOf(label: string | undefined, key?: string): string | undefined {
  const said = label && /\((seconds|minutes|hours|days|ms|s|sec|min)\)\s*$/i.exec(label)?.[1]?.toLowerCase();
  if (said) return UNIT_WORDS[said] ?? said;
  return key ? UNIT_KEYS.find(([re]) => re.test(key))?.[1] : undefined;
}

/** "10 seconds", "1 second", "100 ms", "3". */
export function amountText(n: number | bigint, unit: string | undefined, words: Translator): string {
  return words.t('settings.issue.amount', { unit: unit ?? 'none', n: Number(n), count: String(n) });
}

/** Said with a vowel first: "an address", "an update" (not "a user"), an acronym read letter by letter ("an SMTP server", "a URL"). */
const vowelSound = (words: string): boolean =>
  /^[A-Z]{2}/.test(words) ? /^[AEFHILMNORSX]/.test(words) : /^(?:[aeio]|u(?!s|ni))/.test(words);

/** A label as a sentence names it, without the unit or note in parentheses: "Address (URL)" -> "Address". */
const withoutNote = (label: string): string => label.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** "Source id" -> "a source id"; "Address (URL)" -> "an address"; "SMTP server" -> "an SMTP server". */
export function withArticle(label: string): string {
  const bare = withoutNote(label);
  const words = /^[A-Z]{2}/.test(bare) ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
  return `${vowelSound(words) ? 'an' : 'a'} ${words}`;
}

/** Known to be empty; a value not given (`input` absent from the facts) is not. */
const missing = (f: FieldFacts) => 'input' in f && (f.input === undefined || f.input === null || f.input === '');
/**
 * "Enter a source id.": English puts an article before the label in a sentence; German and
 * Indonesian name the field as it is labelled (an article would need the noun's gender).
 */
function enter(f: FieldFacts, words: Translator): string {
  if (!f.label) return words.t('settings.issue.enterValue');
  const what = words.language === 'en' ? withArticle(f.label) : withoutNote(f.label);
  return words.t('settings.issue.enter', { what });
}

const TYPE_WORDS: Record<string, MessageId> = {
  number: 'settings.issue.number',
  int: 'settings.issue.int',
  string: 'settings.issue.string',
  boolean: 'settings.issue.boolean',
  array: 'settings.issue.array',
  object: 'settings.issue.object',
};

const FORMAT_WORDS: Record<string, MessageId> = {
  url: 'settings.issue.url',
  email: 'settings.issue.email',
  ipv4: 'settings.issue.ipv4',
  ipv6: 'settings.issue.ipv6',
};

/** zod's fallbacks, which say nothing a person can act on: replaced by the code's words. */
const LIBRARY_TEXT =
  /^(Invalid input|Invalid string|Invalid option|Invalid value|Invalid key|Invalid number|Invalid URL|Too (small|big):|Unrecognized key)/;

function sizeWords(issue: IssueFacts, f: FieldFacts, least: boolean, words: Translator): string {
  const n = (least ? issue.minimum : issue.maximum) ?? 0;
  const strict = issue.inclusive === false;
  const bound = words.t('settings.issue.bound', {
    bound: issue.exact ? 'exactly' : least ? (strict ? 'more' : 'least') : strict ? 'less' : 'most',
  });
  if (issue.origin === 'string') {
    if (least && Number(n) <= 1) return enter(f, words);
    return words.t('settings.issue.sizeText', { bound, amount: amountText(n, 'characters', words) });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (least && Number(n) <= 1) return words.t('settings.issue.chooseAtLeastOne');
    return words.t('settings.issue.sizeList', { bound, amount: amountText(n, 'items', words) });
  }
  return words.t('settings.issue.size', { bound, amount: amountText(n, f.unit, words) });
}

/** The alternative the value meant (a string typed where a string or a reference will do): its first issue. */
function meantAlternative(errors: readonly (readonly IssueFacts[])[]): IssueFacts | undefined {
  return errors.find((e) => e.length > 0 && e[0]!.code !== 'invalid_type' && e[0]!.code !== 'unrecognized_keys')?.[0];
}

/** The issue as a sentence about the field `f`, in the language of `words`. */
export function issueWords(issue: IssueFacts, f: FieldFacts, words: Translator): string {
  const t = (id: MessageId) => words.t(id);
  const own = () =>
    LIBRARY_TEXT.test(issue.message)
      ? t('settings.issue.notValid')
      : asSentence(authorWords(issue.message, words, f.label && withoutNote(f.label)));
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.received !== undefined ? /^(undefined|null)$/.test(issue.received) : missing(f))
        return issue.expected === 'number' ? t('settings.issue.enterNumber') : enter(f, words);
      const id = TYPE_WORDS[issue.expected ?? ''];
      return t(id ?? 'settings.issue.notValid');
    }
    case 'too_small':
      return sizeWords(issue, f, true, words);
    case 'too_big':
      return sizeWords(issue, f, false, words);
    case 'not_multiple_of':
      return issue.divisor === 1
        ? t('settings.issue.int')
        : words.t('settings.issue.multipleOf', { amount: amountText(issue.divisor ?? 1, f.unit, words) });
    case 'invalid_format': {
      if (missing(f)) return enter(f, words);
      const id = FORMAT_WORDS[issue.format ?? ''];
      if (issue.format === 'regex' || !id)
        return LIBRARY_TEXT.test(issue.message) ? t('settings.issue.notInForm') : own();
      return t(id);
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (missing(f)) return t('settings.issue.chooseOne');
      const said = values.map((v) => f.choices?.[String(v)] ?? String(v));
      return said.length === 1
        ? words.t('settings.issue.mustBe', { value: said[0]! })
        : words.t('settings.issue.oneOf', { values: said.join(', ') });
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return words.t('settings.issue.notASetting', { keys: keys.join(', '), count: keys.length });
    }
    case 'invalid_union': {
      if (issue.options?.length)
        return issueWords({ ...issue, code: 'invalid_value', values: issue.options }, f, words);
      if (missing(f)) return enter(f, words);
      const meant = meantAlternative(issue.errors ?? []);
      return meant ? issueWords(meant, f, words) : own();
    }
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues?.[0];
      return inner ? issueWords(inner, { ...f, input: 'given' }, words) : own();
    }
    default:
      // 'custom' (a refinement's own words) and anything else: the author's message, as a sentence.
      return issue.message === 'required' ? enter(f, words) : own();
  }
}

const SIZE = /^Too (small|big): expected (\w+) to (?:have|be) (>=|<=|>|<|exactly )?(-?[\d.]+)/;

/** A message that came as text only (the engine's answer): read back into an issue where it is zod's own. */
export function factsOfText(message: string): IssueFacts {
  const size = SIZE.exec(message);
  if (size) {
    const [, which, origin, adj, n] = size;
    const bound = { origin: origin!, inclusive: adj !== '>' && adj !== '<', exact: adj === 'exactly ' };
    return which === 'small'
      ? { code: 'too_small', message, minimum: Number(n), ...bound }
      : { code: 'too_big', message, maximum: Number(n), ...bound };
  }
  const tags = /^Invalid discriminator value\. Expected (.*)$/.exec(message);
  if (tags)
    return { code: 'invalid_union', message, options: tags[1]!.split(' | ').map((t) => t.replace(/^'|'$/g, '')) };
  const type = /^Invalid input: expected (\w+), received (\w+)/.exec(message);
  if (type) return { code: 'invalid_type', message, expected: type[1]!, received: type[2]! };
  const option = /^Invalid option: expected one of (.*)$/.exec(message);
  if (option)
    return { code: 'invalid_value', message, values: option[1]!.split('|').map((v) => v.replace(/^"|"$/g, '')) };
  // zod's own, or the schema's (schema-common httpUrlSchema).
  if (/^Invalid (URL|url)$|^expected an http:\/\/ or https:\/\/ URL$/.test(message))
    return { code: 'invalid_format', message, format: 'url' };
  const keys = /^Unrecognized keys?: (.*)$/.exec(message);
  if (keys)
    return { code: 'unrecognized_keys', message, keys: keys[1]!.split(', ').map((k) => k.replace(/^"|"$/g, '')) };
  return { message };
}

/**
 * A message as it is shown: a sentence about the field `f`, whether zod's text (the form's own
 * check, or the engine's answer), an author's, or one already said in words (unchanged).
 */
export const messageWords = (message: string, f: FieldFacts, words: Translator): string =>
  issueWords(factsOfText(message), f, words);
