/**
 * What a crawl of the dashboard in a language looks for in a page's readable text (issue 75):
 * in the pseudo-language (tests/helpers/pseudo-language.ts) every run of text outside a marker;
 * in German and Indonesian an English sentence (a run holding a word only English's catalogue
 * uses, or a whole English message the language has its own words for) and, in every language,
 * a raw id or code (a message id, a Node error code, a snake_case code, a broken ICU argument,
 * `undefined`, `[object Object]`). The engine's own text folded under an error's Details (the
 * words above it say it; docs/api.md) is the one text that stays as met. The test's own values (`data`: names, addresses, paths) are
 * not text. Pure.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

import { de } from '../../shared/i18n/catalogues/de';
import { type Catalogue, en } from '../../shared/i18n/catalogues/en';
import { id } from '../../shared/i18n/catalogues/id';
import { unmarkedText } from './pseudo-language';

export type CrawlLanguage = 'pseudo' | 'de' | 'id';

const CATALOGUES: Record<'en' | 'de' | 'id', Catalogue> = { en, de, id };

/** The literal text of a message, its plural and select branches and tags included. */
function literals(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.literal) out.push(el.value);
    else if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const o of Object.values(el.options)) literals(o.value, out);
    else if (el.type === TYPE.tag) literals(el.children, out);
  }
  return out;
}

/** Words of two letters or more, lower case. */
const wordsOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}[\p{L}'’]+/gu) ?? []).map(String);

const vocabularies = new Map<string, Set<string>>();
/** Every word a catalogue's messages hold. */
function vocabulary(language: 'en' | 'de' | 'id'): Set<string> {
  let v = vocabularies.get(language);
  if (!v) {
    v = new Set<string>();
    for (const m of Object.values(CATALOGUES[language]))
      for (const l of literals(parse(m, { ignoreTag: false }))) for (const w of wordsOf(l)) v.add(w);
    vocabularies.set(language, v);
  }
  return v;
}

/** English messages with no argument, of two words or more, whose translation differs: English shown where the language has its own. */
function englishOnlyMessages(language: 'de' | 'id'): Set<string> {
  const out = new Set<string>();
  for (const [key, m] of Object.entries(en))
    if (!m.includes('{') && m.trim().split(/\s+/).length >= 2 && CATALOGUES[language][key as keyof Catalogue] !== m)
      out.add(m.trim());
  return out;
}

/** Areas of the catalogue's ids (`reason`, `web`, `audit`...): a text `area.something` is an id shown raw. */
const AREAS = new Set(Object.keys(en).map((k) => k.split('.')[0]!));

/** Raw ids and codes in one run of text, each as found. */
export function rawCodes(run: string): string[] {
  const found: string[] = [];
  for (const m of run.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+/g)) {
    const t = m[0];
    // A file's or a host's name (settings.json, myip.test) is a name, not an id.
    if (AREAS.has(t.split('.')[0]!) && !/\.(json|sqlite|db|log|pem|txt|csv|md|test|org|com|net)$/.test(t))
      found.push(t);
  }
  for (const m of run.matchAll(/\bE[A-Z]{3,}\b|\b[a-z]+_[a-z_]+\b|\[object \w+\]|\bundefined\b|\bNaN\b|\{[\w.]+\}/g))
    found.push(m[0]);
  return found;
}

/**
 * Values every page may show in any language: what Intl writes (an English date and time in the
 * pseudo-language, which formats as English; a size), a path, a zone's id, the languages' own
 * names (Appearance's choices), the kept terms and names (docs/glossary.md), a data set's name.
 */
const DATA_PATTERNS = [
  // A zone's id (before the paths, which would take its second half).
  /\b[A-Z][a-z]+\/[A-Z][\w/+-]+\b/g,
  /\b[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s?[AP]M\b/g,
  /(?:\/[\w.-]+)+/g,
  /\b\d+(?:[.,]\d+)? [KMG]B\b/g,
  // A host's name, a zone's id, a DNS record's type.
  /\b[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|io)\b/g,
  /\b(?:A|AAAA)\b/g,
  // A token's id (t and ten hex digits) and the bot token field's example.
  /\bt[0-9a-f]{10}\b/g,
  /\b[\w-]{20,}\.[\w-]+\.…/g,
];
const NAMES = ['IPv4', 'IPv6', 'DuckDNS', 'English', 'Deutsch', 'Bahasa Indonesia', 'lists_vpn', 'X4BNet'];

/** The short and long names of weekdays and months as Intl writes them in a language (a chart's axis). */
export function calendarNames(locale: string): string[] {
  const out: string[] = [];
  for (const width of ['short', 'long'] as const)
    for (let i = 0; i < 12; i++) {
      out.push(new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(Date.UTC(2024, i, 1)));
      // 1 January 2024 was a Monday: days 1 to 7 are the week.
      if (i < 7)
        out.push(new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + i)));
    }
  return out;
}

/** The test's values taken out of a text, longest first, so an address is not cut by a shorter value inside it. */
export function withoutData(text: string, data: readonly string[]): string {
  const values = [...new Set([...data, ...NAMES])].filter((x) => x.length > 1).sort((a, b) => b.length - a.length);
  const drop = (t: string, list: string[]) => list.reduce((rest, d) => rest.split(d).join(' '), t);
  // A name that holds a host ("bunny.net DNS") first: else the host pattern leaves its last word.
  let rest = drop(
    text,
    values.filter((v) => /\s/.test(v) && /\b[\w-]+\.(?:org|com|net|io)\b/.test(v)),
  );
  for (const p of DATA_PATTERNS) rest = rest.replace(p, ' ');
  return drop(rest, values);
}

/** English in a German or Indonesian run: words only English's catalogue uses, or a whole English message. */
export function englishIn(run: string, language: 'de' | 'id'): string | null {
  const trimmed = run.trim();
  if (englishOnlyMessages(language).has(trimmed)) return trimmed;
  const own = vocabulary(language);
  const english = vocabulary('en');
  const foreign = wordsOf(trimmed).filter((w) => english.has(w) && !own.has(w));
  return foreign.length > 0 ? `${trimmed} [${foreign.join(', ')}]` : null;
}

/**
 * What is wrong in a page's readable text (`runs`: its text nodes and labels, one a line) in the
 * language: each finding one line.
 */
export function findings(runs: readonly string[], language: CrawlLanguage, data: readonly string[]): string[] {
  const out: string[] = [];
  data = [...data, ...calendarNames(language === 'pseudo' ? 'en' : language)];
  // A message's tags split it over text nodes: the markers pair up over the whole text.
  if (language === 'pseudo')
    for (const u of unmarkedText(withoutData(runs.join('\n'), data))) out.push(`not from the catalogue: "${u}"`);
  for (const raw of runs) {
    const run = withoutData(raw, data);
    if (!/\p{L}/u.test(run)) continue;
    for (const code of rawCodes(run)) out.push(`raw code "${code}" in "${raw.trim()}"`);
    const e = language === 'pseudo' ? null : englishIn(run, language);
    if (e) out.push(`English: "${e}"`);
  }
  return [...new Set(out)];
}

/**
 * Run in the page (as a string: this file is typed without the DOM): the text of every text node
 * a person sees, and every label of a control or an image, one a line.
 */
export const READ_RUNS = `(() => {
  const runs = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style, template, [hidden], [aria-hidden="true"]')) continue;
    // The engine's own text under an error's Details (components/ErrorText.tsx): codes as met, by design.
    if (el.closest('details.error-details > code[translate="no"]')) continue;
    if (!el.getClientRects().length && !el.closest('select')) continue;
    const t = n.textContent.trim();
    if (t) runs.push(t);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (v && v.trim()) runs.push(v.trim());
    }
  return runs;
})()`;
