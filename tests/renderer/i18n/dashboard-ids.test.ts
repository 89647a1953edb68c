/**
 * The dashboard loads its words in chunks, not the whole catalogue: the first words (enDashboard
 * and its translations), which the first frame waits for, and Settings' own (enSettings), fetched
 * with the pages that name them (renderer/src/i18n/settings-words.tsx); the tray's, the notices'
 * and the bot's areas are the engine's. No page may then show an id its words lack. Every id named
 * in the code the dashboard can run (main.tsx and every chunk it may import, pages and shared
 * words modules alike, as esbuild bundles them) is read from its source: a quoted id must be in
 * the words that code has, and a template such as `notice.field.${name}` must name no id outside
 * them. Code reached only through a page loaded with Settings' words has both chunks; any other
 * code only the first. Read from the source, not from what a render happens to show, so a page or
 * branch no test opens is covered too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

import { en, enDashboard } from '../../../shared/i18n/catalogues/en';
import { settingsFields } from '../../../shared/i18n/catalogues/en/settings-fields';
import { enSettings } from '../../../shared/i18n/catalogues/en/settings-page';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ALL = Object.keys(en);
const inFirst = (id: string) => Object.hasOwn(enDashboard, id);
const inEither = (id: string) => inFirst(id) || Object.hasOwn(enSettings, id);

/** The files whose loader is wrapped in withSettingsWords: they, and code only they reach, have both chunks. */
const WITH_SETTINGS_WORDS = [
  'renderer/src/pages/Settings.tsx',
  'renderer/src/pages/Activity.tsx',
  'renderer/src/first-run/FirstRun.tsx',
  'renderer/src/first-run/WebFirstRun.tsx',
];

/** The bundle's inputs: main.tsx and every chunk it imports, statically or not. */
async function bundleInputs(): Promise<Metafile['inputs']> {
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: ['renderer/src/main.tsx'],
    bundle: true,
    splitting: true,
    format: 'esm',
    jsx: 'automatic',
    write: false,
    metafile: true,
    outdir: 'ids',
    loader: { '.css': 'empty' },
    logLevel: 'error',
  });
  return r.metafile.inputs;
}

/** The source files reached from main.tsx, not passing through a dynamic import of `fences`. */
function reached(inputs: Metafile['inputs'], fences: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = ['renderer/src/main.tsx'];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of inputs[file]?.imports ?? [])
      if (!(imp.kind === 'dynamic-import' && fences.includes(imp.path))) todo.push(imp.path);
  }
  // The catalogues are the words themselves, not a use of them.
  return [...seen].filter((f) => !f.includes('node_modules/') && !f.startsWith('shared/i18n/catalogues/'));
}

/** Ids a source names: quoted whole, or as the fixed start of a template (`a.b.${x}`). */
function namedIds(source: string): { whole: string[]; prefixes: string[] } {
  const whole = [...source.matchAll(/['"`]([a-zA-Z0-9]+(?:\.[a-zA-Z0-9-]+)+)['"`]/g)].map((m) => m[1]!);
  const prefixes = [...source.matchAll(/`([a-zA-Z0-9]+\.[a-zA-Z0-9.-]*)\$\{/g)].map((m) => m[1]!);
  return { whole: whole.filter((id) => ALL.includes(id)), prefixes };
}

/** `file: id` for every id the files name that `has` lacks; and how many ids they name. */
async function missingIn(files: readonly string[], has: (id: string) => boolean) {
  const missing: string[] = [];
  let named = 0;
  for (const file of files) {
    const { whole, prefixes } = namedIds(await readFile(path.join(ROOT, file), 'utf8'));
    named += whole.length;
    for (const id of whole) if (!has(id)) missing.push(`${file}: ${id}`);
    for (const p of prefixes)
      for (const id of ALL.filter((i) => i.startsWith(p))) if (!has(id)) missing.push(`${file}: ${p}\${…} -> ${id}`);
  }
  return { missing, named };
}

describe("the dashboard's words chunks", () => {
  let inputs: Metafile['inputs'];
  beforeAll(async () => {
    inputs = await bundleInputs();
  });

  it('hold every id the dashboard names, the pages loaded with Settings’ words in either', async () => {
    const files = reached(inputs, []);
    expect(files).toContain('renderer/src/pages/Settings.tsx');
    expect(files).toContain('shared/words/duration.ts');
    const { missing, named } = await missingIn(files, inEither);
    expect(named).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('hold in the first chunk every id named by code reached without Settings’ words', async () => {
    for (const f of WITH_SETTINGS_WORDS) expect(Object.keys(inputs)).toContain(f);
    const files = reached(inputs, WITH_SETTINGS_WORDS);
    expect(files).toContain('renderer/src/pages/Connections.tsx');
    expect(files).toContain('shared/words/setting-label.ts');
    expect(files).not.toContain('renderer/src/pages/Settings.tsx');
    const { missing, named } = await missingIn(files, inFirst);
    expect(named).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('load exactly the pages fenced here with Settings’ words', async () => {
    const wrapped: string[] = [];
    for (const [file, input] of Object.entries(inputs)) {
      if (file.includes('node_modules/')) continue;
      const source = await readFile(path.join(ROOT, file), 'utf8');
      for (const m of source.matchAll(/withSettingsWords\(\s*\(\) =>\s*import\('([^']+)'\)/g)) {
        const target = input.imports.find((i) => i.kind === 'dynamic-import' && i.original === m[1]);
        wrapped.push(target?.path ?? m[1]!);
      }
    }
    expect(wrapped.sort()).toEqual([...WITH_SETTINGS_WORDS].sort());
  });

  it('leave Settings’ own words out of the first chunk, and no setting’s words out of both', () => {
    expect(Object.keys(enSettings).length).toBeGreaterThan(800);
    for (const id of Object.keys(enSettings)) expect(inFirst(id)).toBe(false);
    // A settings-fields part the generator adds (scripts/settings-words.ts) goes in one of them.
    for (const id of Object.keys(settingsFields)) expect(inEither(id)).toBe(true);
  });

  it('leave out the engine’s own areas', () => {
    for (const id of ['tray.menu.quit', 'bot.cmd.ip.name', 'notice.changed.title']) {
      expect(ALL).toContain(id);
      expect(inEither(id)).toBe(false);
    }
  });

  it('would see a page naming an engine id, quoted or by its prefix', () => {
    const ids = namedIds("t('tray.menu.quit'); formatMessage({ id: `notice.field.${name}` })");
    expect(ids.whole.filter((id) => !inFirst(id))).toEqual(['tray.menu.quit']);
    expect(ids.prefixes).toEqual(['notice.field.']);
  });
});
