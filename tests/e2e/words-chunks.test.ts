/**
 * The built dashboard's words (issue 62's first-JS budget): each language's first words are a
 * chunk that neither holds nor imports Settings' words (shared/i18n/catalogues/<lang>/
 * settings-page.ts), so the first frame never fetches them; those come with the pages that name
 * them (renderer/src/i18n/settings-words.tsx). Read from the build itself, as rollup split it: a
 * spread of the whole catalogue left in the first chunk once kept Settings' chunk imported there.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { buildRenderer } from '../helpers/dashboard';

const ASSETS = path.resolve(import.meta.dirname, '../../out/renderer/assets');
const LANGUAGES = ['en', 'de', 'id'] as const;

let chunks: Map<string, string>;

/** The chunk exporting `name`, by file name. */
const exporting = (name: string): string => {
  const found = [...chunks].filter(([, text]) => new RegExp(`export\\{[^}]*\\bas ${name}\\b`).test(text));
  expect(found.map(([f]) => f)).toHaveLength(1);
  return found[0]![0];
};

/** The chunks `file` imports statically, itself included, and theirs. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of chunks
    .get(file)!
    .matchAll(/(?:import|export)[^"'()]*?from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g))
    staticClosure(m[1] ?? m[2]!, seen);
  return seen;
}

describe("the built dashboard's words chunks", () => {
  beforeAll(async () => {
    await buildRenderer();
    const files = (await readdir(ASSETS)).filter((f) => f.endsWith('.js'));
    chunks = new Map(
      await Promise.all(files.map(async (f) => [f, await readFile(path.join(ASSETS, f), 'utf8')] as const)),
    );
  }, 180_000);

  it.each(LANGUAGES)('%s: the first words import no chunk of Settings’ words', (language) => {
    const first = exporting(`${language}Dashboard`);
    const settings = exporting(`${language}Settings`);
    expect(first).not.toBe(settings);
    const reached = staticClosure(first);
    expect(reached.has(settings)).toBe(false);
    // Nor the words themselves, copied in: a label only Settings shows.
    for (const f of reached) expect(chunks.get(f)).not.toContain('settings.page.what');
  });
});
