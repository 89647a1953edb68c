/**
 * Puts every message of the catalogues in its room (docs/i18n.md, "Where a word lives"): reads the
 * entries of shared/i18n/catalogues/{en,de,id}/*.ts with the TypeScript compiler (each entry's
 * source text, its leading comments and formatting kept), gives each key the room of its prefix
 * (scripts/catalogue-rooms-table.ts), writes one file per room in each language, rewrites the
 * gathering files (index.ts, settings-page.ts) for the rooms of each chunk, deletes the files
 * left empty and formats what it wrote with prettier. Deterministic, so it can be run again after
 * any merge: a room's entries follow the table's prefixes, then the order they were read in.
 *
 *   npx tsx scripts/catalogue-rooms.ts
 *
 * It fails, writing nothing, when a key has no room, when de/ or id/ lacks a key of en/ or has one
 * en/ lacks, or when a room's file would pass 400 lines (split the room by sub-prefix in the table).
 * The settings' field words (settings-fields*.ts) are scripts/settings-words.ts's and left as they are.
 */
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

import {
  type Chunk,
  exportName,
  GATHERERS,
  notARoom,
  prefixRank,
  type Room,
  roomOf,
  ROOMS,
} from './catalogue-rooms-table';

export const CATALOGUES = path.join(import.meta.dirname, '..', 'shared', 'i18n', 'catalogues');
export const LANGUAGES = ['en', 'de', 'id'] as const;
type Language = (typeof LANGUAGES)[number];
const MAX_LINES = 400;
const LANGUAGE_NAME: Record<Language, string> = { en: 'English', de: 'German', id: 'Indonesian' };
const GATHERED: Record<Chunk, (lang: Language) => { file: string; name: string }> = {
  dashboard: (lang) => ({ file: 'index.ts', name: `${lang}Dashboard` }),
  engine: () => ({ file: 'index.ts', name: 'engineAreas' }),
  settings: (lang) => ({ file: 'settings-page.ts', name: `${lang}Settings` }),
};

interface Entry {
  readonly key: string;
  /** The entry as written: its leading comments, the key and its message, without the comma. */
  readonly text: string;
}

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The object literal a catalogue file exports, under its `as const` and `satisfies`. */
function exportedObject(source: ts.SourceFile): ts.ObjectLiteralExpression {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)))
        init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) return init;
    }
  }
  throw new Error(`${source.fileName}: no exported object literal`);
}

/** A file's entries, each with its source text (leading comments kept). */
export function readEntries(file: string): Entry[] {
  const source = parse(file);
  const object = exportedObject(source);
  const entries = object.properties.map((property): Entry => {
    if (!ts.isPropertyAssignment(property) || !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)))
      throw new Error(`${file}: only 'key': 'message' entries are read, not "${property.getText(source)}"`);
    const text = source.text.slice(property.getFullStart(), property.getEnd()).replace(/^\s*(,\s*)?/, '');
    return { key: property.name.text, text };
  });
  const tail = source.text.slice(object.properties.end, object.getEnd() - 1);
  if (/\S/.test(tail.replace(/^\s*,/, '')))
    throw new Error(`${file}: a comment after the last entry has no entry to go with: move it above one`);
  return entries;
}

/** The files of a language that hold entries: every .ts file but the gatherers and the settings' field words. */
export const entryFiles = (lang: Language): string[] =>
  readdirSync(path.join(CATALOGUES, lang))
    .filter((f) => f.endsWith('.ts') && !notARoom(f) && !(GATHERERS as readonly string[]).includes(f))
    .sort();

function readLanguage(lang: Language): Map<string, Entry> {
  const all = new Map<string, Entry>();
  for (const f of entryFiles(lang))
    for (const entry of readEntries(path.join(CATALOGUES, lang, f))) {
      if (all.has(entry.key)) throw new Error(`${lang}/${f}: "${entry.key}" is in two files`);
      all.set(entry.key, entry);
    }
  return all;
}

/** en's keys by room, in the table's prefix order, then in the order they were read. */
function rooms(english: Map<string, Entry>): Map<Room, string[]> {
  const keys = [...english.keys()];
  const order = new Map(keys.map((k, i) => [k, i]));
  const byRoom = new Map<Room, string[]>();
  for (const key of keys) {
    const room = roomOf(key);
    byRoom.set(room, [...(byRoom.get(room) ?? []), key]);
  }
  for (const list of byRoom.values())
    list.sort((a, b) => prefixRank(a) - prefixRank(b) || order.get(a)! - order.get(b)!);
  return new Map(
    Object.values(ROOMS)
      .filter((r) => byRoom.has(r))
      .map((r) => [r, byRoom.get(r)!]),
  );
}

function roomText(lang: Language, room: Room, keys: string[], entries: Map<string, Entry>): string {
  const name = exportName(room.file);
  const lines: string[] = [];
  let rank = -1;
  for (const key of keys) {
    const entry = entries.get(key);
    if (!entry) throw new Error(`${lang}: "${key}" is missing (en/${room.file}.ts has it)`);
    if (rank !== -1 && prefixRank(key) !== rank) lines.push('');
    rank = prefixRank(key);
    lines.push(`  ${entry.text},`);
  }
  const body = lines.join('\n');
  const generated = "Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).";
  if (lang === 'en')
    return `/**\n * ${room.holds}.\n * ${generated}\n */\nexport const ${name} = {\n${body}\n} as const;\n`;
  return (
    `/**\n * ${LANGUAGE_NAME[lang]} (en/${room.file}.ts). ${room.holds}.\n * ${generated}\n */\n` +
    `import type { Area } from '../area';\nimport type { ${name} as source } from '../en/${room.file}';\n\n` +
    `export const ${name} = {\n${body}\n} as const satisfies Area<typeof source>;\n`
  );
}

/** An import's module path: imports are sorted by it, as import-x/order wants. */
const specifier = (line: string): string => /from '([^']+)'/.exec(line)?.[1] ?? line;

/** A gathering file with its room imports and its chunks' spreads rewritten; other imports and spreads kept. */
function gathererText(lang: Language, file: string, byRoom: Map<Room, string[]>, oldFiles: Set<string>): string {
  const source = parse(path.join(CATALOGUES, lang, file));
  const text = source.text;
  const edits: { start: number; end: number; with: string }[] = [];
  const kept: string[] = [];
  let firstImport = -1;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const spec = statement.moduleSpecifier.text;
    if (!spec.startsWith('./')) continue;
    if (firstImport === -1) firstImport = statement.getStart(source);
    if (!oldFiles.has(`${spec.slice(2)}.ts`)) kept.push(statement.getText(source));
    edits.push({ start: statement.getStart(source), end: statement.getEnd() + 1, with: '' });
  }
  const chunks = (Object.keys(GATHERED) as Chunk[]).filter((c) => GATHERED[c](lang).file === file);
  const mine = [...byRoom.keys()].filter((r) => chunks.includes(r.chunk));
  const imports = [...kept, ...mine.map((r) => `import { ${exportName(r.file)} } from './${r.file}';`)].sort((a, b) =>
    specifier(a) < specifier(b) ? -1 : 1,
  );
  edits.push({ start: firstImport, end: firstImport, with: `${imports.join('\n')}\n` });
  const keptNames = new Set(
    kept.flatMap(
      (k) =>
        /\{([^}]*)\}/
          .exec(k)?.[1]
          ?.split(',')
          .map((s) => s.trim().split(' as ').pop()!) ?? [],
    ),
  );
  ts.forEachChild(source, function visit(node) {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const chunk = chunks.find((c) => GATHERED[c](lang).name === (node.name as ts.Identifier).text);
      let init = node.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (chunk && init && ts.isObjectLiteralExpression(init)) {
        const spreads = init.properties
          .filter((p) => ts.isSpreadAssignment(p) && keptNames.has(p.expression.getText(source)))
          .map((p) => p.getText(source));
        const roomSpreads = mine.filter((r) => r.chunk === chunk).map((r) => `...${exportName(r.file)}`);
        edits.push({
          start: init.getStart(source),
          end: init.getEnd(),
          with: `{\n${[...roomSpreads, ...spreads].map((s) => `  ${s},`).join('\n')}\n}`,
        });
      }
    }
    ts.forEachChild(node, visit);
  });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.with + t.slice(e.end), text);
}

async function main(): Promise<void> {
  const read = Object.fromEntries(LANGUAGES.map((l) => [l, readLanguage(l)])) as Record<Language, Map<string, Entry>>;
  for (const lang of LANGUAGES.slice(1))
    for (const key of read[lang].keys())
      if (!read.en.has(key)) throw new Error(`${lang}: "${key}" is not in en/: remove it or add its English`);
  const byRoom = rooms(read.en);
  const config = await resolveConfig(path.join(CATALOGUES, 'en', 'index.ts'));
  const pretty = (file: string, text: string) => format(text, { ...config, filepath: file });
  const writes = new Map<string, string>();
  for (const lang of LANGUAGES) {
    const old = new Set(entryFiles(lang));
    for (const [room, keys] of byRoom) {
      const file = path.join(CATALOGUES, lang, `${room.file}.ts`);
      const text = await pretty(file, roomText(lang, room, keys, read[lang]));
      const count = text.split('\n').length - 1;
      if (count > MAX_LINES)
        throw new Error(`${lang}/${room.file}.ts would be ${count} lines: split the room by sub-prefix in the table`);
      writes.set(file, text);
    }
    for (const g of GATHERERS) {
      const file = path.join(CATALOGUES, lang, g);
      writes.set(file, await pretty(file, gathererText(lang, g, byRoom, old)));
    }
  }
  for (const [file, text] of writes) writeFileSync(file, text);
  const roomFiles = new Set([...byRoom.keys()].map((r) => `${r.file}.ts`));
  for (const lang of LANGUAGES)
    for (const f of entryFiles(lang)) if (!roomFiles.has(f)) unlinkSync(path.join(CATALOGUES, lang, f));
  console.log(`${byRoom.size} rooms, ${read.en.size} messages in each of ${LANGUAGES.join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
