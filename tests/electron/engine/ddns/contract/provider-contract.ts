/**
 * The one contract every DNS provider's updater keeps with its stand-in (tests/fakes/ddns/), over
 * real HTTP on loopback, through the registry as the app builds it (buildUpdater):
 *
 * - a missing record is made (one request) where the API can make one, else a stop in words;
 * - a record holding another address is changed with one write;
 * - nothing is written when the record already holds the address (`unchanged`);
 * - refused credentials stop the record, with the reason in words (a code a page says in its
 *   language, naming the record), never the provider's raw body;
 * - a 429 with Retry-After is a retry no sooner than the provider asked;
 * - the record's TTL reaches the provider where it takes one;
 * - and through the keeper: a confirmed change updates the record and the proof at the zone's
 *   authoritative servers (the stand-in's zone served by tests/fakes/dns-server.ts) says in step.
 *
 * A provider's test file calls providerContract() with its stand-in's start and its record.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../../electron/engine/net';
import type { HistoryStore } from '../../../../../electron/engine/store';
import { translator } from '../../../../../shared/i18n/translators';
import { ddnsRecordSchema } from '../../../../../shared/settings/ddns';
import { sayReason } from '../../../../../shared/words/reason';
import type { HttpStandIn, SeenRequest } from '../../../../fakes/ddns-http';
import type { Zone } from '../../../../fakes/ddns-zone';
import { FakeClock } from '../../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../../helpers/random';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld, ZONE } from '../keeper-world';

export { HOST, ZONE } from '../keeper-world';

/** The stand-in's HTTP side (its requests, a fault to answer with) and what it holds. */
export interface ContractStandIn extends HttpStandIn {
  /** What the provider holds; its name is ZONE (or the provider's own zone, with `host` under it). */
  zone: Zone;
}

export interface ProviderUnderContract {
  /**
   * Starts the provider's stand-in knowing `good` credentials; `now`, the clock of the test's
   * updater (the keeper's fake clock), for a stand-in that reads a signature's time as the
   * provider's own clock would (Google's token address and a JWT's iat and exp).
   */
  start(o?: { now: () => number }): Promise<ContractStandIn>;
  /** The record's settings, as a user writes them, at the stand-in (`url`), of `type`. */
  record(s: ContractStandIn, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }): Record<string, unknown>;
  /** The host name the record keeps (HOST unless the provider's zone is its own, "myhome.dynv6.net"). */
  host?: string;
  /** Whether the API makes a missing record (else a missing record is a stop in words). */
  creates: boolean;
  /** The requests that change a record (a create or an update), as the stand-in sees them. */
  isWrite(req: SeenRequest): boolean;
  /** The TTL the record's settings ask for, when the provider takes one (the stand-in keeps it). */
  ttl?: number;
  /**
   * An API that cannot read a record (dyndns2 and the one-request APIs): the update is its one
   * request, so "already right" is the provider's own `nochg`, said `unchanged` (the keeper reads
   * the zone's servers before it sends, so a change already in place sends nothing there).
   */
  oneRequest?: boolean;
  /**
   * A one-request API whose answer is the same whether its write changed the record or not
   * (Njalla's "record updated"): the repeat is `updated` in its words and the stand-in's zone
   * makes no write (the keeper sends nothing when the zone's servers already hold the address).
   */
  sameAnswer?: boolean;
  /** The record types the provider keeps (both unless it keeps one, as Namecheap keeps A only). */
  types?: readonly ('A' | 'AAAA')[];
}

const udp = createUdpClient();
afterAll(() => udp.close());
// The etiquette's limits, but a time limit of 0.5 s, so a hung stand-in costs a test little.
const http = createDdnsHttp({ timeoutMs: 500 });
const signal = new AbortController().signal;

function build(record: Record<string, unknown>): DdnsUpdater {
  const deps = { udp, http, clock: { now: () => Date.now() }, timeoutMs: 2000 };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
}

/**
 * Writes so far: the requests that change a record, or, for a one-request API (whose every
 * update is the same request), the changes the stand-in's zone made.
 */
const writesOf = (p: ProviderUnderContract, s: ContractStandIn): number =>
  p.oneRequest ? s.zone.writes : s.requests.filter((r) => p.isWrite(r)).length;

const ADDRESS = { A: ['192.0.2.10', '198.51.100.20'], AAAA: ['2001:db8::10', '2001:db8::20'] } as const;

export function providerContract(name: string, p: ProviderUnderContract): void {
  const host = p.host ?? HOST;
  describe(`${name}: the providers' contract`, () => {
    let s: ContractStandIn;
    beforeEach(async () => {
      s = await p.start();
    });
    afterEach(() => s.close());
    const writes = () => writesOf(p, s);

    it.each(p.types ?? (['A', 'AAAA'] as const))(
      '%s: makes or finds, changes with one write, sends nothing when right',
      async (type) => {
        const [first, second] = ADDRESS[type];
        const u = build(p.record(s, { type }));
        const made = await u.update(first, signal);
        if (p.creates) {
          expect(made.kind, JSON.stringify(made)).toBe('updated');
          expect(s.zone.holds(host, type)).toEqual([first]);
          expect(writes()).toBe(1);
        } else {
          expect(made).toMatchObject({ kind: 'stop' });
          expect(made.kind === 'stop' && made.code, made.kind === 'stop' ? made.reason : '').toBeTruthy();
          s.zone.add({ name: host, type, content: first, ttl: p.ttl ?? 300 });
        }
        const before = writes();
        expect((await u.update(second, signal)).kind).toBe('updated');
        expect(s.zone.holds(host, type)).toEqual([second]);
        expect(writes() - before).toBe(1);
        const unchanged = await u.update(second, signal);
        expect(unchanged.kind).toBe(p.oneRequest && p.sameAnswer ? 'updated' : 'unchanged');
        expect(writes() - before).toBe(1);
        if (u.check) expect((await u.check(second, signal)).kind).toBe('unchanged');
        if (p.ttl !== undefined && p.creates) expect(s.zone.find(host, type)[0]!.ttl).toBe(p.ttl);
      },
    );

    it('refused credentials stop the record, said in words in every language, never the raw body', async () => {
      const u = build(p.record(s, { type: 'A', wrongCredentials: true }));
      const out = await u.update(ADDRESS.A[0], signal);
      expect(out.kind).toBe('stop');
      if (out.kind !== 'stop') return;
      expect(out.code, out.reason).toBeDefined();
      for (const lang of ['de', 'id'] as const) {
        const said = sayReason(out.code, out.reason, translator(lang));
        expect(said).not.toBe(out.reason);
        expect(said).not.toMatch(/[{}]|undefined|<html/i);
      }
      expect(s.zone.holds(host, 'A')).toEqual([]);
    });

    it('a 429 with Retry-After is a retry no sooner than asked', async () => {
      const u = build(p.record(s, { type: 'A' }));
      s.fault = { status: 429, retryAfter: '120', body: '' };
      const out = await u.update(ADDRESS.A[0], signal);
      s.fault = null;
      expect(out).toMatchObject({ kind: 'retry' });
      expect(out.kind === 'retry' ? out.afterMs : 0).toBeGreaterThanOrEqual(119_000);
    });

    it('a wrong body of a 2xx answer is a retry in words, never a crash', async () => {
      const u = build(p.record(s, { type: 'A' }));
      s.fault = { status: 200, body: '<html>maintenance</html>' };
      const out = await u.update(ADDRESS.A[0], signal);
      s.fault = null;
      expect(['retry', 'stop']).toContain(out.kind);
      expect(JSON.stringify(out)).not.toContain('maintenance');
    });
  });

  describe(`${name}: a change kept in step and proved at the zone's servers`, () => {
    let clock: FakeClock;
    let store: HistoryStore;
    let w: KeeperWorld;
    let s: ContractStandIn;
    const random = seededRandom(testSeed(`ddns contract ${name}`));
    beforeEach(async () => {
      clock = new FakeClock();
      store = await keeperStore(clock);
      s = await p.start({ now: () => clock.now() });
      if (!p.creates) s.zone.add({ name: host, type: 'A', content: '192.0.2.1', ttl: p.ttl ?? 300 });
      w = await startKeeperWorld(store, clock, random, { zone: s.zone });
      const zone = host === HOST ? ZONE : s.zone.name;
      if (zone !== ZONE) w.dns.setRecord(zone, 'NS', 'ns1.example.org');
    });
    afterEach(async () => {
      await w.close();
      await s.close();
      await store.close();
    });

    it('one confirmed change: one write, then in step at the authoritative servers', async () => {
      await w.keeper.start([ddnsRecordSchema.parse(p.record(s, { type: 'A' }))]);
      const before = writesOf(p, s);
      w.keeper.onEvent(w.change('198.51.100.7'));
      const id = String(p.record(s, { type: 'A' }).id);
      await w.step(() => w.record(id).state === 'in-step', 'in step', 2_000);
      expect(s.zone.holds(host, 'A')).toEqual(['198.51.100.7']);
      expect(writesOf(p, s) - before).toBe(1);
      expect(w.record(id)).toMatchObject({ address: '198.51.100.7', why: null });
    });
  });
}
