/**
 * Hedged requests (check-family.ts, hedge.ts): a confirmer that hangs or answers late no
 * longer holds the check for its whole timeout. Real engine, real HTTP clients, local
 * echo fakes; durations are the check event's own (real time from the check's start).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { hedgeDelayMs } from '../../../../electron/engine/ip-monitor/hedge';
import type { CheckEvent } from '../../../../shared/types';
import type { HttpEcho } from '../../../fakes/http-echo';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { exactUnlessHedged } from '../../../helpers/request-counts';
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

/** Each source's deadline here: a check that waited for a hung or late source would last longer. */
const TIMEOUT_MS = 4000;

/** The three IPv4 HTTP echoes, one provider each, one cost tier: turn t asks http[t % 3] first. */
const httpOnlyV4 = (timeoutMs = TIMEOUT_MS) => world.httpOnlyV4({ timeoutMs, quorum: 2 });
const checks = (): CheckEvent[] => h!.of('check');
const health = (id: string) => h!.engine.getStatus().sources.find((s) => s.id === id)!;

// Durations are bounded by the sources' deadline, not by what the hedge delays add up to on an
// idle machine: a cold or stalled first request stretches the learnt delays (hedge.ts), while
// only a check that waited for the hung or late source can reach its deadline.
describe('a hung confirmer does not delay a confirmation', () => {
  it('a confirmer answering after 7 s (timeout 4 s): confirmed by the next provider without waiting for it', async () => {
    const [first, late, next] = world.v4.http as Echoes;
    late.setFault('slow', { delayMs: 7000 });
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    // The late answer is still to come: the check did not wait for it.
    expect(late.openConnections).toBe(1);
    const [check] = checks();
    expect(check).toMatchObject({ result: 'confirmed', ip: A4, requests: 3 });
    expect(check!.durationMs).toBeLessThan(TIMEOUT_MS);
    expect(h.of('change').map((c) => [c.to, [...c.sources].sort()])).toEqual([[A4, ['http0-v4', 'http2-v4']]]);
    expect([first.requests, late.requests, next.requests]).toEqual([1, 1, 1]);
    // The outrun request runs to its own deadline, off the check's path, and is judged as
    // a timeout there: a source that never answers still trips its breaker in time.
    expect(health('http1-v4')).toMatchObject({ failures: 0 });
    await until(() => health('http1-v4').failures === 1, { what: 'the late source judged' });
    expect(health('http1-v4').lastError).toMatch(/^timeout/);
    expect(health('http2-v4')).toMatchObject({ successes: 1, failures: 0 });
  });

  it('a loser still waiting when the quorum is reached is aborted and not held against its source', async () => {
    const [, slow, hung] = world.v4.http as Echoes;
    slow.setFault('hold');
    hung.setFault('timeout');
    // A deadline far beyond the waits below: only an abort closes the hung request in time.
    h = await startEngineHarness(httpOnlyV4(60_000));
    const started = h.engine.start();
    // Outrun at 0.5 s (no history yet), the slow source still answers first: it is released as
    // soon as its hedge reached the hung source, whose own hedge is then 0.5 s away.
    await until(() => hung.requests === 1, { what: 'the hedge sent to the hung source' });
    slow.release();
    await started;
    const [check] = checks();
    expect(check).toMatchObject({ result: 'confirmed', ip: A4, requests: 3 });
    expect(h.of('change').map((c) => [...c.sources].sort())).toEqual([['http0-v4', 'http1-v4']]);
    expect(hung.requests).toBe(1);
    // Aborted, not left to its deadline: the client closes the connection it waited on.
    await until(() => hung.openConnections === 0, { what: 'the loser aborted' });
    expect(health('http2-v4')).toMatchObject({ failures: 0, consecutiveFailures: 0, state: 'closed' });
    expect(health('http1-v4')).toMatchObject({ successes: 1, failures: 0 });
  });

  it('a steady check whose first source hangs: unchanged before its deadline, with one hedged request', async () => {
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    expect(checks()[0]).toMatchObject({ result: 'confirmed', ip: A4 });
    world.v4.http[1]!.setFault('timeout'); // turn 1 asks http1 first, then http2
    world.resetCounts();
    await h.engine.checkNow('manual');
    const check = checks()[1]!;
    expect(check).toMatchObject({ result: 'unchanged', ip: A4 });
    expect(check.durationMs).toBeLessThan(TIMEOUT_MS);
    // One hedged request, to http2. Had a busy machine held http2's answer past its own hedge
    // delay, the engine would rightly have asked http0 too; an answer quicker than any hedge
    // delay rules that out, and the count is exact.
    const hedge = check.attempts.find((a) => a.sourceId === 'http2-v4');
    const exact = hedge !== undefined && hedge.latencyMs < hedgeDelayMs(0, TIMEOUT_MS);
    const two = exact ? 2 : expect.any(Number);
    expect([check.requests, world.requests(4)]).toEqual([two, two]);
  });

  it('a change with a hung confirmer after steady checks: changed before its deadline, with all 3 sources asked once', async () => {
    h = await startEngineHarness(httpOnlyV4());
    await h.engine.start();
    await h.engine.checkNow('manual');
    await h.engine.checkNow('manual');
    const [c0, c1, c2] = checks();
    expect(checks().map((c) => [c.result, c.requests])).toEqual([
      ['confirmed', exactUnlessHedged([c0!], 2, TIMEOUT_MS)],
      ['unchanged', exactUnlessHedged([c1!], 1, TIMEOUT_MS)],
      ['unchanged', exactUnlessHedged([c2!], 1, TIMEOUT_MS)],
    ]);
    world.setIp(B4, '2a02:1:2:3::5');
    world.v4.http[1]!.setFault('timeout'); // turn 3 asks http0 first, then http1
    world.resetCounts();
    await h.engine.checkNow('manual');
    const check = checks()[3]!;
    // Three sources, each asked at most once a check: the hung one cannot be outrun by more.
    expect(check).toMatchObject({ result: 'changed', ip: B4, requests: 3 });
    expect(check.durationMs).toBeLessThan(TIMEOUT_MS);
    expect(h.of('change').at(-1)).toMatchObject({ from: A4, to: B4 });
    expect(world.requests(4)).toBe(3);
  });
});
