/**
 * What the rest of issue 49's RSS would take: three alternatives to what the runner loads,
 * each measured in fresh node processes beside what it would replace (alternatives-parts.ts),
 * RSS and V8 heap 1.5 s after the part loaded and ran; each figure the median of `--runs`
 * processes (5), the parts taken in turn in each round so a change of machine load falls on all.
 *
 *   npx tsx bench/runner/alternatives.ts [--runs 5]
 *
 * 1. The settings schema in zod against zod/mini. Only a slice is rebuilt in zod/mini
 *    (settings-slice-mini.ts: the service monitors); the bench first shows it is the same schema
 *    (the same results and issues for a set of values, the same JSON Schema with its metadata).
 *    A copy of the slice costs the slope from 1 to COPIES copies loaded on one zod (so the
 *    library and esbuild's tree-shaking of it drop out). The whole schema in zod/mini is then
 *    estimated as the whole schema measured in zod, less the two libraries' difference as
 *    bundled, less a copy's difference times the schema nodes' ratio (zod schema objects
 *    reachable, whole schema / slice); zod/mini's library counted both whole and tree-shaken as
 *    for the slice (the whole schema uses more of it: the truth lies between). The settings
 *    code that is not schema objects (words, defaults, migrations) is the same in both.
 * 2. The country MMDBs read whole (today) against reads by range: mmdb-lib's Reader over a file
 *    (the product's electron/engine/identity/mmdb-file.ts, since issue 61). The bench first checks
 *    that both answer the same for seeded addresses.
 * 3. undici's two files against node:http with an Agent (and Node's own fetch, for reference),
 *    each sending the same keep-alive GETs to a local echo in this process.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { Reader } from 'mmdb-lib';
import { z } from 'zod';

import { openMmdb } from '../../electron/engine/identity/mmdb-file';
import { settingsSchema } from '../../shared/settings';
import { serviceMonitorsSchema } from '../../shared/settings/service-monitor';
import { seededRandom } from '../../tests/helpers/random';
import { REPO_ROOT } from '../engine/remote-world';
import { median, round } from '../engine/stats';
import { randomPublic } from '../identity/addresses';
import { bundle, COPIES, MONITORS, parts } from './alternatives-parts';
import { measure, type Reading } from './child-memory';
import { serviceMonitorsSchema as sliceMini } from './settings-slice-mini';

/** zod schema objects reachable from `root` through their definitions (checks not counted). */
export function schemaNodes(root: unknown): number {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    if (!('_zod' in v)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (Object.getPrototypeOf(v) === Object.prototype) Object.values(v).forEach(visit);
      return;
    }
    seen.add(v);
    const def = (v as { _zod: { def: Record<string, unknown> } })._zod.def;
    for (const [k, x] of Object.entries(def)) if (k !== 'checks') visit(x);
  };
  visit(root);
  return seen.size;
}

/** The slice in zod/mini against the product's: the same results and issues, the same JSON Schema. */
function sliceIsFaithful(): string {
  const values = [
    {},
    MONITORS,
    {
      items: [
        { id: 'a', name: '', type: 'tcp', host: 'x y', port: 1.5 },
        { id: 'a', name: 'b', type: 'http', url: 'ftp://x' },
      ],
    },
    { items: [{ id: 'a', name: 'n', type: 'dns', host: 'h', server: 'nope', family: 5, timeoutSec: 0, extra: 1 }] },
    { items: 'x' },
  ];
  const show = (r: z.core.util.SafeParseResult<unknown>) =>
    JSON.stringify(r.success ? r.data : r.error.issues.map((i) => [i.code, i.path, i.message]));
  const same = values.filter((v) => show(serviceMonitorsSchema.safeParse(v)) === show(sliceMini.safeParse(v))).length;
  const json = (s: z.core.$ZodType) => JSON.stringify(z.toJSONSchema(s, { io: 'input' }));
  const jsonSame = json(serviceMonitorsSchema) === json(sliceMini);
  if (same !== values.length || !jsonSame)
    throw new Error(`the zod/mini slice differs: ${same}/${values.length}, JSON Schema ${jsonSame}`);
  return `the zod/mini slice parses ${same} of ${values.length} values (valid and not) as the product's, and its JSON Schema is the same`;
}

/** Both readers answer the same for seeded public addresses of each family. */
function readersAgree(n = 2000): string {
  const seed = 20261126;
  const dir = 'node_modules/@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country-';
  const out: string[] = [];
  for (const f of [4, 6] as const) {
    const whole = new Reader(readFileSync(`${dir}ipv${f}.mmdb`));
    const file = openMmdb(`${dir}ipv${f}.mmdb`);
    const byRange = file.reader;
    const random = seededRandom(seed + f);
    let same = 0;
    let known = 0;
    for (let i = 0; i < n; i++) {
      const ip = randomPublic(f, random);
      const a = JSON.stringify(whole.get(ip));
      if (a === JSON.stringify(byRange.get(ip))) same++;
      if (a !== 'null') known++;
    }
    file.close();
    if (same !== n) throw new Error(`IPv${f}: the readers differ on ${n - same} of ${n} addresses (seed ${seed + f})`);
    out.push(`IPv${f} ${same}/${n} (${known} known; ${(file.reads / n).toFixed(1)} page reads a lookup)`);
  }
  return `both MMDB readers answer the same, seed ${seed}+family: ${out.join(', ')}`;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs: needs a whole number >= 1');
  console.log(sliceIsFaithful());
  console.log(readersAgree());
  const nodes = {
    full: schemaNodes(settingsSchema),
    slice: schemaNodes(serviceMonitorsSchema),
    mini: schemaNodes(sliceMini),
  };
  console.log(
    `zod schema objects: the settings schema ${nodes.full}, the slice ${nodes.slice} (in zod/mini ${nodes.mini})`,
  );

  const echo = createServer((_req, res) => res.end('81.2.69.142\n'));
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  // Inside the repository, so the bundles that leave zod outside find it in node_modules.
  await mkdir(join(REPO_ROOT, 'test-output'), { recursive: true });
  const dir = await mkdtemp(join(REPO_ROOT, 'test-output', 'alternatives-'));
  try {
    const list = parts(await bundle(dir), `http://127.0.0.1:${(echo.address() as AddressInfo).port}/`);
    const readings: Reading[][] = list.map(() => []);
    for (let r = 0; r < runs; r++) for (const [k, [, , code]] of list.entries()) readings[k]!.push(await measure(code));
    const med = (k: number, f: 'rss' | 'anon' | 'heapUsed' | 'heapTotal' | 'external') =>
      round(median(readings[k]!.map((x) => x[f])));
    const by = (name: string) => list.findIndex(([, n]) => n.startsWith(name));
    console.log(`\nmedians of ${runs} processes, MB`);
    console.log('part\tRSS\t+bare\tanon\theap used\theap total\texternal\tnote');
    for (const [k, [section, name]] of list.entries()) {
      console.log(
        `${section ? `${section}: ` : ''}${name}\t${med(k, 'rss')}\t${round(med(k, 'rss') - med(0, 'rss'))}\t${med(k, 'anon')}\t` +
          `${med(k, 'heapUsed')}\t${med(k, 'heapTotal')}\t${med(k, 'external')}\t${readings[k]![0]!.extra}`,
      );
    }
    // The whole schema in zod/mini (see the top): a copy's cost is the slope from 1 to COPIES copies.
    for (const f of ['rss', 'heapUsed'] as const) {
      const copy = (flavour: string) =>
        (med(by(`${flavour}, ${COPIES}`), f) - med(by(`${flavour}, 1 copy`), f)) / (COPIES - 1);
      const [zodCopy, miniCopy] = [copy('slice in zod, zod outside'), copy('slice in zod/mini, zod/mini outside')];
      const zodLib = med(by('zod bundled'), f);
      // zod/mini's code as bundled: all of it, or (tree-shaken) only what the slice uses.
      const miniLib = [med(by('zod/mini bundled'), f), med(by('slice in zod/mini, parsed'), f) - miniCopy];
      const whole = med(by('settings schema'), f);
      const scale = nodes.full / nodes.slice;
      const asMini = miniLib.map((lib) => round(whole - (zodLib - lib) - scale * (zodCopy - miniCopy)));
      console.log(
        `${f}: a copy of the slice (${nodes.slice} nodes) costs ${round(zodCopy)} in zod, ${round(miniCopy)} in zod/mini; ` +
          `the library bundled ${zodLib} / ${miniLib.map((x) => round(x)).join(' (tree-shaken for the slice: ')}); the settings schema ` +
          `(${nodes.full} nodes) measured ${whole} in zod (by nodes alone: ${round(zodLib + zodCopy * scale)}), ` +
          `estimated in zod/mini ${asMini[0]} to ${asMini[1]} (gain ${round(whole - asMini[0]!)} to ${round(whole - asMini[1]!)})`,
      );
    }
  } finally {
    echo.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
