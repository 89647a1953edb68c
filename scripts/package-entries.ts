/**
 * The packed packages' entry points: electron-builder.yml leaves out copies of code that never runs
 * (minified, browser and bundled builds), and a filter that takes one file too many leaves a package
 * that cannot load. This finds each packed package's main entry as Node resolves it (the `exports`
 * "." target under the conditions Node matches, else `main`, else index.js) and names those whose
 * entry is not packed. Subpath exports are not checked: a package may export files nothing loads.
 */

/**
 * The conditions Node matches when it requires and when it imports a package; in an `exports` object
 * the first key in this set wins (nodejs.org/api/packages.html, "Conditional exports").
 */
const REQUIRE = ['node', 'require', 'module-sync', 'default'];
const IMPORT = ['node', 'import', 'module-sync', 'default'];

type Exports = string | null | Exports[] | { [key: string]: Exports };

/** The file Node is sent to for the package itself ("."), under one set of conditions. Pure. */
function resolveExport(exports: Exports | undefined, conditions: string[]): string | undefined {
  if (exports === undefined || exports === null) return undefined;
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) return exports.length ? resolveExport(exports[0], conditions) : undefined;
  if (Object.keys(exports).some((k) => k.startsWith('.'))) return resolveExport(exports['.'], conditions);
  // A matching condition whose own conditions all miss falls through to the next key, as in Node.
  for (const key of Object.keys(exports).filter((k) => conditions.includes(k))) {
    const target = resolveExport(exports[key], conditions);
    if (target !== undefined) return target;
  }
  return undefined;
}

/** Every file `exports` sends Node to for the package itself, when required and when imported. Pure. */
export function exportTargets(exports: unknown): string[] {
  return [
    ...new Set([REQUIRE, IMPORT].map((c) => resolveExport(exports as Exports, c)).filter((t) => t !== undefined)),
  ];
}

/** The fields of a package.json that say where its entry is (read as JSON, so not yet checked). */
export interface EntryFields {
  main?: string;
  exports?: unknown;
}

const join = (dir: string, rel: string) => `${dir}/${rel.replace(/^\.\//, '').replace(/\/$/, '')}`;

/** Node's legacy `main` lookup: the file as written, with .js, .json or .node, or its folder's index. */
function mainCandidates(dir: string, main: string): string[] {
  const f = join(dir, main);
  return [f, `${f}.js`, `${f}.json`, `${f}.node`, `${f}/index.js`, `${f}/index.json`];
}

/**
 * Each packed package whose entry point is not in the asar (with what it lacks). A package with no
 * `exports`, no `main` and no index.js is only ever loaded by subpath (or holds data) and is skipped. Pure.
 */
export function missingEntries(files: string[], readPkg: (packageJson: string) => EntryFields | undefined): string[] {
  const set = new Set(files);
  const problems: string[] = [];
  for (const f of files) {
    const m = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(f);
    if (!m) continue;
    const dir = m[1]!;
    const pkg = readPkg(f);
    if (!pkg) continue;
    const name = dir.slice(dir.lastIndexOf('/node_modules/') + '/node_modules/'.length);
    if (pkg.exports !== undefined) {
      for (const target of exportTargets(pkg.exports))
        if (!set.has(join(dir, target))) problems.push(`${name}'s entry ${target} is not packed`);
    } else if (typeof pkg.main === 'string') {
      if (!mainCandidates(dir, pkg.main).some((c) => set.has(c)))
        problems.push(`${name}'s main ${pkg.main} is not packed`);
    }
  }
  return problems;
}
