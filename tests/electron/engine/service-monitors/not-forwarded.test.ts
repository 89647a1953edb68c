/**
 * "Not forwarded by the router" end to end (issue 42): the runtime with its router watch on the
 * miniupnpd stand-in (tests/fakes/upnp-igd.ts; NAT-PMP and PCP answer nothing), a TCP monitor of
 * a port on this host, and the status the API serves: flagged while the router maps no such
 * port, clear once it does (asked again after a settings update).
 */
import { createServer, type AddressInfo, type Server } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startApi, type RunningApi } from '../../../../electron/engine/api';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createNatPmp } from '../../../../electron/engine/router/natpmp';
import { createPcp } from '../../../../electron/engine/router/pcp';
import { createUpnpIgd } from '../../../../electron/engine/router/upnp';
import { protocolSet } from '../../../../electron/engine/router/watch-ask';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { AppStatus } from '../../../../shared/contract';
import { appStatusSchema } from '../../../../shared/contract/status';
import { type Settings, settingsSchema } from '../../../../shared/settings';
import { startUpnpIgd, type FakeUpnpIgd } from '../../../fakes/upnp-igd';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const TOKEN = 'not-forwarded-test-token';
let world: World;
let igd: FakeUpnpIgd;
let service: Server;
let runtime: Runtime;
let api: RunningApi;
let settings: Settings;
let port = 0;

beforeAll(async () => {
  world = await startWorld();
  igd = await startUpnpIgd({ externalAddress: '81.2.69.142' });
  service = createServer((s) => s.end());
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r));
  port = (service.address() as AddressInfo).port;
  settings = settingsSchema.parse({
    ...world.settings(),
    monitor: { ...world.settings().monitor, ipv6: false },
    router: { enabled: true, listen: false },
    notifications: { channels: [] },
    monitors: { items: [{ id: 'svc', name: 'Service', type: 'tcp', host: '127.0.0.1', port }] },
  });
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  const findGateway = async () => ({ address: '127.0.0.1', family: 4 as const });
  runtime = createRuntime({
    settings,
    store,
    logger,
    version: 'test',
    routerWatch: {
      findGateway,
      announcePort: 0,
      protocols: (gateway) =>
        protocolSet({
          // Port 9 on loopback: nothing answers NAT-PMP or PCP there.
          natpmp: createNatPmp({ findGateway, port: 9, deadlineMs: 300 }),
          pcp: createPcp({ findGateway, port: 9, deadlineMs: 300 }),
          upnp: createUpnpIgd({ gateway, clock: systemClock, logger, ssdpTargets: [igd.ssdp], ssdpWaitMs: 1500 }),
        }),
    },
  });
  await runtime.start();
  api = await startApi({
    services: runtime.services,
    settings: {
      read: async () => ({ settings, envOverrides: [] }),
      write: async () => ({ ok: true, live: [], restart: [] }),
    },
    api: { ...settings.api, port: 0, token: TOKEN },
    dataDir: null,
    logger,
    version: 'test',
  });
}, 30_000);

afterAll(async () => {
  await api?.close();
  await runtime?.close();
  await igd?.close();
  await new Promise((r) => service?.close(r));
  await world?.close();
});

async function monitor(): Promise<NonNullable<AppStatus['monitors']>['items'][number] | undefined> {
  const res = await fetch(`${api.url}/api/v1/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  const status = appStatusSchema.parse(await res.json()) as unknown as AppStatus;
  return status.monitors?.items.find((m) => m.id === 'svc');
}

describe('a monitor of this host on a port the router does not forward', () => {
  it('is flagged while the router lists no TCP mapping for its port, its check still passing', async () => {
    await until(async () => (await monitor())?.notForwarded === true, { what: 'the flag', timeoutMs: 15_000 });
    await until(async () => (await monitor())?.state === 'up', { what: 'the check', timeoutMs: 10_000 });
    expect(igd.requests.some((r) => String(r.headers.soapaction).includes('GetGenericPortMappingEntry'))).toBe(true);
  }, 30_000);

  it('is clear once the router maps the port', async () => {
    igd.mappings.entries.push({
      remoteHost: '',
      externalPort: port,
      protocol: 'TCP',
      internalPort: port,
      internalClient: '127.0.0.1',
      enabled: true,
      description: 'service',
      leaseDuration: 0,
    });
    await runtime.updateSettings(settings);
    await until(async () => (await monitor())?.notForwarded === undefined, {
      what: 'the flag gone',
      timeoutMs: 15_000,
    });
    expect((await monitor())?.state).toBe('up');
  }, 30_000);
});
