/**
 * The parts alternatives.ts measures, each as the ES module code a fresh node runs (then
 * child-memory's MEMORY). Our code is bundled with esbuild first, as the runner bundles it
 * (zod and mmdb-lib inside the bundle, esbuild.headless.mjs), into a temporary folder.
 */
import { join } from 'node:path';

import { build } from 'esbuild';

import { REPO_ROOT } from '../engine/remote-world';

/** The bundles' entries: each exports what its part uses. */
const ENTRIES = {
  zod: "export { z } from 'zod';",
  zodMini: "import * as z from 'zod/mini'; export { z };",
  settings:
    "import { defaultSettings, settingsSchema } from './shared/settings'; export const run = () => settingsSchema.parse(defaultSettings());",
  sliceClassic:
    "import { serviceMonitorsSchema } from './shared/settings/service-monitor'; export const run = (v) => serviceMonitorsSchema.parse(v);",
  sliceMini:
    "import { serviceMonitorsSchema } from './bench/runner/settings-slice-mini'; export const run = (v) => serviceMonitorsSchema.parse(v);",
  sliceClassicCopy: "export { serviceMonitorsSchema as s } from './shared/settings/service-monitor';",
  sliceMiniCopy: "export { serviceMonitorsSchema as s } from './bench/runner/settings-slice-mini';",
  mmdbWhole: "export { Reader } from 'mmdb-lib';",
  mmdbRange: "export { openMmdb } from './electron/engine/identity/mmdb-file';",
};
/** Bundled with zod left outside (from node_modules): copies of the slice share one zod, so their cost is the schema's alone. */
const ZOD_OUTSIDE = new Set(['sliceClassicCopy', 'sliceMiniCopy']);
export type Bundles = Record<keyof typeof ENTRIES, string>;

export async function bundle(dir: string): Promise<Bundles> {
  const out = {} as Bundles;
  for (const [name, contents] of Object.entries(ENTRIES) as [keyof Bundles, string][]) {
    out[name] = join(dir, `${name}.mjs`);
    await build({
      stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      outfile: out[name],
      external: ZOD_OUTSIDE.has(name) ? ['zod', 'zod/*'] : [],
      logLevel: 'warning',
    });
  }
  return out;
}

/** How many copies of the slice the copies' parts load: the slope from 1 to COPIES is a copy's cost. */
export const COPIES = 11;

/** `n` copies of a slice module (separate module instances by their query), each parsing its defaults. */
const copies = (file: string, n: number) =>
  `globalThis.k = []; for (let i = 0; i < ${n}; i++) { const { s } = await import(${JSON.stringify(file)} + '?' + i); globalThis.k.push(s, s.parse({})); }`;

/** The service monitors the slice parses besides its defaults: one of each kind. */
export const MONITORS = {
  items: [
    { id: 'ssh', name: 'SSH', type: 'tcp', host: '192.168.1.10', port: 22 },
    { id: 'cloud', name: 'Cloud', type: 'http', url: 'https://cloud.example.org/status.php', expectStatus: 200 },
    { id: 'home', name: 'Home', type: 'dns', host: 'home.example.org', server: '1.1.1.1:53' },
  ],
};

/** The country MMDBs' path without the family's ending. */
const MMDB = 'node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-';

/** Lookups per family in an identity part: seeded addresses (mulberry32), each timed; the median goes in `extra`. */
export const LOOKUPS = 2000;

const imp = (file: string) => `await import(${JSON.stringify(file)})`;

/** 2,000 seeded IPv4 and as many IPv6 addresses (2000::/4), each looked up and timed. */
const lookups = (readers: string) => `
let a = 20261126; const rnd = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const r = ${readers}; const times = [];
for (let i = 0; i < ${LOOKUPS}; i++) for (const f of [4, 6]) {
  const ip = f === 4 ? [1 + Math.floor(rnd() * 223), 0, 0, 0].map((x, j) => j ? Math.floor(rnd() * 256) : x).join('.')
    : [0x2000 + Math.floor(rnd() * 0xc00), ...Array.from({ length: 7 }, () => Math.floor(rnd() * 65536))].map((n) => n.toString(16)).join(':');
  const t = performance.now(); r[f].get(ip); times.push(performance.now() - t);
}
times.sort((x, y) => x - y);
globalThis.keep = r;
globalThis.extra = 'lookup median ' + (times[times.length >> 1] * 1000).toFixed(1) + ' us, p99 ' + (times[Math.floor(times.length * 0.99)] * 1000).toFixed(0) + ' us';`;

/** Requests the HTTP parts send to the bench's local echo (IPv4, keep-alive). */
export const REQUESTS = 20;

const httpLoop = (get: string) => `
for (let i = 0; i < ${REQUESTS}; i++) { const body = await (${get}); if (body.trim() !== '81.2.69.142') throw new Error('echo: ' + body); }`;

/** Each part: [section, name, code]. `url` is the bench's echo server. */
export function parts(b: Bundles, url: string): [string, string, string][] {
  const u = JSON.stringify(url);
  return [
    ['', 'bare node', ''],
    ['zod', "import 'zod' (from node_modules)", `globalThis.k = await import('zod');`],
    ['zod', "import 'zod/mini' (from node_modules)", `globalThis.k = await import('zod/mini');`],
    ['zod', 'zod bundled, no schema', `globalThis.k = ${imp(b.zod)};`],
    ['zod', 'zod/mini bundled, no schema', `globalThis.k = ${imp(b.zodMini)};`],
    ['zod', 'settings schema as it is, defaults parsed', `globalThis.k = (${imp(b.settings)}).run();`],
    [
      'zod',
      'slice in zod (service monitors), parsed',
      `const m = ${imp(b.sliceClassic)}; globalThis.k = [m.run({}), m.run(${JSON.stringify(MONITORS)})];`,
    ],
    [
      'zod',
      'slice in zod/mini, parsed',
      `const m = ${imp(b.sliceMini)}; globalThis.k = [m.run({}), m.run(${JSON.stringify(MONITORS)})];`,
    ],
    ['zod', 'slice in zod, zod outside, 1 copy', copies(b.sliceClassicCopy, 1)],
    ['zod', `slice in zod, zod outside, ${COPIES} copies`, copies(b.sliceClassicCopy, COPIES)],
    ['zod', 'slice in zod/mini, zod/mini outside, 1 copy', copies(b.sliceMiniCopy, 1)],
    ['zod', `slice in zod/mini, zod/mini outside, ${COPIES} copies`, copies(b.sliceMiniCopy, COPIES)],
    [
      'identity',
      'country MMDBs read whole (today)',
      `const { readFileSync } = await import('node:fs'); const { Reader } = ${imp(b.mmdbWhole)};` +
        lookups(`{ 4: new Reader(readFileSync('${MMDB}ipv4.mmdb')), 6: new Reader(readFileSync('${MMDB}ipv6.mmdb')) }`),
    ],
    [
      'identity',
      "country MMDBs read by range (the product's mmdb-file.ts: fd + pread, 8 pages of 4 KB)",
      `const { openMmdb } = ${imp(b.mmdbRange)};` +
        lookups(`{ 4: openMmdb('${MMDB}ipv4.mmdb').reader, 6: openMmdb('${MMDB}ipv6.mmdb').reader }`),
    ],
    [
      'http',
      "undici's two files, an Agent (before issue 61)",
      `const [{ default: Agent }, { default: request }] = await Promise.all([import('undici/lib/dispatcher/agent.js'), import('undici/lib/api/api-request.js')]);
       const agent = new Agent({ keepAliveTimeout: 120000, connect: { family: 4, autoSelectFamily: false } }); const t = new URL(${u});` +
        httpLoop(
          `request.call(agent, { origin: t.origin, path: t.pathname, method: 'GET' }).then((r) => r.body.text())`,
        ),
    ],
    [
      'http',
      'node:http, an Agent (today: net/client.ts)',
      `const http = await import('node:http'); const agent = new http.Agent({ keepAlive: true, family: 4 });
       const get = () => new Promise((ok, fail) => http.get(${u}, { agent, family: 4 }, (res) => { let s = ''; res.setEncoding('utf8');
         res.on('data', (c) => (s += c)); res.on('end', () => ok(s)); }).on('error', fail));` + httpLoop('get()'),
    ],
    ['http', "Node's fetch (its own undici; no family per request)", httpLoop(`fetch(${u}).then((r) => r.text())`)],
  ];
}
