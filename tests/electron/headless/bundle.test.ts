/**
 * The headless bundle (esbuild.headless.mjs): the small libraries on its list are inlined,
 * every other dependency stays an import of node_modules, and the file runs under plain node.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { asciiOnly, BUNDLED } from '../../../esbuild.headless.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = path.join(ROOT, 'out', `bundle-test-${process.pid}`);
const run = promisify(execFile);

afterAll(() => rm(OUT, { recursive: true, force: true }));

describe('asciiOnly', () => {
  it.each([
    { name: 'a comment', text: '// 3 \u2026 5 \u2014 x\n', out: '// 3 \\u2026 5 \\u2014 x\n' },
    { name: 'Latin-1 too', text: 'const s = "\u00e9";', out: 'const s = "\\u00e9";' },
    { name: 'ASCII as is', text: 'const a = "\\u2026"; // ok', out: 'const a = "\\u2026"; // ok' },
  ])('$name', ({ text, out }) => {
    expect(asciiOnly(text)).toBe(out);
  });

  it('means the same in code: a string and a regular expression read back the character', () => {
    const code = asciiOnly('[("caf\u00e9 \u2026").length, /\u2026/.test("a\u2026b")]');
    expect(new Function(`return ${code}`)()).toEqual([6, true]);
  });
});

describe('headless bundle', () => {
  it('inlines its list, imports every other dependency, and runs', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['build:headless']).toBe('node esbuild.headless.mjs --outfile=out/headless/index.js');
    const file = path.join(OUT, 'index.js');
    // The last --outfile wins, as the oldest-node test relies on.
    await run(process.execPath, ['esbuild.headless.mjs', '--outfile=out/ignored.js', `--outfile=${file}`], {
      cwd: ROOT,
    });
    const text = await readFile(file, 'utf8');
    const imported = new Set(
      [
        ...text.matchAll(/^\s*import\b[^'"]*["']([^'"]+)["']/gm),
        ...text.matchAll(/\bimport\(\s*["']([^'"]+)["']\s*\)/g),
      ]
        .map((m) => m[1]!)
        .filter((s) => !s.startsWith('node:') && !s.startsWith('.'))
        .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!)),
    );
    for (const name of BUNDLED) {
      expect(Object.keys(pkg.dependencies)).toContain(name);
      expect(imported.has(name), `${name} is inlined`).toBe(false);
    }
    for (const name of imported) expect(Object.keys(pkg.dependencies), `${name} is a dependency`).toContain(name);
    expect(imported).toContain('sql.js');
    // zod/mini only (issue 61): one classic schema anywhere brings classic zod's classes back.
    expect(text).toContain('$constructor("ZodMiniObject"');
    expect(text).not.toContain('$constructor("ZodObject"');
    // One non-ASCII character anywhere (a comment too) makes V8 keep the whole source two bytes a character.
    expect(text.match(/[\u0080-\uffff]/g) ?? []).toEqual([]);
    const { stdout } = await run(process.execPath, [file, '--version'], { cwd: ROOT });
    expect(stdout.trim()).toBe(JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
