import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { CustomSource } from '../../../../shared/settings';
import type { CheckEvent } from '../../../../shared/types';
import type { HttpFault } from '../../../fakes/http-echo';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { exactUnlessHedged } from '../../../helpers/request-counts';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const A6 = '2a02:1:2:3::5';

let world: World;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld(A4, A6);
});
afterEach(async () => {
  await h?.close();
  await world.close();
});

/**
 * The sources' deadline where every source hangs on purpose: each check then lasts about this
 * long. The answers before and after the outage still have plenty of time.
 */
const HUNG_TIMEOUT_MS = 1000;

const checks = (family?: 4 | 6): CheckEvent[] =>
  h.of('check').filter((c) => family === undefined || c.family === family);

/**
 * Runs `n` interval checks, each to its end: with two families, one may report while the other
 * is still asking, and the next check is scheduled only once both are done.
 */
async function runChecks(n: number, intervalMs = 60_000): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = checks().length;
    await h.clock.advance(intervalMs);
    await h.waitFor(() => checks().length > before && h.engine.getStatus().nextCheckAt !== null);
  }
}

describe('a single failing or lying source never produces a change', () => {
  it.each<[HttpFault, string]>([
    ['html', 'a challenge page'],
    ['private', 'a private address'],
    ['wrong-family', 'an IPv6 answer to an IPv4 question'],
    ['alternate', 'an answer that alternates'],
    ['status500', 'HTTP 500'],
    ['timeout', 'no answer'],
  ])('%s (%s)', async (fault) => {
    h = await startEngineHarness(world.httpOnlyV4());
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    world.v4.http[1]!.setFault(fault, { alternate: { ip4: '81.2.69.143' } });
    await runChecks(12);
    expect(h.of('change')).toHaveLength(1); // the first sighting only
    expect(h.engine.getStatus().families.v4.ip).toBe(A4);
    expect(
      checks()
        .slice(1)
        .every((c) => c.result === 'unchanged'),
    ).toBe(true);
    if (fault !== 'alternate') {
      // A hung source is outrun, and judged when its own deadline ends its request, off the checks' path.
      const liar = () => h.engine.getStatus().sources.find((s) => s.id === 'http1-v4');
      await until(() => liar()?.state !== 'closed', { what: 'the failing source out of rotation' });
    }
  });
});

describe('engine under faults', () => {
  it('goes offline when no source answers, backs off, and reports the outage length when back', async () => {
    h = await startEngineHarness(world.settings({ monitor: { timeoutMs: HUNG_TIMEOUT_MS } }));
    await h.engine.start();
    await h.waitFor(() => checks().length === 2);
    for (const fw of [world.v4, world.v6]) {
      for (const s of fw.http) s.setFault('timeout');
      fw.dns.setFault('timeout');
      fw.stun.setFault('timeout');
    }
    const offline = h.next('offline', 10_000);
    await h.clock.advance(60_000);
    const off = await offline;
    expect(
      checks()
        .slice(-2)
        .map((c) => c.result),
    ).toEqual(['unavailable', 'unavailable']);
    expect(h.engine.getStatus().online).toBe(false);
    // No breaker opened: an outage is not the sources' fault.
    expect(h.of('source-health').filter((e) => e.to === 'open')).toEqual([]);
    // Backoff while offline: the next check comes after 5 s, not the 60 s interval.
    const n = checks().length;
    await h.clock.advance(5_000);
    await h.waitFor(() => checks().length === n + 2, 10_000);
    expect(checks().at(-1)?.trigger).toBe('retry');
    for (const fw of [world.v4, world.v6]) {
      for (const s of fw.http) s.setFault('none');
      fw.dns.setFault('none');
      fw.stun.setFault('none');
    }
    const online = h.next('online', 10_000);
    await h.clock.advance(10_000);
    const on = await online;
    expect(on.offlineMs).toBe(on.at - off.at);
    expect(on.offlineMs).toBeGreaterThanOrEqual(15_000);
    expect(h.of('change')).toHaveLength(2);
  });

  it('reports "no IPv6" on a machine without it, without errors, breaker trips or retry storms', async () => {
    // IPv4 literals asked over IPv6 are unreachable, as on a host without an IPv6 route.
    const noV6: CustomSource[] = world.sources
      .filter((s) => s.family === 4)
      .map((s) => ({ ...s, id: `${s.id}-as6`, family: 6 }));
    h = await startEngineHarness({
      ...world.settings(),
      sources: { builtIn: false, custom: [...world.sources.filter((s) => s.family === 4), ...noV6] },
    });
    await h.engine.start();
    await h.waitFor(() => checks().length === 2);
    await runChecks(10);
    const v6 = checks(6);
    expect(v6).toHaveLength(11);
    expect(v6.every((c) => c.result === 'unavailable' && c.requests <= 2)).toBe(true);
    expect(h.of('offline')).toEqual([]);
    expect(h.of('source-health')).toEqual([]);
    expect(h.engine.getStatus().families.v6).toMatchObject({ ip: null, lastCheck: { result: 'unavailable' } });
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('honours Retry-After: a rate-limited source is left alone until it has passed', async () => {
    h = await startEngineHarness(world.httpOnlyV4());
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    world.v4.http[0]!.setFault('rate-limit', { retryAfter: '600' });
    await runChecks(3); // rotation reaches http0 within one turn of the tier
    const opened = h.of('source-health').find((e) => e.sourceId === 'http0-v4' && e.to === 'open');
    expect(opened).toBeDefined();
    const openUntil = h.engine.getStatus().sources.find((s) => s.id === 'http0-v4')?.openUntil ?? 0;
    expect(openUntil - h.clock.now()).toBeGreaterThan(400_000);
    world.v4.http[0]!.reset();
    await runChecks(6);
    expect(world.v4.http[0]!.requests).toBe(0);
    await runChecks(6);
    expect(world.v4.http[0]!.requests).toBeGreaterThan(0); // the half-open probe after Retry-After
  });

  it('stays uncertain without a quorum, declares nothing, and retries with backoff', async () => {
    h = await startEngineHarness(world.httpOnlyV4());
    world.v4.http[0]!.setIp('81.2.69.1');
    world.v4.http[1]!.setIp('81.2.69.2');
    world.v4.http[2]!.setIp('81.2.69.3');
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    expect(checks()[0]?.result).toBe('uncertain');
    expect(h.of('change')).toEqual([]);
    await h.clock.advance(5_000);
    await h.waitFor(() => checks().length === 2);
    expect(checks()[1]?.trigger).toBe('retry');
    await h.clock.advance(9_000);
    expect(checks()).toHaveLength(2); // second retry waits 10 s
    await h.clock.advance(1_500);
    await h.waitFor(() => checks().length === 3);
  });

  it('resumes from the history file after a restart without announcing a change', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-engine-'));
    const open = () =>
      openHistoryStore({
        dataDir,
        clock: new FakeClock(),
        logger: createLogger('test', { level: 'error', sink: () => undefined }),
      });
    try {
      let store = await open();
      h = await startEngineHarness(world.settings(), { store });
      await h.engine.start();
      await h.waitFor(() => checks().length === 2);
      await h.close();
      await store.close();
      world.resetCounts();
      store = await open();
      h = await startEngineHarness(world.settings(), { store });
      await h.engine.start();
      await h.waitFor(() => checks().length === 2);
      expect(h.of('change')).toEqual([]);
      expect(checks().map((c) => c.result)).toEqual(['unchanged', 'unchanged']);
      expect(world.requests()).toEqual(exactUnlessHedged(checks(), 2));
      await h.close();
      await store.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('records a CGNAT finding, never as the public address', async () => {
    h = await startEngineHarness(world.httpOnlyV4());
    world.v4.http[2]!.setIp('100.64.12.34');
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    await runChecks(3);
    const cg = h.of('cgnat');
    expect(cg).toHaveLength(1);
    expect(cg[0]).toMatchObject({ family: 4, address: '100.64.12.34', sourceId: 'http2-v4' });
    expect(h.engine.getStatus().families.v4).toMatchObject({ ip: A4, cgnat: '100.64.12.34' });
  });

  it('applies new settings without a restart', async () => {
    h = await startEngineHarness(world.httpOnlyV4());
    await h.engine.start();
    await h.waitFor(() => checks().length === 1);
    h.engine.updateSettings(settingsFrom(world.httpOnlyV4({ intervalSec: 10 })));
    await h.clock.advance(10_000);
    await h.waitFor(() => checks().length === 2);
    expect(checks()[1]?.trigger).toBe('interval');
  });
});
