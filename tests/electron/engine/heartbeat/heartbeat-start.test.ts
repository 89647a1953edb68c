/**
 * The heartbeat's start signal against the Healthchecks stand-in on the fake clock: `/start?rid=`
 * as a check begins, then its success or `/fail` with the same rid (so Healthchecks measures the
 * check); never a start whose end would not be sent; a refused start holds nothing back.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { shouldStart } from '../../../../electron/engine/heartbeat/decide';
import type { Pulse } from '../../../../electron/engine/heartbeat/types';
import { type HealthchecksStandIn, startHealthchecks } from '../../../fakes/healthchecks';
import { startUptimeKuma } from '../../../fakes/uptime-kuma-push';
import { until } from '../../../helpers/until';
import { checkEvent, heartbeat } from './heartbeat-harness';

const UUID = '7c2e9a41-5d3b-4f18-a6e0-3b9d2c8f1a57';
const MIN = 60_000;
const RID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let stands: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stands.map((s) => s.close()));
  stands = [];
});

describe('when a check’s start is told (decide.ts shouldStart)', () => {
  const cases: [Pulse | null, number | null, number, boolean][] = [
    // last pulse, sent at, now, start?
    [null, null, 10 * MIN, false], // no pulse yet: a check finding nothing would leave the run open
    ['up', 0, 5 * MIN, true],
    ['up', 0, 5 * MIN - 1, false], // a steady end would not be sent
    ['down', 0, 5 * MIN, true],
    ['down', 0, MIN, false],
  ];
  it.each(cases)('last %s at %s, now %s: %s', (last, lastAt, now, expected) => {
    expect(shouldStart({ last, lastAt }, now, 5 * MIN)).toBe(expected);
  });
});

async function primed(mode: 'hosted' | 'self-hosted' = 'hosted') {
  const hc: HealthchecksStandIn = await startHealthchecks({ mode, uuids: [UUID] });
  stands.push(hc);
  const t = heartbeat({ url: hc.pingUrl(UUID), intervalSec: 300 });
  // The first check of a session: no start (nothing was sent yet), then its success.
  t.hb.onCheckRun('start', 'start');
  t.hb.onEvent(checkEvent('unchanged'), true);
  t.hb.onCheckRun('end', 'start');
  await until(() => t.hb.status().state === 'ok', { what: 'the first ping' });
  expect(hc.pings).toEqual([expect.objectContaining({ kind: 'success', rid: null })]);
  await t.clock.advance(5 * MIN);
  return { hc, ...t };
}

describe('the start signal to Healthchecks', () => {
  it('start, then success with the same rid', async () => {
    const { hc, hb, clock } = await primed('self-hosted');
    hb.onCheckRun('start', 'interval');
    await until(() => hc.state(UUID) === 'started', { what: 'the start' });
    await clock.advance(2_000);
    hb.onEvent(checkEvent('unchanged'), true);
    hb.onEvent(checkEvent('unchanged', 6), true);
    hb.onCheckRun('end', 'interval');
    await until(() => hc.pings.length === 3 && hb.status().lastPing?.at === clock.now(), { what: 'the success' });
    const [, start, end] = hc.pings;
    expect(start).toMatchObject({ kind: 'start', body: 'check started (trigger interval)' });
    expect(start!.rid).toMatch(RID);
    expect(end).toMatchObject({ kind: 'success', rid: start!.rid });
    expect(end!.body).toContain('IPv4 check: unchanged');
    expect(hc.state(UUID)).toBe('up');
  });

  it('start, then fail with the same rid', async () => {
    const { hc, hb } = await primed();
    hb.onCheckRun('start', 'network');
    hb.onEvent({ type: 'offline', at: 0, cause: 'no source answered' }, false);
    hb.onCheckRun('end', 'network');
    await until(() => hc.pings.length === 3, { what: 'the fail' });
    expect(hc.pings[1]).toMatchObject({ kind: 'start', rid: expect.stringMatching(RID) });
    expect(hc.pings[2]).toMatchObject({ kind: 'fail', rid: hc.pings[1]!.rid, body: 'offline: no source answered' });
    expect(hc.state(UUID)).toBe('down');
  });

  it('no start without its end: none within the interval, and a check with no news closes its run', async () => {
    const { hc, hb, clock } = await primed();
    // No news (no IPv6 here, online): the run is closed with the last pulse again.
    hb.onCheckRun('start', 'interval');
    hb.onEvent(checkEvent('unavailable', 6), true);
    hb.onCheckRun('end', 'interval');
    await until(() => hc.pings.length === 3, { what: 'the run closed' });
    expect(hc.pings[1]).toMatchObject({ kind: 'start', rid: expect.stringMatching(RID) });
    expect(hc.pings[2]).toMatchObject({ kind: 'success', rid: hc.pings[1]!.rid });
    expect(hc.pings[2]!.body).toBe('check found nothing new; state stands');
    // Within the interval a steady end would not go out, so neither does a start.
    await clock.advance(MIN);
    hb.onCheckRun('start', 'interval');
    hb.onEvent(checkEvent('unchanged'), true);
    hb.onCheckRun('end', 'interval');
    // News that does go out (a change of state) shows what went before it: no start.
    hb.onEvent({ type: 'offline', at: 0, cause: 'no source answered' }, false);
    await until(() => hc.pings.length === 4, { what: 'the fail' });
    expect(hc.pings[3]).toMatchObject({ kind: 'fail', rid: null });
    expect(hc.pings.filter((p) => p.kind === 'start')).toHaveLength(1);
  });

  it('a refused start holds nothing back: it returns at once, is logged, and the end still closes the run', async () => {
    const { hc, hb, logs } = await primed();
    hc.fault = { status: 500, body: 'Internal Server Error' };
    hb.onCheckRun('start', 'manual');
    // The engine's listener returns before any request is answered: the check goes on.
    expect(hc.requests).toHaveLength(1);
    await until(() => hc.requests.length === 2, { what: 'the start refused' });
    await until(() => logs.some((r) => r.message.startsWith('heartbeat: start not accepted: HTTP 500')), {
      what: 'the warning',
    });
    expect(hb.status()).toMatchObject({ state: 'ok', failures: 0 });
    hc.fault = null;
    hb.onEvent(checkEvent('confirmed'), true);
    hb.onCheckRun('end', 'manual');
    await until(() => hc.pings.length === 2, { what: 'the success' });
    const rid = hc.requests[1]!.url.searchParams.get('rid');
    expect(rid).toMatch(RID);
    expect(hc.pings[1]).toMatchObject({ kind: 'success', rid });
  });
});

it('Uptime Kuma has no start signal: only the beat at the end', async () => {
  const kuma = await startUptimeKuma(['Xb7kQ2pLm9']);
  stands.push(kuma);
  const { hb, clock } = heartbeat({ provider: 'uptime-kuma', url: kuma.pushUrl('Xb7kQ2pLm9') });
  hb.onEvent(checkEvent('unchanged'), true);
  await until(() => kuma.beats.length === 1, { what: 'the first beat' });
  await clock.advance(5 * MIN);
  hb.onCheckRun('start', 'interval');
  hb.onEvent(checkEvent('unchanged'), true);
  hb.onCheckRun('end', 'interval');
  await until(() => kuma.beats.length === 2, { what: 'the second beat' });
  await hb.close();
  expect(kuma.beats.map((b) => b.status)).toEqual(['up', 'up']);
});
