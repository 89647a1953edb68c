/**
 * A setting's words that quote a name quote the one the page shows in that language (issue 62):
 * a help text pointing at another setting quotes that setting's label as the page labels it (a
 * German help quoting „Änderungen zurückhalten für“ while the field reads „Änderungen
 * zurückhalten (Sekunden)“ sends the reader looking for a field that does not exist). English,
 * German and Indonesian each quote their own way: "…" and “…” in English, „…“ in German, “…” in
 * Indonesian, and "…" in either. A quoted name that is not a label must be a name the settings'
 * pages show (a choice, a button, a state word) or something quoted as it is typed or shown
 * elsewhere, listed below with why; where English quotes a label, in a help or any message, each
 * translation quotes that label's translation.
 */
import { describe, expect, it } from 'vitest';

import { de } from '../../../shared/i18n/catalogues/de';
import { type Catalogue, en, type MessageId } from '../../../shared/i18n/catalogues/en';
import { id } from '../../../shared/i18n/catalogues/id';
import type { Language } from '../../../shared/i18n/languages';

const CATALOGUES: Record<Language, Catalogue> = { en, de, id };

/** How each language quotes: English "…" and “…”, German „…“, Indonesian “…”; "…" in any of them. */
const QUOTES: Record<Language, RegExp> = {
  en: /"([^"]+)"|“([^”]+)”/g,
  de: /„([^“]+)“|"([^"]+)"/g,
  id: /“([^”]+)”|"([^"]+)"/g,
};

const quotesIn = (language: Language, text: string): string[] =>
  [...text.matchAll(QUOTES[language])].map((m) => m[1] ?? m[2]!);

/**
 * Quoted in a setting's words, naming nothing the settings' pages show: what is typed or read as
 * it is (a value, a command, an event's name in settings.json), another app's button as that app
 * shows it in the language, a word quoted for its meaning.
 */
const ELSEWHERE: Record<Language, readonly string[]> = {
  en: [
    // Microsoft Teams' workflow and Discord's menu entry, as they are named in English.
    'Send webhook alerts to a channel',
    'Copy Webhook URL',
    // A command, a key's name in a BIND file, names Discord refuses, a tag list's two forms, examples.
    'ipwatch webhook-secret',
    'name',
    'discord',
    'clyde',
    'a, b',
    'a b',
    'Home Assistant',
    'SSH',
    'Nextcloud',
    // The event's name in settings.json (its notice is titled "IPWatch started").
    'started',
  ],
  de: [
    // Discord's and Teams' own German: the permission, the menu entries, the workflow.
    'Server verwalten',
    'Server-ID kopieren',
    'Webhook-URL kopieren',
    'Webhookwarnungen an einen Kanal senden',
    // The event "started", and what a refusal means (quoted for its meaning).
    'gestartet',
    'aufhören',
  ],
  id: [
    // The flap notice, by the words its title says (notice.flap.title: "… sempat berganti").
    'sempat berganti',
  ],
};

const labelId = /^setting\.label\./;
/** A label without its unit, as a sentence quotes it: "Hold changes for" of "Hold changes for (seconds)". */
const bare = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '');
const entries = (language: Language) => Object.entries(CATALOGUES[language]) as [MessageId, string][];

/** A language's labels, whole and without their unit, each to its key and form. */
function labelsOf(language: Language): Map<string, { key: MessageId; whole: boolean }> {
  const out = new Map<string, { key: MessageId; whole: boolean }>();
  for (const [key, label] of entries(language).filter(([k]) => labelId.test(k))) {
    if (!out.has(bare(label))) out.set(bare(label), { key, whole: false });
    out.set(label, { key, whole: true });
  }
  return out;
}

/** What else the settings' pages show by name: the choices, the page's and the editors' buttons and state words. */
const pageNames = (language: Language): Set<string> =>
  new Set(entries(language).flatMap(([k, v]) => (/^(setting\.choice|settings|editors)\./.test(k) ? [v] : [])));

describe("a setting's label and help quote names as the page shows them", () => {
  it.each<Language>(['en', 'de', 'id'])('in %s', (language) => {
    const labels = labelsOf(language);
    const names = pageNames(language);
    const elsewhere = new Set(ELSEWHERE[language]);
    const wrong: string[] = [];
    for (const [key, text] of entries(language).filter(([k]) => /^setting\.(label|help)\./.test(k))) {
      // A translation may keep what English quotes as it is typed ("a, b", "SSH").
      const asTyped = quotesIn('en', en[key]);
      for (const q of quotesIn(language, text))
        if (!labels.has(q) && !names.has(q) && !elsewhere.has(q) && !asTyped.includes(q)) wrong.push(`${key}: ${q}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("where English quotes a setting's label, a translation quotes that label's translation", () => {
  const english = labelsOf('en');
  it.each<Language>(['de', 'id'])('in %s, in a help or any message', (language) => {
    const catalogue = CATALOGUES[language];
    const wrong: string[] = [];
    for (const [key, text] of entries('en')) {
      const theirs = quotesIn(language, catalogue[key]);
      for (const q of quotesIn('en', text)) {
        const label = english.get(q);
        if (!label) continue;
        const translated = catalogue[label.key];
        const wanted = label.whole ? translated : bare(translated);
        if (!theirs.includes(wanted)) wrong.push(`${key}: wants „${wanted}“, quotes ${JSON.stringify(theirs)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the quotes it checks: the help that points at "Notify when IPWatch starts" in each language', () => {
    const key = entries('en').find(([, v]) => v.includes('"Notify when IPWatch starts"'))![0];
    expect(quotesIn('de', de[key])).toContain('Beim Start von IPWatch benachrichtigen');
    expect(quotesIn('id', id[key])).toContain('Beri tahu saat IPWatch dimulai');
  });
});
