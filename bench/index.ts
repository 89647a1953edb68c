/**
 * `npm run bench [-- name...]`: runs the benchmark suites and prints one JSON object.
 * Each suite is a module whose default export resolves to its figures. Medians are taken
 * over several runs inside each suite; ratios are against the baseline each one names.
 */
const SUITES: Record<string, () => Promise<{ default: () => Promise<Record<string, unknown>> }>> = {
  engine: () => import('./engine'),
  store: () => import('./store'),
  notify: () => import('./notify'),
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(SUITES);
  const result: Record<string, unknown> = { node: process.version, platform: `${process.platform}-${process.arch}` };
  for (const name of names) {
    const load = SUITES[name];
    if (!load) throw new Error(`unknown suite "${name}" (have: ${Object.keys(SUITES).join(', ')})`);
    const suite = await load();
    result[name] = await suite.default();
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
