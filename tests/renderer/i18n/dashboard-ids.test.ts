/**
 * The dashboard loads its words' chunk (enDashboard and its translations), not the whole catalogue:
 * the tray's, the notices' and the bot's areas are the engine's. No page may then show an id the
 * chunk lacks. Every id named in the code the dashboard can run (main.tsx and every chunk it may
 * import, pages and shared words modules alike, as esbuild bundles them) is read from its source:
 * a quoted id must be in the chunk, and a template such as `notice.field.${name}` must name no id
 * outside it. Read from the source, not from what a render happens to show, so a page or branch
 * no test opens is covered too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

import { en, enDashboard } from '../../../shared/i18n/catalogues/en';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ALL = Object.keys(en);
const inChunk = (id: string) => Object.hasOwn(enDashboard, id);

/** The source files the dashboard may run: main.tsx and every chunk it imports, statically or not. */
async function dashboardSources(): Promise<string[]> {
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
  return Object.keys(r.metafile.inputs).filter(
    // The catalogues are the words themselves, not a use of them.
    (f) => !f.includes('node_modules/') && !f.startsWith('shared/i18n/catalogues/'),
  );
}

/** Ids a source names: quoted whole, or as the fixed start of a template (`a.b.${x}`). */
function namedIds(source: string): { whole: string[]; prefixes: string[] } {
  const whole = [...source.matchAll(/['"`]([a-zA-Z0-9]+(?:\.[a-zA-Z0-9-]+)+)['"`]/g)].map((m) => m[1]!);
  const prefixes = [...source.matchAll(/`([a-zA-Z0-9]+\.[a-zA-Z0-9.-]*)\$\{/g)].map((m) => m[1]!);
  return { whole: whole.filter((id) => ALL.includes(id)), prefixes };
}

describe("the dashboard's words chunk", () => {
  let files: string[];
  beforeAll(async () => {
    files = await dashboardSources();
  });

  it('holds every id the dashboard names', async () => {
    expect(files).toContain('renderer/src/pages/Settings.tsx');
    expect(files).toContain('shared/words/duration.ts');
    const missing: string[] = [];
    let named = 0;
    for (const file of files) {
      const { whole, prefixes } = namedIds(await readFile(path.join(ROOT, file), 'utf8'));
      named += whole.length;
      for (const id of whole) if (!inChunk(id)) missing.push(`${file}: ${id}`);
      for (const p of prefixes)
        for (const id of ALL.filter((i) => i.startsWith(p)))
          if (!inChunk(id)) missing.push(`${file}: ${p}\${…} -> ${id}`);
    }
    expect(named).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('leaves out the engine’s own areas', () => {
    for (const id of ['tray.menu.quit', 'bot.cmd.ip.name', 'notice.changed.title']) {
      expect(ALL).toContain(id);
      expect(inChunk(id)).toBe(false);
    }
  });

  it('would see a page naming an engine id, quoted or by its prefix', () => {
    const ids = namedIds("t('tray.menu.quit'); formatMessage({ id: `notice.field.${name}` })");
    expect(ids.whole.filter((id) => !inChunk(id))).toEqual(['tray.menu.quit']);
    expect(ids.prefixes).toEqual(['notice.field.']);
  });
});
