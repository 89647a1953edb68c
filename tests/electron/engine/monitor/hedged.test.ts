/**
 * Hedged requests (check-family.ts, hedge.ts): a confirmer that hangs or answers late no
 * longer holds the check for its whole timeout. Real engine, real HTTP clients, local
 * echo fakes; durations are the check event's own (real time from the check's start).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CheckEvent } from '../../../../shared/types';
import type { HttpEcho } from '../../../fakes/http-echo';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';

type Echoes = [HttpEcho, HttpEcho, HttpEcho];

let world: World;
let h: EngineHarness | undefined;

beforeEach(async () => {
  world = await startWorld(A4);
});
afterEach(async () => {
  await h?.close();
  h = undefined;
  await world.close();
});

/** The three IPv4 HTTP echoes, one provider each, one cost tier: turn t asks http[t % 3] first. */
const httpOnlyV4 = () => ({
  ...world.settings({ monitor: { ipv6: false, timeoutMs: 4000, quorum: 2 } }),
  sources: { builtIn: false, custom: world.sources.filter((s) => s.family === 4 && s.kind === 'http') },
});
const checks = (): CheckEvent[] => h!.of('check');
const health = (id: string) => h!.engine.getStatus().sources.find((s) => s.id === id)!;

describe('a hung confirmer does not delay a confirmation', () => {
  it('a confirmer answering after 7 s (timeout 4 s): confirmed by the next provider within 1.5 s', async () => {
    const [first, late, next] = world.v4.http as Echoes;
    late.setFault('slow', { delayMs: 7000 });
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    const [check] = checks();
    expect(check).toMatchObject({ result: 'confirmed', ip: A4, requests: 3 });
    expect(check!.durationMs).toBeLessThanOrEqual(1500);
    expect(h.of('change').map((c) => [c.to, [...c.sources].sort()])).toEqual([[A4, ['http0-v4', 'http2-v4']]]);
    expect([first.requests, late.requests, next.requests]).toEqual([1, 1, 1]);
    // The outrun request runs to its own deadline, off the check's path, and is judged as
    // a timeout there: a source that never answers still trips its breaker in time.
    expect(health('http1-v4')).toMatchObject({ failures: 0 });
    await until(() => health('http1-v4').failures === 1, { timeoutMs: 6000, what: 'the late source judged' });
    expect(health('http1-v4').lastError).toMatch(/^timeout/);
    expect(health('http2-v4')).toMatchObject({ successes: 1, failures: 0 });
  });

  it('a loser still waiting when the quorum is reached is aborted and not held against its source', async () => {
    const [, slow, hung] = world.v4.http as Echoes;
    // Outrun at 0.5 s (no history yet), it still answers first, at 0.9 s; the hedge hangs.
    slow.setFault('slow', { delayMs: 900 });
    hung.setFault('timeout');
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    const [check] = checks();
    expect(check).toMatchObject({ result: 'confirmed', ip: A4, requests: 3 });
    expect(check!.durationMs).toBeLessThan(2500);
    expect(h.of('change').map((c) => [...c.sources].sort())).toEqual([['http0-v4', 'http1-v4']]);
    expect(hung.requests).toBe(1);
    // Aborted, not left to its 4 s deadline: the client closes the connection it waited on.
    await until(() => hung.openConnections === 0, { timeoutMs: 1000, what: 'the loser aborted' });
    expect(health('http2-v4')).toMatchObject({ failures: 0, consecutiveFailures: 0, state: 'closed' });
    expect(health('http1-v4')).toMatchObject({ successes: 1, failures: 0 });
  });

  it('a steady check whose first source hangs: unchanged within 1.5 s, with one hedged request', async () => {
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    expect(checks()[0]).toMatchObject({ result: 'confirmed', ip: A4 });
    world.v4.http[1]!.setFault('timeout'); // turn 1 asks http1 first
    world.resetCounts();
    await h.engine.checkNow('manual');
    const check = checks()[1]!;
    expect(check).toMatchObject({ result: 'unchanged', ip: A4, requests: 2 });
    expect(check.durationMs).toBeLessThanOrEqual(1500);
    expect(world.requests(4)).toBe(2);
  });

  it('a change with a hung confirmer after steady checks: changed within 1.5 s, at most 3 requests', async () => {
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    await h.engine.checkNow('manual');
    await h.engine.checkNow('manual');
    expect(checks().map((c) => [c.result, c.requests])).toEqual([
      ['confirmed', 2],
      ['unchanged', 1],
      ['unchanged', 1],
    ]);
    world.setIp(B4, '2a02:1:2:3::5');
    world.v4.http[1]!.setFault('timeout'); // turn 3 asks http0 first, then http1
    world.resetCounts();
    await h.engine.checkNow('manual');
    const check = checks()[3]!;
    expect(check).toMatchObject({ result: 'changed', ip: B4, requests: 3 });
    expect(check.durationMs).toBeLessThanOrEqual(1500);
    expect(h.of('change').at(-1)).toMatchObject({ from: A4, to: B4 });
    expect(world.requests(4)).toBe(3);
  });
});
