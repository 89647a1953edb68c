/**
 * The pseudo-language of tests: the English catalogue with every literal text of every message
 * accented, about 35 % longer and the whole message between ⟦ and ⟧, its arguments, plurals and
 * selects kept working (parsed, transformed and printed back with @formatjs/icu-messageformat-parser).
 * Rendered through it, any visible text outside a marker did not come from the catalogue: a
 * hard-coded string. `unmarkedText` finds those; the values a test supplied (addresses, names,
 * times) are passed as `data` and are not text.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

import { type Catalogue, en, type MessageId } from '../../shared/i18n/catalogues/en';
import { createTranslator, type Translator } from '../../shared/i18n/translator';

export const START = '⟦';
export const END = '⟧';

const ACCENTS: Record<string, string> = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accented, and a third longer (a filler of its letters' count), as German and Indonesian run longer. */
export function pseudoText(text: string): string {
  const accented = [...text].map((c) => ACCENTS[c] ?? c).join('');
  const letters = [...text].filter((c) => /\p{L}/u.test(c)).length;
  return accented + '~'.repeat(Math.ceil(letters * 0.35));
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: pseudoText(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select)
      return {
        ...el,
        options: Object.fromEntries(
          Object.entries(el.options).map(([k, o]) => [k, { ...o, value: transform(o.value) }]),
        ),
      };
    if (el.type === TYPE.tag) return { ...el, children: transform(el.children) };
    return el;
  });
}

/**
 * Adjacent literals as one: the printer escapes an apostrophe by where it stands in its own
 * literal, so a lone `'` between the start marker and an argument (`''{name}''`) came back as
 * `'''`, which opens a quote.
 */
function joined(elements: MessageFormatElement[]): MessageFormatElement[] {
  const out: MessageFormatElement[] = [];
  for (const el of elements) {
    const last = out.at(-1);
    if (el.type === TYPE.literal && last?.type === TYPE.literal)
      out[out.length - 1] = { ...last, value: last.value + el.value };
    else out.push(el);
  }
  return out;
}

/** One message in the pseudo-language: literal text transformed, the whole between the markers. */
export function pseudoMessage(message: string): string {
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return printAST(joined([literal(START), ...transform(parse(message)), literal(END)]));
}

/** The English catalogue in the pseudo-language. */
export const pseudoCatalogue = (): Catalogue =>
  Object.fromEntries(Object.entries(en).map(([id, m]) => [id, pseudoMessage(m)])) as Record<MessageId, string>;

/** A translator of the pseudo-language, with English's plural rules and formats. */
export const pseudoTranslator = (): Translator => createTranslator('en', pseudoCatalogue());

/** The pseudo-language as a dashboard's words (renderApp's `words`), in English's plural rules. */
export const pseudoWords = (): { language: 'en'; messages: Catalogue } => ({
  language: 'en',
  messages: pseudoCatalogue(),
});

/**
 * The runs of visible text outside every marker (nested messages counted), once the test's own
 * values (`data`) are taken out: each one is text that did not come from the catalogue.
 */
export function unmarkedText(text: string, data: readonly string[] = []): string[] {
  let rest = text;
  // Longest first, so an address is not cut by a shorter value inside it.
  for (const d of [...data].filter(Boolean).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  const found: string[] = [];
  let depth = 0;
  let run = '';
  const flush = () => {
    if (/\p{L}/u.test(run)) found.push(run.trim());
    run = '';
  };
  for (const c of rest) {
    if (c === START) {
      if (depth === 0) flush();
      depth++;
    } else if (c === END) depth = Math.max(0, depth - 1);
    else if (depth === 0) run += c;
  }
  flush();
  return found;
}

/** An element as readableText reads it (this helper is typed without the DOM's library). */
interface Readable {
  textContent: string | null;
  querySelectorAll(selectors: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

/** What a person reads in `root`: its text, and the labels of its controls and images. */
export function readableText(root: Readable): string {
  const parts = [root.textContent ?? ''];
  for (const el of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (v) parts.push(v);
    }
  return parts.join('\n');
}
