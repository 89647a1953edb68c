/**
 * A proxied Cloudflare record read through the API (record-keeper.ts, api-reads.ts) against the
 * Cloudflare stand-in (tests/fakes/cloudflare-api.ts, after Cloudflare's API v4 reference: its
 * 403 is code 10000 "Authentication error"), on a FakeClock: the reads follow the etiquette
 * (net/etiquette.ts), and a refused read switches the record off with its notice.
 * - 403 (the token revoked): one read, the record stopped in words, its `stopped` notice, and
 *   not one request more in 3 hours (it was one a minute: 171 in 3 hours);
 * - 429 with Retry-After 120: the next read 120 s on, not 60;
 * - 503 for 3 hours: the backoff, a handful of reads, the record never stopped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DDNS_STATE_MEMORY_START, ddnsStateStep } from '../../../../electron/engine/ddns/state-events';
import type { HistoryStore } from '../../../../electron/engine/store';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type CloudflareStandIn, publicAnswer, startCloudflare } from '../../../fakes/cloudflare-api';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld, TIMING } from './keeper-world';

const random = seededRandom(testSeed('ddns api reads etiquette'));
const TOKEN = 'scoped-token-1234';
const H = 3_600_000;
const AUTH_ERROR = JSON.stringify({
  success: false,
  errors: [{ code: 10000, message: 'Authentication error' }],
  messages: [],
  result: null,
});

describe('a proxied record whose API reads fail', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let cf: CloudflareStandIn;
  let w: KeeperWorld;
  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    cf = await startCloudflare(TOKEN, { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '198.51.100.70', proxied: true, ttl: 1 },
    ]);
    w = await startKeeperWorld(store, clock, random);
    w.dns.setRecord(HOST, 'A', publicAnswer(cf.records[0]!));
    w.current.v4 = { address: '198.51.100.70', at: clock.now() };
    const record = { id: 'cf', provider: 'cloudflare', token: TOKEN, zone: 'example.org', name: HOST, apiBase: cf.url };
    await w.keeper.start([ddnsRecordSchema.parse(record)]);
    await w.step(() => w.record('cf').state === 'in-step', 'in step at start');
    // The store saves the start's job a second on: past it, every timer left is the record's look.
    await clock.advance(1000);
    expect(clock.pending).toBe(1);
  });
  afterEach(async () => {
    await w.close();
    await cf.close();
    await store.close();
  });

  /** The reads since the fault: each read opens with GET /zones, and a failed one ends there. */
  const readsFrom = (from: number) => cf.requests.slice(from).filter((r) => r.url.pathname === '/zones');

  /** Moves the clock to the next timer, a look, and waits for that look to be over. */
  const nextLook = async () => {
    const at = clock.dueTimes[0]!;
    await clock.advance(at - clock.now());
    await until(() => w.record('cf').lastLookAt === at, { what: 'the look over' });
  };
  /** Look after look until `t0 + ms`. */
  const runFor = async (t0: number, ms: number) => {
    while (clock.pending > 0 && clock.dueTimes[0]! <= t0 + ms) await nextLook();
    await clock.advance(Math.max(0, t0 + ms - clock.now()));
  };

  it('403 (the token revoked): one read, then switched off in words with its notice, and nothing more in 3 h', async () => {
    const seen = ddnsStateStep(DDNS_STATE_MEMORY_START, [w.record('cf')], clock.now());
    const from = cf.requests.length;
    cf.fault = { status: 403, body: AUTH_ERROR };
    await w.step(() => w.record('cf').state === 'stopped', 'switched off', TIMING.lookEveryMs / 10);
    expect(readsFrom(from)).toHaveLength(1);
    const status = w.record('cf');
    expect(status.why).toBe(
      'Cloudflare home.example.org A refused the credentials: Authentication error (HTTP 403 Forbidden)',
    );
    expect(store.ddnsJobs().find((j) => j.recordId === 'cf')).toMatchObject({ status: 'stopped', reason: status.why });
    // The state's change is the notice a person gets: stopped, with the reason.
    const { events } = ddnsStateStep(seen.memory, [status], clock.now());
    expect(events).toEqual([
      expect.objectContaining({ from: 'in-step', to: 'stopped', notice: 'stopped', why: status.why }),
    ]);
    await clock.advance(3 * H);
    expect(readsFrom(from)).toHaveLength(1);
    expect(w.record('cf').state).toBe('stopped');
    // The token fixed, a person asks to try again: read, in step, nothing sent.
    cf.fault = null;
    await w.keeper.retry('cf');
    await w.step(() => w.record('cf').state === 'in-step', 'in step after Try again');
    expect(cf.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('429 with Retry-After 120: the next read comes 120 s on, not 60', async () => {
    const from = cf.requests.length;
    cf.fault = { status: 429, body: '', retryAfter: '120' };
    await nextLook();
    expect(readsFrom(from)).toHaveLength(1);
    const readAt = clock.now();
    // The next look waits for the API to be open again: 120 s after the refused read.
    expect(clock.dueTimes[0]! - readAt).toBeGreaterThanOrEqual(120_000);
    await clock.advance(119_000);
    expect(readsFrom(from)).toHaveLength(1);
    cf.fault = null;
    await w.step(() => readsFrom(from).length === 2, 'read again', 1000);
    expect(clock.now() - readAt).toBeGreaterThanOrEqual(120_000);
    await w.step(() => w.record('cf').state === 'in-step', 'in step');
  });

  it('503 for 3 hours: reads back off (a minute doubling to 1 h), never stopped, in step once it answers', async () => {
    const from = cf.requests.length;
    cf.fault = { status: 503, body: 'Service Unavailable' };
    const t0 = clock.now();
    await runFor(t0, 3 * H);
    const reads = readsFrom(from).length;
    // 10 min to the periodic look, then waits of 1, 2, 4, 8, 16, 32 min and 1 h (each up to 20 % more).
    expect(reads).toBeGreaterThanOrEqual(6);
    expect(reads).toBeLessThanOrEqual(10);
    expect(w.record('cf').state).toBe('failed');
    expect(store.ddnsJobs().find((j) => j.recordId === 'cf')?.status).toBe('done');
    cf.fault = null;
    await w.step(() => w.record('cf').state === 'in-step', 'in step again', 60_000);
  });
});
