/**
 * Puts the German and Indonesian settings' words (de/ and id/ settings-fields-*.ts) in the parts
 * English has (scripts/settings-words.ts writes en/'s from the schema): each translated entry is
 * moved, as written, to the part whose English holds its key, in English's order; the gathering
 * file (settings-fields.ts) follows en/'s parts, and each language's settings-page.ts (the Settings
 * page's chunk) takes every part but `outside` (the dashboard's first words hold it). Run after settings-words.ts when a part was split
 * or a word moved between modules, and after a merge (a key in two parts is kept once).
 *
 *   npx tsx scripts/settings-words-translations.ts
 *
 * It writes nothing for a language that lacks a key en/ has: it lists them, to be translated.
 * A key en/ no longer has is dropped and named.
 */
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';

import { CATALOGUES, readEntries } from './catalogue-rooms';

type Entry = ReturnType<typeof readEntries>[number];
const TRANSLATED = { de: 'German', id: 'Indonesian' } as const;
type Language = keyof typeof TRANSLATED;
const GATHERER = 'settings-fields.ts';

const camel = (name: string) => name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
const partFiles = (lang: string) =>
  readdirSync(path.join(CATALOGUES, lang))
    .filter((f) => f.startsWith('settings-fields-') && f.endsWith('.ts'))
    .sort();
/** The first line of en/'s part: what it holds. */
const readFileText = (file: string) => readFileSync(file, 'utf8');
const holds = (file: string) =>
  /English: (.*?) \(generated/.exec(readFileText(path.join(CATALOGUES, 'en', file)))?.[1] ?? file;

function partText(lang: Language, file: string, keys: string[], entries: Map<string, Entry>): string {
  const name = camel(file.replace(/\.ts$/, ''));
  const body = keys.map((k) => `  ${entries.get(k)!.text},`).join('\n');
  return (
    `/** ${TRANSLATED[lang]}: ${holds(file)} (docs/glossary.md holds the terms). */\n` +
    `import type { Area } from '../area';\nimport type { ${name} as source } from '../en/${file.replace(/\.ts$/, '')}';\n\n` +
    `export const ${name} = {\n${body}\n} satisfies Area<typeof source>;\n`
  );
}

/** en/'s gathering file, in the language's own words: the same imports and spreads. */
function gathererText(lang: Language): string {
  const english = readFileText(path.join(CATALOGUES, 'en', GATHERER));
  const imports = [...english.matchAll(/^import \{ (\w+) \} from '(\.\/[\w-]+)';$/gm)].map((m) => m[0]);
  const spreads = /export const settingsFields = \{\n([\s\S]*?)\n\}/.exec(english)?.[1] ?? '';
  return (
    `/** ${TRANSLATED[lang]}: every setting's label, help and choice names, one part per settings module, gathered as en/settings-fields.ts gathers them. */\n` +
    `import type { Area } from '../area';\nimport type { settingsFields as source } from '../en/settings-fields';\n${imports.join('\n')}\n\n` +
    `export const settingsFields = {\n${spreads}\n} satisfies Area<typeof source>;\n`
  );
}

async function syncLanguage(lang: Language, english: Map<string, string[]>): Promise<void> {
  const entries = new Map<string, Entry>();
  for (const f of partFiles(lang)) for (const e of readEntries(path.join(CATALOGUES, lang, f))) entries.set(e.key, e);
  const known = new Set([...english.values()].flat());
  const missing = [...known].filter((k) => !entries.has(k));
  if (missing.length) {
    process.stderr.write(
      `${lang}: ${missing.length} words to translate, nothing written:\n  ${missing.join('\n  ')}\n`,
    );
    process.exitCode = 1;
    return;
  }
  for (const k of entries.keys())
    if (!known.has(k)) process.stdout.write(`${lang}: dropped ${k} (en/ has it no more)\n`);
  const config = await resolveConfig(path.join(CATALOGUES, lang, GATHERER));
  const write = async (file: string, text: string) =>
    writeFileSync(path.join(CATALOGUES, lang, file), await format(text, { ...config, parser: 'typescript' }));
  for (const f of partFiles(lang)) if (!english.has(f)) unlinkSync(path.join(CATALOGUES, lang, f));
  for (const [file, keys] of english) await write(file, partText(lang, file, keys, entries));
  await write(GATHERER, gathererText(lang));
}

/** settings-page.ts in `lang` importing and spreading exactly en/'s parts (but `outside`), its other lines kept. */
async function placeParts(lang: 'en' | Language, parts: string[]): Promise<void> {
  const file = path.join(CATALOGUES, lang, 'settings-page.ts');
  const isPart = /^import \{ settingsFields\w+ \} from '\.\/settings-fields-[\w-]+';$|^ {2}\.\.\.settingsFields\w+,$/;
  const lines = readFileText(file)
    .split('\n')
    .filter((l) => !isPart.test(l));
  const mine = parts
    .filter((f) => f !== 'settings-fields-outside.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const imports = mine.map((m) => `import { ${camel(m)} } from './${m}';`);
  const from = (l: string) => /from '([^']+)'/.exec(l)?.[1] ?? '';
  const local = lines.filter((l) => l.startsWith('import ') && from(l).startsWith('./'));
  const sorted = [...local, ...imports].sort((a, b) => (from(a) < from(b) ? -1 : 1));
  const first = lines.indexOf(local[0]!);
  const rest = lines.filter((l) => !local.includes(l));
  rest.splice(first, 0, ...sorted);
  const lastSpread = rest.findLastIndex((l) => /^ {2}\.\.\.\w+,$/.test(l));
  rest.splice(lastSpread + 1, 0, ...mine.map((m) => `  ...${camel(m)},`));
  const config = await resolveConfig(file);
  writeFileSync(file, await format(rest.join('\n'), { ...config, parser: 'typescript' }));
}

async function main(): Promise<void> {
  const english = new Map(
    partFiles('en').map((f) => [f, readEntries(path.join(CATALOGUES, 'en', f)).map((e) => e.key)]),
  );
  for (const lang of Object.keys(TRANSLATED) as Language[]) await syncLanguage(lang, english);
  for (const lang of ['en', ...Object.keys(TRANSLATED)] as ('en' | Language)[])
    await placeParts(lang, [...english.keys()]);
}

await main();
