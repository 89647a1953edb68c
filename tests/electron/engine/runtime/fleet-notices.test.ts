/**
 * Another site's news through the alert policy (issue 51), end to end: a real runtime watching
 * the fleet on Debian's real mosquitto, its real notifier delivering to a webhook stand-in
 * (tests/fakes/notify-http.ts) and a desktop stand-in. The site "office" is a real MQTT client
 * that publishes as a site does (its state retained, a retained will: mosquitto.conf(5), MQTT
 * 3.1.1 section 3.1.2.5): a change of its address makes one site-changed; its connection killed
 * makes the broker publish its will, and one site-offline once it has lasted offlineAfterSec;
 * it coming back makes one site-online. None of it reaches this machine's own addresses. A
 * watcher restarted after the site changed while it was down tells that change once, and not
 * again on the next restart (it starts from what its store knew).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import mqtt from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { willState } from '../../../../electron/engine/fleet/payload';
import { createLogger } from '../../../../electron/engine/logger';
import type { DesktopNotifier } from '../../../../electron/engine/notify';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { FLEET_PAYLOAD_VERSION, type FleetState } from '../../../../shared/contract/fleet';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const HOME4 = '81.2.69.142';
const [X, Y, Z, W] = ['203.0.113.7', '198.51.100.4', '192.0.2.10', '192.0.2.20'];
const TOPIC = 'ipwatch/fleet/office/state';

let world: World | null = null;
let broker: Broker | null = null;
let hook: NotifyFake | null = null;
let runtime: Runtime | null = null;
let dir: string | null = null;
const clients: mqtt.MqttClient[] = [];

afterEach(async () => {
  await runtime?.close();
  await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  await Promise.all([world?.close(), broker?.stop(), hook?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
  runtime = world = broker = hook = dir = null;
});

const state = (ip: string): FleetState => ({
  v: FLEET_PAYLOAD_VERSION,
  site: 'office',
  online: true,
  reason: null,
  families: { v4: { ip, since: Date.now(), identity: null }, v6: null },
  health: { state: 'healthy', label: 'Healthy' },
  nat: null,
  ddns: [],
  monitors: [],
  version: 'test',
  at: Date.now(),
});

/** The office site: connected with its will, its state retained. */
async function office(ip: string): Promise<mqtt.MqttClient> {
  const c = await mqtt.connectAsync(broker!.url, {
    reconnectPeriod: 0,
    will: { topic: TOPIC, payload: Buffer.from(JSON.stringify(willState('office'))), qos: 1, retain: true },
  });
  clients.push(c);
  await c.publishAsync(TOPIC, JSON.stringify(state(ip)), { qos: 1, retain: true });
  return c;
}

interface Told {
  event: string;
  summary: string;
  title: string;
  data: Record<string, unknown>;
}
const told = (): Told[] =>
  hook!
    .delivered()
    .map((r) => JSON.parse(r.body) as Told)
    .filter((b) => b.event.startsWith('site-'));

const shown: { title: string; body: string }[] = [];
const desktop: DesktopNotifier = { notify: async (title, body) => void shown.push({ title, body }) };

async function watcher(): Promise<Runtime> {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir: dir!, clock: systemClock, logger });
  const settings = settingsFrom({
    ...world!.settings({ monitor: { ipv6: false } }),
    // A version-1 file (the world's settings carry the current version): the upgrade adds the site kinds.
    version: 1,
    notifications: {
      timezone: 'UTC',
      offlineAfterSec: 1,
      channels: [
        // As a file from before the fleet lists them: the upgrade to version 2 adds the site kinds.
        { id: 'hook', type: 'webhook', url: `${hook!.url}/hook`, events: ['ipv4-changed', 'offline', 'online'] },
        { id: 'desk', type: 'desktop' },
      ],
    },
    fleet: { watch: true, brokerUrl: broker!.url, keepAliveSec: 5 },
  });
  runtime = createRuntime({ settings, store, logger, version: 'test', desktop });
  await runtime.start();
  return runtime;
}

const site = async (rt: Runtime) =>
  (await rt.features.handlers.getSites({ limit: 100 }, { actor: 'test' })).sites.find((s) => s.site === 'office');
const siteIp = async (rt: Runtime) => (await site(rt))?.state?.families.v4?.ip;

it.skipIf(mosquittoPeer.skip)(
  "tells another site's new address, its loss (the will) and its return, apart from this machine's own",
  async () => {
    world = await startWorld(HOME4);
    broker = await startMosquitto();
    hook = await startNotifyFake();
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-notices-'));
    shown.length = 0;
    const first = await office(X);
    const rt = await watcher();
    await until(async () => (await siteIp(rt)) === X, { timeoutMs: 20_000, what: 'office watched' });

    await first.publishAsync(TOPIC, JSON.stringify(state(Y)), { qos: 1, retain: true });
    await until(() => told().length === 1, { what: 'site-changed delivered' });
    expect(told()[0]).toMatchObject({
      event: 'site-changed',
      title: 'office: new address',
      summary: `office: IPv4 ${X} → ${Y}`,
      data: { site: 'office', changes: [{ what: 'IPv4 address', from: X, to: Y }] },
    });

    // The connection dies without a DISCONNECT: the broker publishes the will.
    first.stream.destroy();
    await until(() => told().length === 2, { what: 'site-offline delivered' });
    expect(told()[1]).toMatchObject({ event: 'site-offline', title: 'office went offline' });
    expect(told()[1]!.summary).toMatch(/^office went offline \d+ s ago \(connection lost\)$/);

    await office(Y);
    await until(() => told().length === 3, { what: 'site-online delivered' });
    expect(told()[2]).toMatchObject({ event: 'site-online', title: 'office is back' });
    expect(told()[2]!.summary).toMatch(/^office is back, offline for \d+ s$/);
    await until(() => shown.length >= 3, { what: 'the desktop told the same' });
    expect(shown.slice(0, 3).map((s) => s.title)).toEqual([
      'office: new address',
      'office went offline',
      'office is back',
    ]);

    // Never this machine's own: its address, its history and its own kinds are untouched.
    expect(rt.status().families.v4.ip).toBe(HOME4);
    expect((await site(rt))?.thisMachine).toBe(false);
    const mine = JSON.stringify(rt.services.history.history());
    expect(mine).toContain(HOME4);
    for (const ip of [X, Y]) expect(mine).not.toContain(ip);
    const own = hook!.delivered().map((r) => (JSON.parse(r.body) as Told).event);
    expect(own.filter((e) => !e.startsWith('site-'))).toEqual([]);
  },
  60_000,
);

it.skipIf(mosquittoPeer.skip)(
  'a watcher back after the site changed tells it once, and not again on its next restart',
  async () => {
    world = await startWorld(HOME4);
    broker = await startMosquitto();
    hook = await startNotifyFake();
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-fleet-notices-'));
    const office1 = await office(X);
    let rt = await watcher();
    await until(async () => (await siteIp(rt)) === X, { timeoutMs: 20_000, what: 'office watched' });
    await rt.close();
    runtime = null;

    // Two changes while the watcher is down: the retained state tells the latest only.
    await office1.publishAsync(TOPIC, JSON.stringify(state(Y)), { qos: 1, retain: true });
    await office1.publishAsync(TOPIC, JSON.stringify(state(Z)), { qos: 1, retain: true });
    rt = await watcher();
    await until(() => told().length === 1, { timeoutMs: 20_000, what: 'the missed change told' });
    expect(told()[0]).toMatchObject({
      event: 'site-changed',
      summary: `office: IPv4 ${X} → ${Z} (while this watcher was away)`,
      data: { whileAway: true },
    });
    await rt.close();
    runtime = null;

    // Restarted again: the store knew Z, so nothing is new; the next change is the next notice.
    const restartedAt = Date.now();
    rt = await watcher();
    // Heard from the broker (its retained state), not only read back from the store.
    await until(async () => ((await site(rt))?.lastSeenAt ?? 0) >= restartedAt, {
      timeoutMs: 20_000,
      what: 'office heard again',
    });
    expect((await site(rt))?.state?.families.v4?.ip).toBe(Z);
    await office1.publishAsync(TOPIC, JSON.stringify(state(W)), { qos: 1, retain: true });
    await until(() => told().length >= 2, { what: 'the next change told' });
    expect(told().map((t) => t.summary)).toEqual([
      `office: IPv4 ${X} → ${Z} (while this watcher was away)`,
      `office: IPv4 ${Z} → ${W}`,
    ]);
  },
  60_000,
);
