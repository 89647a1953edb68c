/**
 * One change of the ddns "many records" figure (bench/ddns-many.ts), and the keeper's start
 * before the first: what is awaited, and when each record's write arrived at its stand-in.
 */
import type { DdnsKeeper } from '../../electron/engine/ddns/keeper';
import type { createRuntime } from '../../electron/engine/runtime';
import type { ChangeEvent } from '../../shared/types';
import type { HttpStandIn } from '../../tests/fakes/ddns-http';
import type { startDnsServer } from '../../tests/fakes/dns-server';
import { until } from '../../tests/helpers/until';
import type { startWorld } from '../../tests/helpers/world';
import type { Placed } from './providers';

/** One record kept: its id, its provider, the host name the servers are asked about, and its provider's stand-ins. */
export interface Kept {
  id: string;
  provider: string;
  host: string;
  placed: Placed;
}

export interface ChangeWorld {
  world: Awaited<ReturnType<typeof startWorld>>;
  runtime: ReturnType<typeof createRuntime>;
  keeper: DdnsKeeper;
  kept: Kept[];
  stands: HttpStandIn[];
  changes: Map<string, ChangeEvent>;
  dns: Awaited<ReturnType<typeof startDnsServer>>;
}

/** `cond` within `timeoutMs`, else an error saying `what()` as it is then. */
async function waitFor(cond: () => boolean, what: () => string, timeoutMs = 20_000): Promise<void> {
  try {
    await until(cond, { timeoutMs, everyMs: 10 });
  } catch {
    throw new Error(`${what()} not reached within ${timeoutMs} ms`);
  }
}

/** Every record in step with `ip` at the stand-in resolver. */
const inStep = (w: ChangeWorld, ip: string) => {
  const behind = () => w.keeper.status().records.filter((r) => r.state !== 'in-step');
  return waitFor(
    () => behind().length === 0,
    () =>
      `${ip} in step (not: ${behind()
        .map((r) => `${r.id} ${r.state} ${r.why ?? ''}`)
        .join('; ')})`,
  );
};

/**
 * The keeper's start at the runtime's first confirmed address: each record read where its API
 * can, then made (created where the API creates, the first update of a one-request API); once
 * all are sent, the resolver serves the address and every record is in step.
 */
export async function firstSync(w: ChangeWorld): Promise<void> {
  const first = [...w.changes.keys()].at(-1);
  if (!first) throw new Error('the runtime confirmed no IPv4 address at start');
  const unsent = () => w.keeper.status().records.filter((r) => r.state !== 'propagating' && r.state !== 'in-step');
  await waitFor(
    () => unsent().length === 0,
    () =>
      `the records made (not: ${unsent()
        .map((r) => `${r.id} ${r.state} ${r.why ?? ''}`)
        .join('; ')})`,
  );
  for (const k of w.kept) w.dns.setRecord(k.host, 'A', first);
  await inStep(w, first);
}

/** One confirmed change to `ip`: every record's write awaited (its arrival), then every record in step. */
export async function oneChange(ip: string, w: ChangeWorld): Promise<{ provider: string; at: number }[]> {
  // Only the requests from now on are searched, so the polling costs the stand-ins (in this process) little.
  const from = new Map(w.stands.map((s) => [s, s.requests.length]));
  const fresh = (k: Kept) => k.placed.stands.flatMap((s) => s.requests.slice(from.get(s)));
  const found = new Map<string, number>();
  const writeOf = (k: Kept) => {
    if (!found.has(k.id)) {
      const r = fresh(k).find((x) => k.placed.wrote(x, k.host, ip));
      if (r) found.set(k.id, r.at);
    }
    return found.get(k.id);
  };
  w.world.setIp(ip, '2a02:1:2:3::5');
  await w.runtime.engine.checkNow('manual');
  if (!w.changes.has(ip)) throw new Error(`no confirmed change to ${ip}`);
  const missing = () => w.kept.filter((k) => writeOf(k) === undefined);
  await waitFor(
    () => missing().length === 0,
    () =>
      `the writes of ${ip} (missing: ${missing()
        .map((k) => k.id)
        .join(', ')})`,
  );
  const arrivals = w.kept.map((k) => ({ provider: k.provider, at: writeOf(k)! }));
  // The providers' servers catch up; the next change waits until every record is in step.
  for (const k of w.kept) w.dns.setRecord(k.host, 'A', ip);
  await inStep(w, ip);
  return arrivals;
}
