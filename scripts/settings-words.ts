/**
 * The English catalogue of the settings' own words (docs/i18n.md), generated from the schema: every
 * label, help and choice name given with schema-common `about`, each once, keyed by
 * shared/settings/meta-keys.ts. One part per settings module (the module whose schema first holds
 * the words), so each file stays short and a translator works module by module:
 * shared/i18n/catalogues/en/settings-fields-<module>.ts, gathered in en/settings-fields.ts. The
 * labels pages outside Settings show (shared/words/setting-label.ts) are a part of their own,
 * `outside`: the dashboard's first words hold it, the other parts come with the Settings page
 * (en/settings-page.ts).
 *
 *   npx tsx scripts/settings-words.ts          # rewrites the English parts
 *   npx tsx scripts/settings-words.ts --check  # exits 1 when they are stale
 *
 * de/ and id/ hold the same parts, typed against these (a key missing or extra fails the
 * typecheck); tests/scripts/settings-words.test.ts fails when the committed English is stale. Each
 * message is the text as ICU (icuLiteral): formatted, it says exactly what the schema says.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';
import { globalRegistry } from 'zod/v4/core';
import type * as z from 'zod/v4/core';

import { DDNS_SPECS } from '../shared/settings/ddns-providers';
import { icuLiteral, metaKey } from '../shared/settings/meta-keys';
import { SETTING_LABELS } from '../shared/words/setting-label';

const ROOT = path.join(import.meta.dirname, '..');
export const SETTINGS_DIR = path.join(ROOT, 'shared', 'settings');
export const EN_DIR = path.join(ROOT, 'shared', 'i18n', 'catalogues', 'en');

type Def = Record<string, unknown>;
const defOf = (s: unknown): Def | null =>
  s && typeof s === 'object' && '_zod' in s ? ((s as { _zod: { def: Def } })._zod.def ?? null) : null;

/** Every schema reachable from `root`: wrappers, pipes, objects, arrays, unions, records. */
function reachable(root: z.$ZodType, seen: Set<unknown>, out: z.$ZodType[]): void {
  if (seen.has(root)) return;
  seen.add(root);
  out.push(root);
  const d = defOf(root);
  if (!d) return;
  const next: unknown[] = [d.innerType, d.in, d.out, d.element, d.keyType, d.valueType, d.left, d.right];
  if (d.shape && typeof d.shape === 'object') next.push(...Object.values(d.shape as object));
  if (Array.isArray(d.options)) next.push(...(d.options as unknown[]));
  if (Array.isArray(d.items)) next.push(...(d.items as unknown[]));
  for (const n of next) if (defOf(n)) reachable(n as z.$ZodType, seen, out);
}

/** The labels named outside Settings: their own part, whichever module holds them. */
const OUTSIDE: ReadonlySet<string> = new Set(Object.values(SETTING_LABELS));

/** The words of one module's schemas, in the order met: [key, English]; the `outside` ones apart. */
function wordsOf(schemas: z.$ZodType[], taken: Set<string>, outside: [string, string][]): [string, string][] {
  const out: [string, string][] = [];
  const add = (kind: 'label' | 'help' | 'choice', text: unknown) => {
    if (typeof text !== 'string' || !text) return;
    const key = metaKey(kind, text);
    if (taken.has(key)) return;
    taken.add(key);
    (OUTSIDE.has(key) ? outside : out).push([key, icuLiteral(text)]);
  };
  for (const s of schemas) {
    const m = globalRegistry.get(s);
    if (!m) continue;
    add('label', m.title);
    add('help', m.description);
    const choices = (m as { choices?: Record<string, string> }).choices;
    for (const c of Object.values(choices ?? {})) add('choice', c);
  }
  return out;
}

/** An export's schemas: the export itself, or the schemas of a plain record of them (CHANNEL_OPTIONS, by type). */
const schemasIn = (value: unknown): z.$ZodType[] =>
  defOf(value)
    ? [value as z.$ZodType]
    : value && typeof value === 'object' && !Array.isArray(value)
      ? (Object.values(value).filter((v) => defOf(v)) as z.$ZodType[])
      : [];

/** What a part holds, for its file's first line. */
const SOURCE_OF = (part: string): string =>
  part === 'outside'
    ? "the settings' labels other pages show, as shared/words/setting-label.ts lists them"
    : part.startsWith('ddns-providers-')
      ? `the own words of the DNS providers ${part.slice(-3)} (shared/settings/ddns-providers/)`
      : `the settings' words from shared/settings/${part === 'general' ? 'index' : part}.ts`;

const camel = (name: string) => name.replace(/-(.)/g, (_, c: string) => c.toUpperCase());

/**
 * The DNS providers' own words apart from the record's common ones, one part per range of
 * provider ids, so no file passes 400 lines as providers come: a word only one provider's schema
 * holds goes to its range's part (`ddns-providers-a-f`); a word two share stays in `ddns`. Adding
 * a provider moves no other provider's word, unless the two now share it.
 */
const DDNS_RANGES: readonly (readonly [string, string])[] = [
  ['a', 'f'],
  ['g', 'm'],
  ['n', 'r'],
  ['s', 'z'],
];
const rangeOf = (id: string) => DDNS_RANGES.find(([a, b]) => id[0]! >= a && id[0]! <= b) ?? DDNS_RANGES.at(-1)!;

function splitDdns(parts: { name: string; words: [string, string][] }[]): void {
  const at = parts.findIndex((p) => p.name === 'ddns');
  if (at < 0) return;
  const owners = new Map<string, string[]>();
  for (const spec of DDNS_SPECS) {
    const schemas: z.$ZodType[] = [];
    reachable(spec.schema as unknown as z.$ZodType, new Set(), schemas);
    for (const [key] of wordsOf(schemas, new Set(), [])) owners.set(key, [...(owners.get(key) ?? []), spec.id]);
  }
  const byRange = new Map(DDNS_RANGES.map((r) => [r, [] as [string, string][]]));
  const common = parts[at]!.words.filter((w) => {
    const ids = owners.get(w[0]);
    if (ids?.length !== 1) return true;
    byRange.get(rangeOf(ids[0]!))!.push(w);
    return false;
  });
  parts[at] = { name: 'ddns', words: common };
  const ranges = [...byRange].filter(([, words]) => words.length);
  parts.splice(at + 1, 0, ...ranges.map(([[a, b], words]) => ({ name: `ddns-providers-${a}-${b}`, words })));
}

/** Each part's file name and text, and the gathering file's. */
export async function settingsWordFiles(): Promise<Map<string, string>> {
  const modules = (await readdir(SETTINGS_DIR)).filter((f) => f.endsWith('.ts')).sort();
  const seen = new Set<unknown>();
  const taken = new Set<string>();
  const outside: [string, string][] = [];
  const parts: { name: string; words: [string, string][] }[] = [{ name: 'outside', words: outside }];
  // index.ts last: the modules it gathers give their words their own part first.
  for (const file of [...modules.filter((f) => f !== 'index.ts'), 'index.ts']) {
    const mod = (await import(path.join(SETTINGS_DIR, file))) as Record<string, unknown>;
    const schemas: z.$ZodType[] = [];
    // By export name: a module namespace's own order (sorted), whatever loaded the module.
    for (const name of Object.keys(mod).sort()) for (const s of schemasIn(mod[name])) reachable(s, seen, schemas);
    const words = wordsOf(schemas, taken, outside);
    if (words.length) parts.push({ name: file === 'index.ts' ? 'general' : file.replace(/\.ts$/, ''), words });
  }
  splitDdns(parts);
  const files = new Map<string, string>();
  const config = await resolveConfig(path.join(EN_DIR, 'index.ts'));
  const pretty = (text: string) => format(text, { ...config, parser: 'typescript' });
  for (const p of parts) {
    const v = camel(`settings-fields-${p.name}`);
    const body = p.words.map(([k, t]) => `  ${JSON.stringify(k)}: ${JSON.stringify(t)},`).join('\n');
    files.set(
      `settings-fields-${p.name}.ts`,
      await pretty(
        `/** English: ${SOURCE_OF(p.name)} (generated by scripts/settings-words.ts; do not edit). */\nexport const ${v} = {\n${body}\n} as const;\n`,
      ),
    );
  }
  // Imports by path, as the linter orders them; the spreads keep the parts' order.
  const imports = [...parts]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => `import { ${camel(`settings-fields-${p.name}`)} } from './settings-fields-${p.name}';`);
  const spreads = parts.map((p) => `  ...${camel(`settings-fields-${p.name}`)},`);
  files.set(
    'settings-fields.ts',
    await pretty(
      `/** English: every setting's label, help and choice names, one part per settings module (generated by scripts/settings-words.ts; do not edit). */\n${imports.join('\n')}\n\nexport const settingsFields = {\n${spreads.join('\n')}\n} as const;\n`,
    ),
  );
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [name, text] of await settingsWordFiles()) {
    const file = path.join(EN_DIR, name);
    const now = await readFile(file, 'utf8').catch(() => '');
    if (now === text) continue;
    stale = true;
    if (!check) await writeFile(file, text);
    console.log(`${check ? 'stale' : 'wrote'}: ${path.relative(ROOT, file)}`);
  }
  if (check && stale) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
