/**
 * GENA against the miniupnpd stand-in: subscribe, hear NOTIFYs, renew at 80% of the grant (on a
 * fake clock), subscribe anew after a 412 (router restart), retry when it fails, UNSUBSCRIBE on
 * close. The NOTIFYs travel for real over loopback; only the renewal timers are driven.
 */
import { createServer, request } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { GenaSubscription, type GenaNotice } from '../../../../electron/engine/router/gena';
import { createUpnpIgd, type UpnpIgd } from '../../../../electron/engine/router/upnp';
import { startUpnpIgd, type FakeUpnpIgd } from '../../../fakes/upnp-igd';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const logger = createLogger('test', { level: 'error', sink: () => {} });
const live = () => new AbortController().signal;
const RENEW_MS = 1_440_000; // 80% of Second-1800

interface World {
  igd: FakeUpnpIgd;
  client: UpnpIgd;
  clock: FakeClock;
  notices: GenaNotice[];
  sub: GenaSubscription;
}

async function subscribed(): Promise<World> {
  const clock = new FakeClock();
  const igd = await startUpnpIgd({ now: () => clock.now() });
  cleanup.push(() => igd.close());
  const client = createUpnpIgd({
    gateway: { address: '127.0.0.1', family: 4 },
    clock,
    logger,
    ssdpTargets: [igd.ssdp],
  });
  cleanup.push(() => client.close());
  const notices: GenaNotice[] = [];
  const result = await client.subscribe(live(), (n) => notices.push(n));
  if (!result.ok) throw new Error(result.error.message);
  return { igd, client, clock, notices, sub: result.value };
}

const events = (notices: GenaNotice[]) => notices.flatMap((n) => (n.kind === 'event' ? [n.notify] : []));
const subscriptions = (notices: GenaNotice[]) => notices.flatMap((n) => (n.kind === 'subscribed' ? [n] : []));
const subscribes = (igd: FakeUpnpIgd) => igd.requests.filter((r) => r.method === 'SUBSCRIBE');
/** miniupnpd sends nothing to a subscriber while its last NOTIFY is unanswered: wait for the answer. */
const settled = (igd: FakeUpnpIgd) =>
  until(() => igd.subscribers.every((s) => !s.inFlight), { what: 'NOTIFY answered' });

function notify(url: string, headers: Record<string, string>, body = '<e:propertyset/>'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'NOTIFY', headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('GENA: subscription and events', () => {
  it('subscribes with a CALLBACK on the LAN-side address and hears the initial NOTIFY', async () => {
    const { igd, notices, sub } = await subscribed();
    expect(sub.sid).toMatch(/^uuid:[0-9a-f-]{36}$/);
    expect(sub.callbackUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ipwatch\/gena\/[0-9a-f]{32}$/);
    expect(subscribes(igd)[0]?.headers).toMatchObject({
      callback: `<${sub.callbackUrl}>`,
      nt: 'upnp:event',
      timeout: 'Second-1800',
    });
    expect(igd.subscribers.map((s) => s.callback)).toEqual([sub.callbackUrl]);
    expect(subscriptions(notices)).toEqual([
      { kind: 'subscribed', sid: sub.sid, grantedSeconds: 1800, renewal: false },
    ]);
    await until(() => events(notices).length > 0, { what: 'initial NOTIFY' });
    expect(events(notices)[0]).toMatchObject({
      sid: sub.sid,
      seq: 0,
      properties: { externalIPAddress: '81.2.69.142', connectionStatus: 'Connected' },
    });
  });

  it('hears each WAN change, a lost address as Disconnected and 0.0.0.0', async () => {
    const { igd, notices } = await subscribed();
    await until(() => events(notices).length === 1, { what: 'initial NOTIFY' });
    await settled(igd);
    igd.setExternalAddress('81.2.69.160');
    await until(() => events(notices).length === 2, { what: 'NOTIFY of the change' });
    await settled(igd);
    igd.setExternalAddress(null);
    await until(() => events(notices).length === 3, { what: 'NOTIFY of the loss' });
    expect(events(notices).map((e) => [e.seq, e.properties.externalIPAddress, e.properties.connectionStatus])).toEqual([
      [0, '81.2.69.142', 'Connected'],
      [1, '81.2.69.160', 'Connected'],
      [2, '0.0.0.0', 'Disconnected'],
    ]);
    expect(igd.skippedNotifies).toBe(0);
  });

  it('renews at 80% of the granted time, with the SID only, and again after that', async () => {
    const { igd, clock, notices, sub } = await subscribed();
    expect(clock.dueTimes).toEqual([clock.now() + RENEW_MS]);
    await clock.advance(RENEW_MS);
    await until(() => subscriptions(notices).length === 2, { what: 'renewal' });
    const renewal = subscribes(igd)[1];
    expect(renewal?.headers).toMatchObject({ sid: sub.sid, timeout: 'Second-1800' });
    expect(renewal?.headers.callback).toBeUndefined();
    expect(renewal?.status).toBe(200);
    expect(subscriptions(notices)[1]).toEqual({
      kind: 'subscribed',
      sid: sub.sid,
      grantedSeconds: 1800,
      renewal: true,
    });
    expect(clock.dueTimes).toEqual([clock.now() + RENEW_MS]);
  });

  it('subscribes anew when the renewal answers 412 (the router restarted and forgot it)', async () => {
    const { igd, clock, notices, sub } = await subscribed();
    const before = sub.sid;
    await igd.restart();
    await clock.advance(RENEW_MS);
    await until(() => subscriptions(notices).length === 2, { what: 'new subscription' });
    expect(subscribes(igd).map((r) => r.status)).toEqual([200, 412, 200]);
    expect(subscriptions(notices)[1]).toMatchObject({ renewal: false });
    expect(sub.sid).not.toBe(before);
    expect(igd.subscribers.map((s) => s.sid)).toEqual([sub.sid]);
    await until(() => events(notices).some((e) => e.sid === sub.sid), { what: "the new subscription's NOTIFY" });
  });

  it('renewNow finds out at once that the router forgot the subscription', async () => {
    const { igd, sub } = await subscribed();
    await igd.restart();
    await sub.renewNow();
    expect(subscribes(igd).map((r) => r.status)).toEqual([200, 412, 200]);
    expect(igd.subscribers.map((s) => s.sid)).toEqual([sub.sid]);
  });

  it('answers a NOTIFY for another SID 412, off its path 404, without NT 400, and makes no event of them', async () => {
    const { igd, notices, sub } = await subscribed();
    await until(() => events(notices).length === 1, { what: 'initial NOTIFY' });
    await settled(igd);
    const url = sub.callbackUrl ?? '';
    const base = { nt: 'upnp:event', nts: 'upnp:propchange', seq: '5' };
    expect(await notify(url, { ...base, sid: 'uuid:00000000-0000-0000-0000-000000000000' })).toBe(412);
    expect(await notify(new URL('/other', url).href, { ...base, sid: sub.sid ?? '' })).toBe(404);
    expect(await notify(url, { nts: 'upnp:propchange', sid: sub.sid ?? '' })).toBe(400);
    expect(await notify(url, { ...base, sid: sub.sid ?? '' }, '<html/>')).toBe(400);
    expect(events(notices)).toHaveLength(1);
  });

  it('UNSUBSCRIBEs on close and stops listening; closing the client closes its subscriptions', async () => {
    const { igd, client, clock, sub } = await subscribed();
    const { sid, callbackUrl } = sub;
    await client.close();
    expect(igd.requests.at(-1)).toMatchObject({ method: 'UNSUBSCRIBE', status: 200, headers: { sid } });
    expect(igd.subscribers).toEqual([]);
    expect(clock.pending).toBe(0);
    await expect(notify(callbackUrl ?? '', { sid: sid ?? '' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await sub.close(); // twice is harmless
    expect(igd.requests.filter((r) => r.method === 'UNSUBSCRIBE')).toHaveLength(1);
  });
});

describe('GENA: when subscribing fails', () => {
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  function subscription(eventSubUrl: string, clock: FakeClock, notices: GenaNotice[]): GenaSubscription {
    const sub = new GenaSubscription({ eventSubUrl: new URL(eventSubUrl), localAddress: '127.0.0.1', clock, logger });
    sub.on((n) => notices.push(n));
    cleanup.push(() => sub.close());
    return sub;
  }

  it('retries an unreachable router with a growing pause', async () => {
    const clock = new FakeClock();
    const notices: GenaNotice[] = [];
    const sub = subscription(`http://127.0.0.1:${await closedPort()}/evt/IPConn`, clock, notices);
    await sub.start();
    expect(notices).toEqual([
      { kind: 'failed', failure: expect.objectContaining({ code: 'refused' }), retryMs: 30_000 },
    ]);
    expect(clock.dueTimes).toEqual([clock.now() + 30_000]);
    await clock.advance(30_000);
    await until(() => notices.length === 2, { what: 'second attempt' });
    expect(notices[1]).toMatchObject({ kind: 'failed', retryMs: 60_000 });
    expect(sub.sid).toBeNull();
  });

  it('close cuts short a SUBSCRIBE the router never answers', async () => {
    const clock = new FakeClock();
    const connected: Socket[] = [];
    const hang = createTcpServer((socket) => connected.push(socket));
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => hang.close(() => resolve()) && connected.forEach((s) => s.destroy())));
    const notices: GenaNotice[] = [];
    const url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}/evt/IPConn`;
    const sub = new GenaSubscription({
      eventSubUrl: new URL(url),
      localAddress: '127.0.0.1',
      clock,
      logger,
      requestTimeoutMs: 600_000,
    });
    sub.on((n) => notices.push(n));
    const started = sub.start();
    await until(() => connected.length === 1, { what: 'SUBSCRIBE sent' });
    await sub.close(); // would wait out the 600 s deadline if the request were not cut short
    await started;
    expect(notices).toEqual([]);
    expect(clock.pending).toBe(0);
  });

  it('takes a 200 without a SID (miniupnpd, for an event URL it does not serve) as a failure', async () => {
    const clock = new FakeClock();
    const igd = await startUpnpIgd();
    cleanup.push(() => igd.close());
    const notices: GenaNotice[] = [];
    await subscription(new URL('/evt/L3F', igd.location).href, clock, notices).start();
    expect(notices).toEqual([
      {
        kind: 'failed',
        failure: { code: 'router-error', message: 'SUBSCRIBE answered HTTP 200 without a SID' },
        retryMs: 30_000,
      },
    ]);
  });
});

describe('the stand-in keeps miniupnpd’s quirk', () => {
  it('sends no NOTIFY to a subscriber while its last one is unanswered', async () => {
    const igd = await startUpnpIgd();
    cleanup.push(() => igd.close());
    const held: Array<() => void> = [];
    const server = createServer((req, res) => {
      req.resume();
      held.push(() => res.end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise((resolve) => server.close(() => resolve()) && server.closeAllConnections()));
    const callback = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/evt/IPConn', igd.location), {
        method: 'SUBSCRIBE',
        headers: { callback: `<${callback}>`, nt: 'upnp:event', timeout: 'Second-1800' },
      });
      req.on('response', (res) => resolve(res.statusCode ?? 0)).on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
    await until(() => held.length === 1, { what: 'initial NOTIFY' });
    igd.setExternalAddress('81.2.69.160');
    expect(igd.skippedNotifies).toBe(1);
    held[0]?.();
    await until(() => igd.subscribers[0]?.inFlight === false, { what: 'NOTIFY answered' });
    igd.setExternalAddress('81.2.69.161');
    await until(() => held.length === 2, { what: 'next NOTIFY' });
    held[1]?.();
  });
});
