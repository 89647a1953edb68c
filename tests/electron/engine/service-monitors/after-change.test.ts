/**
 * Service monitors through the runtime's part (runtime/monitors.ts), every edge real: the engine
 * confirms an address change from the local world's sources, a local TCP and HTTP service goes
 * down with it, a DNS record stays at the old address; the history keeps one row per change of
 * state, and a webhook (tests/fakes/notify-http.ts) gets one notice per change, no more.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { createUdpClient } from '../../../../electron/engine/net/udp';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { FeaturePart } from '../../../../electron/engine/runtime/feature-types';
import { monitorsPart } from '../../../../electron/engine/runtime/monitors';
import { createRedactor } from '../../../../electron/engine/secrets/redact';
import { processSecrets } from '../../../../electron/engine/secrets/resolve';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import type { MonitorStatus } from '../../../../shared/contract/monitors';
import { serviceMonitorSchema } from '../../../../shared/settings/service-monitor';
import { type FakeDnsServer, startDnsServer } from '../../../fakes/dns-server';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { startUserService, type UserService } from '../../../fakes/user-service';
import { type EngineHarness, iface, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';
const A6 = '2a02:1:2:3::5';
const B6 = '2a02:1:9:9::5';
const INTERVAL_SEC = 600;

let world: World;
let svc: UserService;
let dns: FakeDnsServer;
let hook: NotifyFake;
let clock: FakeClock;
let store: HistoryStore;
let h: EngineHarness;
let notifier: Notifier;
let part: FeaturePart;
const net = { http: createHttpClient({ userAgent: 'IPWatch/test' }), udp: createUdpClient() };

beforeEach(async () => {
  world = await startWorld(A4, A6);
  svc = await startUserService({ body: 'Home Assistant' });
  dns = await startDnsServer();
  dns.setRecord('home.example.org', 'A', A4);
  hook = await startNotifyFake();
  clock = new FakeClock(Date.UTC(2026, 10, 26));
  const logger = createLogger('test', { level: 'warn', sink: () => {} });
  store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
  const common = { intervalSec: INTERVAL_SEC, timeoutSec: 2 };
  const settings = settingsFrom({
    ...world.settings(),
    notifications: { channels: [{ id: 'hook', type: 'webhook', url: `${hook.url}/hook` }] },
    monitors: {
      items: [
        { id: 'ssh', name: 'SSH', type: 'tcp', host: '127.0.0.1', port: svc.port, ...common },
        { id: 'web', name: 'Home Assistant', type: 'http', url: svc.url, expectText: 'Home Assistant', ...common },
        { id: 'name', name: 'home.example.org', type: 'dns', host: 'home.example.org', server: dns.server, ...common },
      ],
    },
  });
  h = await startEngineHarness(world.settings(), { store, clock });
  notifier = createNotifier({ store, clock, logger, settings: settings.notifications, random: () => 0.5 });
  part = monitorsPart({
    settings,
    store,
    net,
    clock,
    logger,
    secrets: processSecrets,
    redactor: createRedactor(),
    engine: h.engine,
    notifier,
    version: 'test',
  });
  await notifier.start();
  await h.engine.start();
  await part.start?.();
});
afterEach(async () => {
  await part.close?.();
  await notifier.stop();
  await h.close();
  await store.close();
  await Promise.all([world.close(), svc.close(), dns.close(), hook.close(), net.http.close(), net.udp.close()]);
});

const items = (): MonitorStatus[] => part.status?.().monitors?.items ?? [];
const states = () => Object.fromEntries(items().map((i) => [i.id, i.state]));
const checkedSince = (t: number) => items().every((i) => (i.checkedAt ?? 0) >= t);
const notices = () =>
  hook.delivered().map((r) => {
    const b = JSON.parse(r.body) as { event: string; data: { monitor: string; afterChange: boolean } };
    return `${b.event}:${b.data.monitor}${b.data.afterChange ? ':after-change' : ''}`;
  });

describe('service monitors after a change', () => {
  it('calls each service down once after the change, keeps one row per change, and up once again', async () => {
    await until(() => states().ssh === 'up' && states().web === 'up' && states().name === 'up', { what: 'all up' });
    expect(hook.requests).toHaveLength(0); // unknown -> up is learning, not news

    // The line reconnects with a new address; the service's port forward did not follow.
    await svc.down();
    world.setIp(B4, B6);
    h.interfaces = iface('192.168.1.77');
    const changedAt = clock.now();
    await clock.advance(1100);
    await h.waitFor((ev) => ev.some((e) => e.type === 'change' && e.from === A4));
    await until(() => Object.values(states()).every((s) => s === 'down'), { what: 'all down' });
    await until(() => hook.delivered().length === 3, { what: 'three notices' });
    expect(notices().sort()).toEqual([
      'service-down:name:after-change',
      'service-down:ssh:after-change',
      'service-down:web:after-change',
    ]);
    await until(() => store.counts('hook').sent === 3, { what: 'three sent' });
    const name = items().find((i) => i.id === 'name');
    expect(name?.why).toBe(`home.example.org resolves to ${A4}, not the current ${B4}`);
    expect(items().find((i) => i.id === 'ssh')?.why).toBe(
      `Nothing answered at 127.0.0.1:${svc.port}: is the service running?`,
    );

    // Still down at the next interval: checked again, not told again.
    const t1 = clock.now() + INTERVAL_SEC * 1000;
    await clock.advance(INTERVAL_SEC * 1000);
    await until(() => checkedSince(t1), { what: 'checked again' });
    // Each notice went through the outbox: nothing more was queued by the second round.
    expect(store.counts('hook')).toMatchObject({ pending: 0 });
    expect(hook.delivered()).toHaveLength(3);

    // Back: the service restarts, the record is updated.
    await svc.up();
    dns.setRecord('home.example.org', 'A', B4);
    await clock.advance(INTERVAL_SEC * 1000);
    await until(() => Object.values(states()).every((s) => s === 'up'), { what: 'all up again' });
    await until(() => hook.delivered().length === 6, { what: 'six notices' });
    expect(notices().slice(3).sort()).toEqual(['service-up:name', 'service-up:ssh', 'service-up:web']);
    await until(() => store.counts('hook').sent === 6, { what: 'six sent' });
    expect(store.counts('hook')).toMatchObject({ pending: 0, sent: 6 });

    const rows = store.monitorStates({ monitor: 'web' });
    expect(rows.map((r) => [r.state, r.afterChange])).toEqual([
      ['up', false],
      ['down', true],
      ['up', false],
    ]);
    expect(rows[1]!.at).toBeGreaterThanOrEqual(changedAt);
    expect(store.monitorStates().length).toBe(9);
  });

  it('tests a monitor as edited without recording anything', async () => {
    const test = (input: Parameters<NonNullable<typeof part.handlers.testMonitor>>[0]) =>
      part.handlers.testMonitor!(input, { actor: 'test' });
    const monitor = serviceMonitorSchema.parse({ id: 'x', name: 'X', type: 'tcp', host: '127.0.0.1', port: svc.port });
    const ok = await test({ monitor });
    expect(ok).toMatchObject({ ok: true, detail: `port ${svc.port} accepts connections` });
    await svc.down();
    expect(await test({ monitorId: 'ssh' })).toMatchObject({ ok: false });
    await expect(test({ monitorId: 'nope' })).rejects.toThrow(/no service monitor "nope"/);
    const history = await part.handlers.getMonitorHistory!({ monitorId: 'x', limit: 10 }, { actor: 'test' });
    expect(history).toEqual([]);
  });
});
