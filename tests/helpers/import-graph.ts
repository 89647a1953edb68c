/**
 * The project's own import graph, read from the source text as /work/shared/tools/layers.mjs reads
 * it: every relative `import`, `export … from` and `import()`, type-only ones included (they
 * couple too), comments left out. tests/docs/architecture.test.ts reads the engine's rooms from it
 * and tests/docs/import-circles.test.ts its circles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every TypeScript source under `dir` (declaration files left out). */
export function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourcesOf(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const IMPORTS = [
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative specifiers `file` imports (`./field-trail`, `../../shared/reason`), as written. */
export function relativeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return IMPORTS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)).filter((s) => s.startsWith('.'));
}

/** The file a relative specifier names, as the bundler finds it; null for anything else. */
function resolved(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec).replace(/\.(js|mjs)$/, '');
  const candidates = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end);
  return candidates.find((c) => existsSync(c)) ?? null;
}

/**
 * The circles among `files`' imports: each a set of files (sorted, relative to `root`) every one
 * of which imports the others, directly or through the rest (Tarjan's strongly connected
 * components, those of more than one file).
 */
export function importCircles(files: string[], root: string): string[][] {
  const edges = new Map(files.map((f) => [f, new Set<string>()]));
  for (const f of files)
    for (const spec of relativeImportsOf(f)) {
      const to = resolved(f, spec);
      if (to && to !== f && edges.has(to)) edges.get(f)!.add(to);
    }
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const circle: string[] = [];
    for (let w = ''; w !== v;) {
      w = stack.pop()!;
      onStack.delete(w);
      circle.push(path.relative(root, w).split(path.sep).join('/'));
    }
    if (circle.length > 1) circles.push(circle.sort());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return circles;
}
