/**
 * The dashboard's first load is main.tsx and what it imports statically; the other pages (and the
 * first-run steps) load when opened. zod is 260 KB of source to evaluate before the first render,
 * and the dashboard validates nothing, so none of it may be reached from there: a runtime value
 * the dashboard needs lives in a schema-free module (shared/network-identity.ts,
 * shared/monitor-states.ts) that the schema file imports. Split as the build splits it: static
 * imports join the first load, `import()` starts a chunk of its own. The Sites page, opened
 * first from a link to `#/sites`, shows a thousand sites without validating one either (issue
 * 61): its chunk is evaluated before its first frame, so zod may not be reached from it.
 */
import path from 'node:path';

import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The source files in an output file and in every chunk it imports statically, transitively. */
function staticInputs(meta: Metafile, output: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const walk = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    const o = meta.outputs[out]!;
    for (const input of Object.keys(o.inputs)) files.add(input);
    for (const i of o.imports) if (i.kind === 'import-statement') walk(i.path);
  };
  walk(output);
  return files;
}

const outputOf = (meta: Metafile, entry: string) =>
  Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === entry)!;

// esbuild names a file by its real path: `../main/node_modules/zod/...` where node_modules is a link.
const isZod = (input: string) => /(^|\/)node_modules\/zod\//.test(input);

describe("the dashboard's first load", () => {
  let meta: Metafile;
  beforeAll(async () => {
    const r = await build({
      absWorkingDir: ROOT,
      entryPoints: ['renderer/src/main.tsx', 'renderer/src/pages/Settings.tsx', 'renderer/src/pages/Sites.tsx'],
      bundle: true,
      splitting: true,
      format: 'esm',
      jsx: 'automatic',
      write: false,
      metafile: true,
      outdir: 'first-load',
      loader: { '.css': 'empty' },
      logLevel: 'error',
    });
    meta = r.metafile;
  });

  it('imports no zod', () => {
    const first = staticInputs(meta, outputOf(meta, 'renderer/src/main.tsx'));
    expect(first).toContain('renderer/src/pages/Dashboard.tsx');
    expect([...first].filter(isZod)).toEqual([]);
  });

  it('nor does the Sites page when it is the page opened', () => {
    const sites = staticInputs(meta, outputOf(meta, 'renderer/src/pages/Sites.tsx'));
    expect(sites).toContain('shared/words/fleet.ts');
    expect([...sites].filter(isZod)).toEqual([]);
  });

  it('would be seen to if it did: the Settings page, opened later, validates with zod', () => {
    const settings = staticInputs(meta, outputOf(meta, 'renderer/src/pages/Settings.tsx'));
    expect([...settings].some(isZod)).toBe(true);
  });
});
