/**
 * The heartbeat against local stand-ins for Healthchecks (hosted and self-hosted) and Uptime
 * Kuma's push API, driven by engine events on the fake clock: when a ping goes out, what it
 * says, and how a refusal shows (status and one warning, never a storm).
 */
import { afterEach, describe, expect, it } from 'vitest';

import { newsOf, shouldPing } from '../../../../electron/engine/heartbeat/decide';
import type { Pulse } from '../../../../electron/engine/heartbeat/types';
import type { CheckEvent, CheckResult } from '../../../../shared/types';
import { type HealthchecksStandIn, startHealthchecks } from '../../../fakes/healthchecks';
import { type KumaStandIn, startUptimeKuma } from '../../../fakes/uptime-kuma-push';
import { until } from '../../../helpers/until';
import { checkEvent, heartbeat } from './heartbeat-harness';

const UUID = '5f3a8c1e-2b7d-4e09-9c61-0d4f7a2b8e35';
const MIN = 60_000;
let stands: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stands.map((s) => s.close()));
  stands = [];
});

describe('when a heartbeat goes out (decide.ts)', () => {
  const cases: [Pulse | null, number | null, Pulse, number, boolean][] = [
    // last pulse, sent at, news, now, ping?
    [null, null, 'up', 0, true],
    ['down', 0, 'up', 1, true],
    ['up', 0, 'up', 5 * MIN, true],
    ['up', 0, 'up', 5 * MIN - 1, false],
    [null, null, 'down', 0, true],
    ['up', 0, 'down', 1, true],
    ['down', 0, 'down', 5 * MIN, true],
    ['down', 0, 'down', 1, false],
  ];
  it.each(cases)('last %s at %s, news %s at %s: %s', (last, lastAt, pulse, now, expected) => {
    expect(shouldPing({ last, lastAt }, pulse, now, 5 * MIN)).toBe(expected);
  });

  const check = (result: CheckResult, family: 4 | 6 = 4): CheckEvent => ({
    type: 'check',
    at: 0,
    family,
    trigger: 'interval',
    result,
    ip: null,
    requests: 1,
    durationMs: 120,
    attempts: [],
  });
  it.each([
    ['unchanged', true, 'up'],
    ['changed', true, 'up'],
    ['confirmed', null, 'up'],
    ['unavailable', true, null],
    ['uncertain', true, null],
    ['unavailable', false, 'down'],
    ['disabled', false, null],
  ] as const)('a check %s while online is %s: %s', (result, online, pulse) => {
    expect(newsOf(check(result), online)?.pulse ?? null).toBe(pulse);
  });
  it('the engine going offline is down, with its cause', () => {
    expect(newsOf({ type: 'offline', at: 0, cause: 'no source answered' }, false)).toEqual({
      pulse: 'down',
      detail: 'offline: no source answered',
      checkMs: null,
    });
  });
});

describe('the heartbeat to Healthchecks', () => {
  const start = async (mode: 'hosted' | 'self-hosted' = 'hosted'): Promise<HealthchecksStandIn> => {
    const hc = await startHealthchecks({ mode, uuids: [UUID], bodyLimit: 100 });
    stands.push(hc);
    return hc;
  };

  it('pings success after good checks at most once per interval, and /fail at once when offline', async () => {
    const hc = await start();
    const { hb, clock } = heartbeat({ url: hc.pingUrl(UUID) });
    hb.onEvent(checkEvent('unchanged'), true);
    hb.onEvent(checkEvent('unchanged', 6), true);
    await until(() => hb.status().state === 'ok', { what: 'the first ping' });
    expect(hc.pings).toHaveLength(1);
    expect(hc.pings[0]).toMatchObject({ kind: 'success', method: 'POST' });
    expect(hc.pings[0]!.body).toContain('IPv4 check: unchanged (240 ms');
    await clock.advance(4 * MIN);
    hb.onEvent(checkEvent('unchanged'), true);
    expect(hc.pings).toHaveLength(1);
    hb.onEvent({ type: 'offline', at: clock.now(), cause: 'no source answered' }, false);
    await until(() => hc.pings.length === 2, { what: 'the fail ping' });
    expect(hc.pings[1]).toMatchObject({ kind: 'fail', body: 'offline: no source answered' });
    expect(hc.state(UUID)).toBe('down');
    hb.onEvent(checkEvent('unavailable'), false);
    await clock.advance(MIN);
    hb.onEvent(checkEvent('changed'), true);
    await until(() => hc.pings.length === 3, { what: 'back up' });
    expect(hc.state(UUID)).toBe('up');
    await clock.advance(5 * MIN);
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hc.pings.length === 4 && hb.status().lastPing?.at === clock.now(), { what: 'the next interval' });
    expect(hb.status()).toMatchObject({ state: 'ok', failures: 0, provider: 'healthchecks' });
  });

  it('cuts nothing it needs: the body limit is the server’s', async () => {
    const hc = await start('self-hosted');
    const { hb } = heartbeat({ url: hc.pingUrl(UUID) });
    const long = { type: 'offline' as const, at: 0, cause: 'x'.repeat(300) };
    hb.onEvent(long, false);
    await until(() => hb.status().lastPing !== null, { what: 'the ping answered' });
    expect(hc.pings[0]!.body).toHaveLength(100);
    expect(hb.status().lastPing).toMatchObject({ ok: true, signal: 'down' });
  });

  it('takes "OK (not found)" for the refusal it is, warns once, and keeps the URL out of the log and status', async () => {
    const hc = await start('hosted');
    const wrong = hc.pingUrl('0b1c2d3e-0000-4000-8000-000000000000');
    const { hb, clock, logs } = heartbeat({ url: wrong, intervalSec: 60 });
    // Two minutes apart, past the etiquette's wait after each failure (at most 36 s, then 72 s):
    // issue 47 has the heartbeat back off, so a ping a minute after two failures would wait.
    for (let i = 0; i < 3; i++) {
      hb.onEvent(checkEvent('unchanged'), true);
      await until(() => hb.status().failures === i + 1, { what: `failure ${i + 1}` });
      await clock.advance(2 * MIN);
    }
    expect(hb.status()).toMatchObject({ state: 'failing', failures: 3 });
    expect(hb.status().lastPing!.detail).toMatch(/knows no check at this URL/);
    expect(logs.filter((r) => r.level === 'warn')).toHaveLength(1);
    expect(JSON.stringify([logs, hb.status()])).not.toContain('0b1c2d3e-0000');
  });

  it('backs off after failures as the etiquette says: news waits, then goes; a Retry-After is honoured', async () => {
    const hc = await start();
    const { hb, clock } = heartbeat({ url: hc.pingUrl(UUID), intervalSec: 30 });
    hc.fault = { status: 503, body: 'Service Unavailable' };
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hb.status().failures === 1, { what: 'the first failure' });
    expect(hb.status().lastPing!.detail).toBe('HTTP 503: Service Unavailable');
    // 29 s on, a change of state is news, but the etiquette waits 30 s to 36 s after a failure.
    await clock.advance(29_000);
    hb.onEvent({ type: 'offline', at: clock.now(), cause: 'no source answered' }, false);
    hb.onEvent(checkEvent('unavailable'), false);
    await clock.advance(0);
    expect(hc.requests).toHaveLength(1);
    hc.fault = { status: 429, body: 'rate limited', retryAfter: '600' };
    await clock.advance(7_000);
    await until(() => hb.status().failures === 2, { what: 'the news sent when the wait ended' });
    expect(hc.requests).toHaveLength(2);
    expect(hc.requests[1]!.url.pathname).toMatch(/\/fail$/);
    // The service asked for 10 minutes: news within them waits, and no start is sent meanwhile.
    hc.fault = null;
    await clock.advance(9 * MIN);
    hb.onCheckRun('start', 'interval');
    hb.onEvent(checkEvent('changed'), true);
    await clock.advance(0);
    expect(hc.requests).toHaveLength(2);
    await clock.advance(MIN);
    await until(() => hb.status().state === 'ok', { what: 'accepted after the Retry-After' });
    expect(hc.requests.map((r) => r.url.pathname.split('/').at(-1))).toEqual([UUID, 'fail', UUID]);
    expect(hb.status().failures).toBe(0);
  });

  it('an oversized answer is a failure in words (the etiquette reads 64 KB at most)', async () => {
    const hc = await start();
    const { hb } = heartbeat({ url: hc.pingUrl(UUID) });
    hc.fault = { status: 200, body: 'x'.repeat(70 * 1024) };
    expect(await hb.test()).toMatchObject({
      ok: false,
      error: 'the answer is over 64 KB, longer than any this service gives',
    });
    hc.fault = null;
  });

  it('a self-hosted server’s 404 and a dead server are failures with their reason', async () => {
    const hc = await start('self-hosted');
    const { hb } = heartbeat({ url: `${hc.url}/ping/0b1c2d3e-0000-4000-8000-000000000000` });
    expect(await hb.test()).toMatchObject({ ok: false, error: expect.stringMatching(/knows no check/) });
    await hc.close();
    stands = [];
    const dead = heartbeat({ url: hc.pingUrl(UUID) });
    const r = await dead.hb.test();
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/ECONNREFUSED|refused/);
  });

  it('reads the URL from an environment variable, and says which is missing', async () => {
    const hc = await start();
    const { hb } = heartbeat({ url: { env: 'HC_URL' } }, { HC_URL: hc.pingUrl(UUID) });
    expect(await hb.test()).toMatchObject({ ok: true, detail: 'OK' });
    const missing = heartbeat({ url: { env: 'HC_NOPE' } });
    expect(missing.hb.status()).toMatchObject({ state: 'failing' });
    expect(missing.hb.status().lastPing!.detail).toBe('url: environment variable HC_NOPE is not set');
    expect(missing.hb.status().lastPing!.reason).toEqual({
      code: 'reason.secret.unresolved',
      values: { field: 'url', kind: 'env', name: 'HC_NOPE' },
    });
  });

  it('sends nothing when off', async () => {
    const hc = await start();
    const { hb } = heartbeat({ url: hc.pingUrl(UUID), enabled: false });
    hb.onEvent(checkEvent('unchanged'), true);
    hb.onEvent({ type: 'offline', at: 0, cause: 'x' }, false);
    await hb.close();
    expect(hc.requests).toHaveLength(0);
    expect(hb.status().state).toBe('off');
  });
});

describe('the heartbeat to an Uptime Kuma push monitor', () => {
  const start = async (): Promise<KumaStandIn> => {
    const kuma = await startUptimeKuma(['Xb7kQ2pLm9']);
    stands.push(kuma);
    return kuma;
  };

  it('pushes status=up with the check’s time as ping, and status=down when offline', async () => {
    const kuma = await start();
    const { hb } = heartbeat({ provider: 'uptime-kuma', url: kuma.pushUrl('Xb7kQ2pLm9') });
    hb.onEvent(checkEvent('confirmed'), true);
    await until(() => kuma.beats.length === 1, { what: 'the up beat' });
    expect(kuma.beats[0]).toMatchObject({ status: 'up', ping: 240 });
    expect(kuma.beats[0]!.msg).toContain('IPv4 check: confirmed');
    hb.onEvent({ type: 'offline', at: 0, cause: 'no source answered' }, false);
    await until(() => hb.status().lastPing?.signal === 'down', { what: 'the down beat answered' });
    expect(kuma.beats[1]).toMatchObject({ status: 'down', ping: null, msg: 'offline: no source answered' });
    expect(hb.status()).toMatchObject({ state: 'ok', lastPing: { ok: true, signal: 'down' } });
  });

  it('a paused monitor is "not found or not active": shown, and accepted again once resumed', async () => {
    const kuma = await start();
    const { hb, clock, logs } = heartbeat({
      provider: 'uptime-kuma',
      url: kuma.pushUrl('Xb7kQ2pLm9'),
      intervalSec: 60,
    });
    kuma.setActive('Xb7kQ2pLm9', false);
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hb.status().failures === 1, { what: 'the refusal' });
    expect(hb.status().lastPing!.detail).toMatch(/no active push monitor/);
    kuma.setActive('Xb7kQ2pLm9', true);
    await clock.advance(MIN);
    hb.onEvent(checkEvent('unchanged'), true);
    await until(() => hb.status().state === 'ok', { what: 'accepted again' });
    expect(logs.some((r) => r.message === 'heartbeat: accepted again')).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('Xb7kQ2pLm9');
  });

  it('a ping under way does not hold back the next news: the newest waits and goes after it', async () => {
    const kuma = await start();
    const { hb } = heartbeat({ provider: 'uptime-kuma', url: kuma.pushUrl('Xb7kQ2pLm9') });
    hb.onEvent(checkEvent('unchanged'), true);
    hb.onEvent({ type: 'offline', at: 0, cause: 'a' }, false);
    hb.onEvent(checkEvent('changed'), true);
    await until(() => kuma.beats.length === 2, { what: 'two beats' });
    expect(kuma.beats.map((b) => b.status)).toEqual(['up', 'up']);
    await hb.close();
  });
});
