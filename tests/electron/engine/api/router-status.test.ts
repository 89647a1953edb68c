/**
 * The router watch through the runtime and the HTTP API: GET /api/v1/status carries `router`
 * (what the stand-in router said, by which protocol) and `nat` (the verdict from it and the
 * address the public sources confirmed), and follows the router's announcement of a shared
 * (100.64/10) WAN address to a CGNAT verdict, with a `nat` event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startApi, type RunningApi } from '../../../../electron/engine/api';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { AppStatus } from '../../../../shared/contract';
import { appStatusSchema } from '../../../../shared/contract/status';
import { settingsSchema } from '../../../../shared/settings';
import type { EngineEvent } from '../../../../shared/types';
import { startNatPmpPcpServer, type FakeNatPmpPcp } from '../../../fakes/natpmp-pcp';
import { standInRouter } from '../../../helpers/router-stand-in';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const TOKEN = 'router-status-test-token';
const PUBLIC = '81.2.69.142';
let world: World;
let router: FakeNatPmpPcp;
let runtime: Runtime;
let api: RunningApi;
const events: EngineEvent[] = [];

beforeAll(async () => {
  world = await startWorld();
  router = await startNatPmpPcpServer({ wan: PUBLIC });
  const settings = settingsSchema.parse({
    ...world.settings(),
    monitor: { ...world.settings().monitor, ipv6: false },
    router: { enabled: true },
    notifications: { channels: [] },
  });
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({
    settings,
    store,
    logger,
    version: 'test',
    routerWatch: standInRouter(router, systemClock, logger),
  });
  runtime.engine.on((e) => events.push(e));
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
});

afterAll(async () => {
  await api?.close();
  await runtime?.close();
  await router?.close();
  await world?.close();
});

async function status(): Promise<AppStatus> {
  const res = await fetch(`${api.url}/api/v1/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return appStatusSchema.parse(await res.json()) as unknown as AppStatus;
}

describe('GET /api/v1/status: router and nat', () => {
  it('shows what the router said and the NAT verdict with the confirmed address', async () => {
    await until(async () => (await status()).router.state !== 'searching', { what: 'the router answered' });
    const s = await status();
    expect(s.router).toMatchObject({ state: 'ok', externalAddress: PUBLIC, error: null });
    expect(['natpmp', 'pcp']).toContain(s.router.protocol);
    expect(s.families.v4.ip).toBe(PUBLIC);
    expect(s.nat).toMatchObject({ verdict: 'nat', label: 'Behind your router (NAT)' });
  });

  it("follows the router's announcement of a shared WAN address to a CGNAT verdict", async () => {
    await until(() => runtime.router.announcePort() !== undefined, { what: 'listening' });
    await router.setWan('100.64.12.34', { announceTo: runtime.router.announcePort() });
    await until(async () => (await status()).router.externalAddress === '100.64.12.34', { what: 'asked again' });
    const s = await status();
    // miniupnpd's NAT-PMP answers result 3 for a reserved WAN; its PCP still tells the address.
    expect(s.router).toMatchObject({ state: 'ok', protocol: 'pcp' });
    expect(s.nat.verdict).toBe('cgnat');
    // The verdict's change is an event of its own (for the notifier, the API's event stream).
    await until(() => events.some((e) => e.type === 'nat'), { what: 'the nat event' });
    expect(events.filter((e) => e.type === 'nat')).toEqual([
      expect.objectContaining({ from: 'nat', to: 'cgnat', routerAddress: '100.64.12.34', publicAddress: PUBLIC }),
    ]);
    // The router's new word started a check, which the public sources did not bear out. The nat
    // event needs no check (it reads the address already confirmed), so the check may end after it.
    await until(() => events.some((e) => e.type === 'check' && e.trigger === 'router'), {
      what: "the check the router's word started",
    });
    expect(events.filter((e) => e.type === 'change')).toHaveLength(1);
  });
});
