/**
 * scripts/package-entries.ts against Node's own resolver: for real installed packages, the file
 * `require.resolve` and `import.meta.resolve` give must be the one the check wants packed, and
 * leaving that file out must be named as a problem. Packages are chosen for their shapes: nested
 * conditions with a browser default (yaml), import-only (vega), require and import builds (zod,
 * tldts), `main` only (lodash).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { exportTargets, missingEntries } from '../../scripts/package-entries';

const ROOT = path.join(import.meta.dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));

const listing = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listing(`${dir}/${e.name}`) : [`/${dir}/${e.name}`],
  );
const readPkg = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, never>;

/** What Node loads for `require(name)` and `import(name)`, as asar paths (a resolver that refuses is skipped). */
function nodeEntries(name: string): string[] {
  const found = new Set<string>();
  try {
    found.add(`/${path.relative(ROOT, require.resolve(name))}`);
  } catch {
    // an ES-module-only package has no require entry
  }
  const url = import.meta.resolve(name, pathToFileURL(path.join(ROOT, 'package.json')).href);
  found.add(`/${path.relative(ROOT, new URL(url).pathname)}`);
  return [...found];
}

describe('missingEntries, with Node as the oracle', () => {
  it.each(['yaml', 'vega', 'vega-lite', 'zod', 'tldts', 'lodash', 'discord.js', 'undici', 'fastify'])(
    '%s: whole, nothing is missing; without the file Node loads, the package is named',
    (name) => {
      const files = listing(`node_modules/${name}`);
      expect(missingEntries(files, readPkg)).toEqual([]);
      const entries = nodeEntries(name);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(files).toContain(entry);
        const without = files.filter((f) => f !== entry);
        expect(missingEntries(without, readPkg).join('\n')).toContain(`${name}'s`);
      }
    },
  );

  it('a package loaded only by subpath, or whose package.json cannot be read, is skipped', () => {
    const files = ['/node_modules/data/package.json', '/node_modules/data/a.csv', '/node_modules/bad/package.json'];
    expect(missingEntries(files, (f) => (f.includes('/bad/') ? undefined : {}))).toEqual([]);
  });

  it('a nested package is checked where it is installed', () => {
    const files = ['/node_modules/a/package.json', '/node_modules/a/node_modules/b/package.json'];
    expect(missingEntries(files, (f) => (f.includes('/b/') ? { main: 'lib/b' } : { main: 'index.js' }))).toEqual([
      "a's main index.js is not packed",
      "b's main lib/b is not packed",
    ]);
  });
});

describe('exportTargets', () => {
  it.each([
    ['a string', './x.js', ['./x.js']],
    ['the "." subpath only', { '.': './i.js', './extra': './e.js' }, ['./i.js']],
    ['node before the browser default', { types: './t.d.ts', node: './n.js', default: './b.js' }, ['./n.js']],
    ['require and import', { import: './m.mjs', require: './c.cjs' }, ['./c.cjs', './m.mjs']],
    ['a condition that misses falls through', { node: { worker: './w.js' }, default: './d.js' }, ['./d.js']],
    ['an array takes its first', [{ require: './r.js' }, './fallback.js'], ['./r.js']],
    ['only foreign conditions', { browser: './b.js', deno: './d.js' }, []],
    ['null', null, []],
  ])('%s', (_label, exports, want) => expect(exportTargets(exports)).toEqual(want));
});
