/**
 * Dynamic DNS, many records (issue 76): change → request for 50 records across 20 providers. As
 * bench/ddns.ts's change → request, in process: the real runtime (createRuntime) monitors the
 * local world of sources (tests/helpers/world.ts), and a real DdnsKeeper with the runtime's
 * DDNS_TIMING, fed the engine's events, keeps 50 A records at 20 providers' stand-ins over
 * loopback (bench/ddns-many/providers.ts), proved at a stand-in resolver that serves each zone's NS.
 *
 * The keeper starts at the runtime's first confirmed address: each record read where its API can,
 * then made (created where the API creates), so every change after is an update of an existing
 * record, as a running install's are. One change first, not counted (it warms V8); then
 * `BENCH_DDNS_MANY_CHANGES` (10) confirmed IPv4 changes, one at a time: each waits until every
 * record is in step (the resolver given the new address once all 50 writes arrived) and GAP_MS
 * have passed. Per change and record, the write's arrival at its stand-in (SeenRequest.at) minus the change event's `at`.
 * Figures: the p50 over all record-changes, and the p50 over changes of the last record's arrival
 * (the whole set's time). Beside them, no target: the first record's arrival, the keeper's
 * synchronous part of a change (every record's job saved and its update started), and the
 * requests each provider's stand-in received per change.
 */
import { promises as dnsPromises } from 'node:dns';

import { systemClock } from '../electron/engine/clock';
import { createLogger } from '../electron/engine/logger';
import { createUdpClient } from '../electron/engine/net';
import { createRuntime } from '../electron/engine/runtime';
import { openHistoryStore } from '../electron/engine/store';
import { ddnsRecordSchema } from '../shared/settings/ddns';
import type { ChangeEvent } from '../shared/types';
import type { HttpStandIn } from '../tests/fakes/ddns-http';
import { startDnsServer } from '../tests/fakes/dns-server';
import { settingsFrom } from '../tests/helpers/engine';
import { startWorld } from '../tests/helpers/world';
import { benchKeeper } from './ddns-keeper';
import { firstSync, type Kept, oneChange } from './ddns-many/changes';
import { LABELS, MANY_PROVIDERS } from './ddns-many/providers';
import { median, quantile, sleep } from './engine/stats';

const CHANGES = Math.min(55, Number(process.env.BENCH_DDNS_MANY_CHANGES ?? 10));
/**
 * The pause after every record is in step, before the next change. A home's changes are hours
 * apart; the bench's, a few hundred ms apart without it, would share the per-second windows of
 * Name.com (20 requests a second: 3 records cost 6 a change) and Route 53 (5), whose stand-ins
 * keep them, and be answered 429 or Throttling (seen without the pause).
 */
const GAP_MS = 1100;

export interface ManyFigures {
  providers: number;
  records: number;
  changes: number;
  /** Each change's arrivals (ms after the change event's `at`): the first, the median and the last record's. */
  perChange: { firstMs: number; p50Ms: number; lastMs: number }[];
  /** Each provider's records' arrival, p50 over its record-changes. */
  byProviderP50: Record<string, number>;
  /** p50 over all record-changes. */
  perRecordP50: number;
  perRecordP95: number;
  /** p50 over changes of the last record's arrival. */
  wholeSetP50: number;
  /** Per change: the first record's arrival (when the keeper's first write lands). */
  firstP50: number;
  /** Requests the stand-ins received per counted change (reads, writes and the proof's API reads). */
  requestsPerChange: number;
  /** From the change's `at` to the keeper told of it (the engine's other listeners first), p50. */
  toKeeperP50: number;
  /** The keeper's synchronous part of one change (each record's job saved, its update started), p50. */
  keeperHandOffP50: number;
  /** Requests per counted change, by provider. */
  requestsByProvider: Record<string, number>;
  /** The slowest record's provider in each change. */
  lastProvider: string[];
}

export async function manyRecords(seed: number): Promise<ManyFigures> {
  const quiet = createLogger('bench', { level: 'error', sink: () => undefined });
  const placed = await Promise.all(MANY_PROVIDERS.map((p) => p.place(LABELS.slice(0, p.count))));
  const kept: Kept[] = placed.flatMap((pl, i) =>
    pl.records.map((r, j) => ({
      id: `${MANY_PROVIDERS[i]!.id}-${j}`,
      provider: MANY_PROVIDERS[i]!.id,
      host: r.host,
      placed: pl,
    })),
  );
  const stands: HttpStandIn[] = placed.flatMap((p) => p.stands);
  const dns = await startDnsServer();
  for (const zone of placed.flatMap((p) => p.zones)) dns.setRecord(zone, 'NS', 'ns1.example.org');
  dns.setRecord('ns1.example.org', 'A', '127.0.0.1');
  const resolver = new dnsPromises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([dns.server]);
  const world = await startWorld();
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: quiet });
  const runtime = createRuntime({ settings: settingsFrom(world.settings()), store, logger: quiet, version: 'bench' });
  const udp = createUdpClient();
  const keeper = benchKeeper({ store, logger: quiet, seed, resolver, dnsPort: dns.port, udp });
  const changes = new Map<string, ChangeEvent>();
  // Per change: from its `at` to the keeper being told, and the keeper's own synchronous part (all records' hand-off).
  const told: number[] = [];
  const handOff: number[] = [];
  runtime.engine.on((e) => {
    const v4 = e.type === 'change' && e.family === 4;
    if (v4) changes.set(e.to, e);
    const t = performance.now();
    if (v4) told.push(Date.now() - e.at);
    keeper.onEvent(e);
    if (v4) handOff.push(performance.now() - t);
  });
  const counts = () => placed.map((p) => p.stands.reduce((n, s) => n + s.requests.length, 0));
  const byProvider = placed.map(() => 0);
  const samples: number[][] = [];
  const lastProvider: string[] = [];
  try {
    await runtime.start();
    const settings = placed.flatMap((pl) => pl.records.map((r) => r.settings));
    await keeper.start(kept.map((k, j) => ddnsRecordSchema.parse({ id: k.id, ...settings[j] })));
    await firstSync({ world, runtime, keeper, kept, stands, changes, dns });
    for (let i = 0; i <= CHANGES; i++) {
      await sleep(GAP_MS);
      const counted = counts();
      const ip = `81.2.69.${200 + i}`; // public (the engine confirms no other), 3 digits: none a prefix of another
      const arrivals = await oneChange(ip, { world, runtime, keeper, kept, stands, changes, dns });
      if (i === 0) continue; // the first update warms V8: not counted
      const change = changes.get(ip)!;
      samples.push(arrivals.map((a) => a.at - change.at));
      lastProvider.push(arrivals.reduce((a, b) => (b.at > a.at ? b : a)).provider);
      counts().forEach((n, j) => (byProvider[j]! += n - counted[j]!));
    }
  } finally {
    keeper.close();
    await runtime.close();
    await Promise.all([world.close(), dns.close(), udp.close(), ...stands.map((s) => s.close())]);
    await store.close();
  }
  const all = samples.flat();
  return {
    providers: MANY_PROVIDERS.length,
    records: kept.length,
    changes: samples.length,
    perChange: samples.map((s) => ({ firstMs: Math.min(...s), p50Ms: median(s), lastMs: Math.max(...s) })),
    byProviderP50: Object.fromEntries(
      MANY_PROVIDERS.map((p) => [p.id, median(samples.flatMap((s) => s.filter((_, k) => kept[k]!.provider === p.id)))]),
    ),
    perRecordP50: median(all),
    perRecordP95: quantile(all, 0.95),
    wholeSetP50: median(samples.map((s) => Math.max(...s))),
    firstP50: median(samples.map((s) => Math.min(...s))),
    requestsPerChange: byProvider.reduce((a, b) => a + b, 0) / samples.length,
    lastProvider,
    toKeeperP50: median(told.slice(-samples.length)),
    keeperHandOffP50: median(handOff.slice(-samples.length)),
    requestsByProvider: Object.fromEntries(MANY_PROVIDERS.map((p, j) => [p.id, byProvider[j]! / samples.length])),
  };
}
