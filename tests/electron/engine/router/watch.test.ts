/**
 * The router watch against the stand-ins on loopback (tests/fakes/natpmp-pcp.ts, upnp-igd.ts):
 * a NAT-PMP-only router, a UPnP-only one, none at all; a NAT-PMP announcement and a GENA NOTIFY
 * each making it ask again; the slow poll on a fake clock; everything closed on stop.
 */
import { createSocket } from 'node:dgram';

import { afterEach, describe, expect, it } from 'vitest';

import { type Clock, systemClock } from '../../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { createNatPmp } from '../../../../electron/engine/router/natpmp';
import { createPcp } from '../../../../electron/engine/router/pcp';
import type { Gateway } from '../../../../electron/engine/router/types';
import { createUpnpIgd } from '../../../../electron/engine/router/upnp';
import { createRouterWatch, type RouterWatch } from '../../../../electron/engine/router/watch';
import { protocolSet } from '../../../../electron/engine/router/watch-ask';
import { routerSettingsSchema } from '../../../../shared/settings/router';
import { startNatPmpPcpServer, type RouterKind } from '../../../fakes/natpmp-pcp';
import { startUpnpIgd } from '../../../fakes/upnp-igd';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

const GATEWAY: Gateway = { address: '127.0.0.1', family: 4 };

/** A loopback UDP port nothing listens on: the router answers "port unreachable" at once. */
async function closedPort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  const port = s.address().port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface Router {
  natpmp?: RouterKind;
  upnp?: string;
  clock?: Clock;
}

async function watchOf(router: Router) {
  const logs: LogRecord[] = [];
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  const clock = router.clock ?? systemClock;
  const pmp = router.natpmp ? await startNatPmpPcpServer({ kind: router.natpmp }) : null;
  if (pmp) cleanup.push(() => pmp.close());
  const igd = router.upnp ? await startUpnpIgd({ externalAddress: router.upnp }) : null;
  if (igd) cleanup.push(() => igd.close());
  const port = pmp?.port ?? (await closedPort());
  const ssdp = igd?.ssdp ?? { address: '127.0.0.1', port: await closedPort() };
  const findGateway = async () => GATEWAY;
  const watch: RouterWatch = createRouterWatch({
    settings: routerSettingsSchema.parse({}),
    clock,
    logger,
    findGateway,
    announcePort: 0,
    protocols: (gateway) =>
      protocolSet({
        natpmp: createNatPmp({ findGateway, port, deadlineMs: 600 }),
        pcp: createPcp({ findGateway, port, deadlineMs: 600 }),
        upnp: createUpnpIgd({ gateway, clock, logger, ssdpTargets: [ssdp], ssdpWaitMs: 600 }),
      }),
  });
  cleanup.push(() => watch.close());
  watch.start();
  return { watch, pmp, igd, logs };
}

const settled = (watch: RouterWatch) => watch.status().state !== 'searching';

describe('router watch', () => {
  it('keeps what a NAT-PMP-only router answers, and asks it first next time', async () => {
    const { watch, pmp } = await watchOf({ natpmp: 'natpmp-only' });
    await until(() => settled(watch), { what: 'the first answer' });
    expect(watch.status()).toMatchObject({ state: 'ok', protocol: 'natpmp', externalAddress: '81.2.69.142' });
    expect(watch.status().checkedAt).toEqual(expect.any(Number));

    // An announcement is only a trigger: the watch asks again, NAT-PMP alone (it answered last).
    const before = pmp!.requests.length;
    await until(() => watch.announcePort() !== undefined, { what: 'listening' });
    await pmp!.setWan('81.2.69.160', { announceTo: watch.announcePort() });
    await until(() => watch.status().externalAddress === '81.2.69.160', { what: 'asked again' });
    const asked = pmp!.requests.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => r.version === 0)).toBe(true);
  });

  it('keeps what a UPnP-only router answers, and asks again on its GENA NOTIFY', async () => {
    const { watch, igd } = await watchOf({ upnp: '81.2.69.142' });
    await until(() => settled(watch), { what: 'the first answer' });
    expect(watch.status()).toMatchObject({ state: 'ok', protocol: 'upnp', externalAddress: '81.2.69.142' });
    await until(() => igd!.subscribers.length === 1 && !igd!.subscribers[0]!.inFlight, { what: 'subscribed' });
    igd!.setExternalAddress('81.2.69.160');
    await until(() => watch.status().externalAddress === '81.2.69.160', { what: 'asked again after NOTIFY' });
    await watch.close();
    expect(watch.status().state).toBe('off');
    await until(() => igd!.subscribers.length === 0, { what: 'UNSUBSCRIBE on close' });
  });

  it('is quiet when the router speaks none of them: state none, one info line', async () => {
    const { watch, logs } = await watchOf({});
    await until(() => settled(watch), { what: 'the first round' });
    expect(watch.status()).toMatchObject({ state: 'none', protocol: null, externalAddress: null });
    watch.trigger('test');
    await until(() => logs.filter((l) => l.message === 'router asked').length === 2, { what: 'a second round' });
    expect(watch.status().state).toBe('none');
    const infos = logs.filter((l) => l.level === 'info' && /speaks none/.test(l.message));
    expect(infos).toHaveLength(1);
    expect(logs.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('asks again every pollMinutes, on the clock', async () => {
    const clock = new FakeClock();
    const { watch, pmp } = await watchOf({ natpmp: 'natpmp-only', clock });
    await until(() => settled(watch), { what: 'the first answer' });
    const first = watch.status().checkedAt;
    await pmp!.setWan('81.2.69.170');
    await clock.advance(4 * 60_000);
    expect(watch.status().externalAddress).toBe('81.2.69.142');
    await clock.advance(60_000);
    await until(() => watch.status().externalAddress === '81.2.69.170', { what: 'the 5-minute poll' });
    expect(watch.status().checkedAt).toBe(first! + 5 * 60_000);
  });
});
