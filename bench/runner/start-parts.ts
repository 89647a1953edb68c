/**
 * Where the runner's RSS at start goes (issue 49): each big dependency loaded alone in a bare
 * node, used as the runner uses it, its RSS (anonymous and file-mapped) and V8 heap read 1.5 s
 * later; the median of `--runs` processes per part. Beside start-rss.ts (the whole runner), the
 * differences from the bare node say what each part costs.
 *
 *   npx tsx bench/runner/start-parts.ts [--runs 3] [--trace]
 *
 * The store's part opens a month of history at 60 s checks, both families, simulated by the
 * store bench's simulation (bench/store/simulate.ts) through the real store and saved to disk.
 * `--trace` also prints the packages the built runner (out/headless/index.js) loads through
 * node's ESM loader and require() up to 3 s after its first check (tests/helpers/trace-loads.mjs,
 * trace-requires.cjs).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build } from 'esbuild';

import { createLogger } from '../../electron/engine/logger';
import { openHistoryStore } from '../../electron/engine/store';
import { REPO_ROOT } from '../engine/remote-world';
import { median, round } from '../engine/stats';
import { simClock, simulation } from '../store/simulate';
import { measure, type Reading } from './child-memory';
import { traceRunnerLoads } from './start-trace';

/** The API server's fastify as api/server.ts makes it: its own compilers, ~60 routes, listening. */
const FASTIFY = `
const Fastify = (await import('fastify')).default;
const app = Fastify({ logger: false, schemaController: { compilersFactory: {
  buildValidator: () => () => () => true, buildSerializer: () => () => (d) => JSON.stringify(d) } } });
globalThis.app = app;`;
const ROUTES_LISTEN = `
for (let i = 0; i < 60; i++) app.get('/api/v1/r' + i, { schema: { summary: 'r' } }, async () => ({}));
await app.listen({ port: 0, host: '127.0.0.1' });`;
const COOKIE_STATIC = `
await app.register((await import('@fastify/cookie')).default);
await app.register((await import('@fastify/static')).default, { root: process.cwd() + '/out/renderer', prefix: '/' });`;
const SWAGGER = `
await app.register((await import('@fastify/swagger')).default, { openapi: { openapi: '3.1.0', info: { title: 't', version: '1' } } });`;

function sqlPart(dbFile: string): string {
  return `
const { readFileSync } = await import('node:fs');
const initSqlJs = (await import('sql.js')).default;
const SQL = await initSqlJs();
const db = new SQL.Database(readFileSync(${JSON.stringify(dbFile)}));
db.run('PRAGMA journal_mode = MEMORY'); db.run('PRAGMA temp_store = MEMORY');
for (const [t] of db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0].values) db.exec('SELECT * FROM "' + t + '"');
const bytes = db.export();
globalThis.extra = 'db ' + (bytes.length / 1024).toFixed(0) + ' KB';`;
}

/** Builds what the parts need: a month's database and our settings schema bundled with zod (as the runner bundles it). */
async function prepare(dir: string): Promise<{ dbFile: string; dbKB: number; schemaFile: string }> {
  const clock = simClock();
  const logger = createLogger('bench.parts', { level: 'warn', sink: (r) => process.stderr.write(`${r.message}\n`) });
  const store = await openHistoryStore({ dataDir: dir, clock, logger, backupsKeep: 0, statsRetentionDays: 30 });
  const sim = simulation(store, clock, [4, 6]);
  for (let m = 0; m < 30 * 1440; m++) sim.minute(m);
  await store.flush();
  await store.close();
  const dbFile = join(dir, 'history.sqlite');
  const schemaFile = join(dir, 'settings.mjs');
  await build({
    stdin: {
      contents: "export { defaultSettings, settingsSchema } from './shared/settings';",
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: schemaFile,
    logLevel: 'warning',
  });
  return { dbFile, dbKB: Math.round((await stat(dbFile)).size / 1024), schemaFile };
}

function parts(p: { dbFile: string; schemaFile: string }): [string, string][] {
  const schema = `(await import(${JSON.stringify(p.schemaFile)})).defaultSettings();`;
  const commander = `await import('commander');`;
  // What net/client.ts loads (issue 61): Node's own http and https, an Agent each.
  const http = `const h = await import('node:http'); const s = await import('node:https'); globalThis.a = [new h.Agent({ keepAlive: true }), new s.Agent({ keepAlive: true })];`;
  return [
    ['bare node', ''],
    ['fastify, ~60 routes, listening', FASTIFY + ROUTES_LISTEN],
    ['+ @fastify/cookie, @fastify/static', FASTIFY + COOKIE_STATIC + ROUTES_LISTEN],
    ['+ @fastify/swagger registered (before)', FASTIFY + COOKIE_STATIC + SWAGGER + ROUTES_LISTEN],
    ['sql.js + a month of history opened', sqlPart(p.dbFile)],
    ['zod + our settings schema (bundled)', schema],
    ['commander', commander],
    ['node:http + node:https, an Agent each', http],
    [
      'identity: both country MMDBs read',
      `const { readFileSync } = await import('node:fs');
       const { Reader } = await import('mmdb-lib');
       const d = 'node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-';
       globalThis.r = [new Reader(readFileSync(d + 'ipv4.mmdb')), new Reader(readFileSync(d + 'ipv6.mmdb'))];`,
    ],
    [
      'together: fastify with its plugins, sql.js, zod + schema, commander, node:http and https',
      FASTIFY + COOKIE_STATIC + ROUTES_LISTEN + sqlPart(p.dbFile) + schema + commander + http,
    ],
  ];
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: needs a whole number >= 1');
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-parts-'));
  try {
    const p = await prepare(dir);
    console.log(`a month of history (60 s checks, both families): ${p.dbKB} KB on disk`);
    console.log('part\tRSS MB\tanon\tfile\theap used\theap total\texternal\tnote');
    let bare = NaN;
    for (const [name, code] of parts(p)) {
      const rs: Reading[] = [];
      for (let r = 0; r < runs; r++) rs.push(await measure(code));
      const med = (f: keyof Omit<Reading, 'extra'>) => round(median(rs.map((x) => x[f])));
      if (name === 'bare node') bare = med('rss');
      const delta = name === 'bare node' ? '' : ` (+${round(med('rss') - bare)})`;
      console.log(
        `${name}\t${med('rss')}${delta}\t${med('anon')}\t${med('file')}\t${med('heapUsed')}\t${med('heapTotal')}\t` +
          `${med('external')}\t${rs[0]!.extra}`,
      );
    }
    if (process.argv.includes('--trace')) console.log(await traceRunnerLoads());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
