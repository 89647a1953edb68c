/**
 * Where the runner's RSS at start goes (issue 49; issue 61's floor table): each big dependency
 * loaded alone in a bare node, used as the runner uses it, its RSS (anonymous and file-mapped)
 * and V8 heap read 1.5 s later; the median of `--runs` processes per part. Beside start-rss.ts
 * (the whole runner), the differences from the bare node say what each part costs.
 *
 *   npx tsx bench/runner/start-parts.ts [--runs 3] [--trace]
 *
 * The store's parts open a month of history at 60 s checks, both families, simulated by the
 * store bench's simulation (bench/store/simulate.ts) through the real store and saved to disk:
 * once through sql.js alone, once through the product's store (bundled as the runner bundles
 * it). Our own code (the settings schema, the contract, the identity lookup, the logger, the
 * store) is bundled with esbuild into a temporary folder, its libraries inside as the runner has
 * them (esbuild.headless.mjs's BUNDLED), every other package left in node_modules.
 * `--trace` also prints the packages the built runner (out/headless/index.js) loads through
 * node's ESM loader and require() up to 3 s after its first check (tests/helpers/trace-loads.mjs,
 * trace-requires.cjs).
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
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
/** The plugins api/server.ts registers: cookies, the door's rate limit (auth-hook.ts, as it sets it), the dashboard's files. */
const PLUGINS = `
await app.register((await import('@fastify/cookie')).default);
await app.register((await import('@fastify/rate-limit')).default, { global: false, cache: 1000 });
await app.register((await import('@fastify/static')).default, { root: process.cwd() + '/out/renderer', prefix: '/' });`;

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

/** Our code the parts load, each bundled as the runner bundles it: what the entry exports is what the part uses. */
const ENTRIES = {
  settings: "export { defaultSettings, settingsSchema } from './shared/settings';",
  contract: "export { defaultSettings } from './shared/settings'; export * as contract from './shared/contract';",
  identity: "export { createIdentityLookup } from './electron/engine/identity/lookup';",
  store:
    "export { openHistoryStore } from './electron/engine/store'; export { systemClock } from './electron/engine/clock'; export { createLogger } from './electron/engine/logger';",
  logger: "export { createLogger, formatLogRecord } from './electron/engine/logger';",
  /** All of our parts in one bundle, as the runner has them: one zod, one copy of what they share. */
  together: [
    "export { defaultSettings, settingsSchema } from './shared/settings';",
    "export * as contract from './shared/contract';",
    "export { createIdentityLookup } from './electron/engine/identity/lookup';",
    "export { openHistoryStore } from './electron/engine/store';",
    "export { systemClock } from './electron/engine/clock';",
    "export { createLogger, formatLogRecord } from './electron/engine/logger';",
  ].join('\n'),
};
type Bundles = Record<keyof typeof ENTRIES, string>;
/** As esbuild.headless.mjs: these libraries inside the bundle, every other package from node_modules. */
const OUTSIDE = ['fastify', 'fastify/*', '@fastify/*', 'sql.js', 'sql.js/*', 'proxy-from-env', 'proper-lockfile'];

/** Builds what the parts need: a month's database and our code bundled. */
async function prepare(dir: string): Promise<{ dataDir: string; dbFile: string; dbKB: number; bundles: Bundles }> {
  const clock = simClock();
  const logger = createLogger('bench.parts', { level: 'warn', sink: (r) => process.stderr.write(`${r.message}\n`) });
  const dataDir = join(dir, 'data');
  const store = await openHistoryStore({ dataDir, clock, logger, backupsKeep: 0, statsRetentionDays: 30 });
  const sim = simulation(store, clock, [4, 6]);
  for (let m = 0; m < 30 * 1440; m++) sim.minute(m);
  await store.flush();
  await store.close();
  const dbFile = join(dataDir, 'history.sqlite');
  const bundles = {} as Bundles;
  for (const [name, contents] of Object.entries(ENTRIES) as [keyof Bundles, string][]) {
    bundles[name] = join(dir, `${name}.mjs`);
    await build({
      stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      // The bundle's CommonJS parts require() as the runner's banner lets them.
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
      external: OUTSIDE,
      outfile: bundles[name],
      logLevel: 'warning',
    });
  }
  return { dataDir, dbFile, dbKB: Math.round((await stat(dbFile)).size / 1024), bundles };
}

const imp = (file: string) => `(await import(${JSON.stringify(file)}))`;

/** Each part: its name and the code a fresh node runs. */
function parts(p: { dataDir: string; dbFile: string; bundles: Bundles }): [string, string][] {
  const b = p.bundles;
  // Our parts take the bundle they import: their own, or the one all share in the last row.
  const contract = (f: string) => `const c = ${imp(f)}; globalThis.s = [c.defaultSettings(), c.contract];`;
  const commander = `globalThis.c = await import('commander');`;
  // What net/client.ts loads (issue 61) and --trace shows at start: Node's own http, https and tls, an Agent each, proxy-from-env.
  const http = `const h = await import('node:http'); const s = await import('node:https'); await import('node:tls');
    const { getProxyForUrl } = await import('proxy-from-env'); getProxyForUrl('http://127.0.0.1/');
    globalThis.a = [new h.Agent({ keepAlive: true }), new s.Agent({ keepAlive: true })];`;
  // The product's lookup: each family's AS table searched on disk and country MMDB read by range; a lookup each.
  const identity = (f: string) => `const l = ${imp(f)}.createIdentityLookup(); globalThis.l = l;
    globalThis.extra = JSON.stringify([l.lookup('81.2.69.142'), l.lookup('2a00:1450:4001:82b::200e')].map((x) => x && x.country));`;
  // The store as the runner opens it: the data folder's file, the runner's clock and a quiet logger.
  const store = (f: string) => `const m = ${imp(f)};
    globalThis.st = await m.openHistoryStore({ dataDir: ${JSON.stringify(p.dataDir)}, clock: m.systemClock, backupsKeep: 0,
      logger: m.createLogger('parts', { level: 'warn', sink: () => {} }) });`;
  // The logger as the runner's --json uses it: a record a line, 200 lines formatted.
  const logger = (f: string) => `const m = ${imp(f)}; let n = 0;
    const log = m.createLogger('parts', { level: 'info', sink: (r) => (n += m.formatLogRecord(r).length) });
    for (let i = 0; i < 200; i++) log.info('check', { family: 4, ip: '81.2.69.142', ms: i }); globalThis.extra = n + ' characters';`;
  const fastify = FASTIFY + PLUGINS + ROUTES_LISTEN;
  return [
    ['bare node', ''],
    ['fastify, ~60 routes, listening', FASTIFY + ROUTES_LISTEN],
    ['fastify + cookie, rate-limit, static (as the API has them)', fastify],
    ['sql.js + a month of history opened', sqlPart(p.dbFile)],
    ["the product's store (bundled) opening the month from disk", store(b.store)],
    ['zod + our settings schema (bundled)', `globalThis.s = ${imp(b.settings)}.defaultSettings();`],
    ['zod + settings + the API contract (bundled)', contract(b.contract)],
    ['commander', commander],
    ['node:http, https, tls, proxy-from-env, an Agent each', http],
    ["identity: the product's lookup, both families (by range)", identity(b.identity)],
    ["the product's logger, 200 records formatted", logger(b.logger)],
    [
      'together: all of the above',
      // Each in a block of its own, so their names cannot meet; our code from one bundle; the store is sql.js's one user.
      [fastify, store(b.together), contract(b.together), commander, http, identity(b.together), logger(b.together)]
        .map((c) => `{${c}}`)
        .join('\n'),
    ],
  ];
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: needs a whole number >= 1');
  // Inside the repository (.bench-tmp is ignored): the bundles find the packages left outside them in node_modules.
  await mkdir(join(REPO_ROOT, '.bench-tmp'), { recursive: true });
  const dir = await mkdtemp(join(REPO_ROOT, '.bench-tmp', 'parts-'));
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
