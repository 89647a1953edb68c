/**
 * A site whose clock is a day ahead, against Debian's real mosquitto (issue 59): a real runtime
 * watches the fleet, its real notifier delivers to a webhook stand-in (tests/fakes/notify-http.ts).
 * The site "office" publishes its state dated a day ahead, then stops (its clean stop, dated a day
 * ahead too) and goes silent. The offline notice is told once the loss has lasted offlineAfterSec
 * on the watcher's clock (docs/fleet.md, "A site's clock"), not a day later, and the site's row
 * says its clock is off.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import mqtt from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { createLogger } from '../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../electron/engine/runtime';
import { openHistoryStore } from '../../electron/engine/store';
import { english } from '../../shared/i18n/translators';
import { siteNoteWords } from '../../shared/words/fleet';
import { type NotifyFake, startNotifyFake } from '../fakes/notify-http';
import { type Broker, mosquittoPeer, startMosquitto } from '../fixtures/notify/mosquitto';
import { settingsFrom } from '../helpers/engine';
import { fleetState } from '../helpers/fleet-state';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const DAY = 24 * 60 * 60 * 1000;
const TOPIC = 'ipwatch/fleet/office/state';
const OFFLINE_AFTER_SEC = 2;

let world: World | null = null;
let broker: Broker | null = null;
let hook: NotifyFake | null = null;
let runtime: Runtime | null = null;
let dir: string | null = null;
let office: mqtt.MqttClient | null = null;

afterEach(async () => {
  await runtime?.close();
  await office?.endAsync(true);
  await Promise.all([world?.close(), broker?.stop(), hook?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
  runtime = world = broker = hook = dir = office = null;
});

it.skipIf(mosquittoPeer.skip)(
  'a site a day ahead that stops is told offline after offlineAfterSec on the watcher clock',
  async () => {
    world = await startWorld('81.2.69.142');
    broker = await startMosquitto();
    hook = await startNotifyFake();
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-site-clock-'));
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: dir, clock: systemClock, logger });
    const settings = settingsFrom({
      ...world.settings({ monitor: { ipv6: false } }),
      notifications: {
        timezone: 'UTC',
        offlineAfterSec: OFFLINE_AFTER_SEC,
        channels: [{ id: 'hook', type: 'webhook', url: `${hook.url}/hook`, events: ['site-offline'] }],
      },
      fleet: { watch: true, brokerUrl: broker.url, keepAliveSec: 5 },
    });
    runtime = createRuntime({ settings, store, logger, version: 'test' });
    await runtime.start();
    const rt = runtime;
    const site = async () =>
      (await rt.features.handlers.getSites({ limit: 100 }, { actor: 'test' })).sites.find((s) => s.site === 'office');

    office = await mqtt.connectAsync(broker.url, { reconnectPeriod: 0 });
    const ahead = () => Date.now() + DAY;
    const state = fleetState('office', ahead(), { ip: '203.0.113.7', since: ahead() });
    await office.publishAsync(TOPIC, JSON.stringify(state), { qos: 1, retain: true });
    await until(async () => (await site())?.online === true, { timeoutMs: 20_000, what: 'office watched' });
    expect(siteNoteWords((await site())!, english).join('\n')).toMatch(
      /its clock is off by 1 d \(ahead of this watcher's\)/,
    );

    // Its clean stop, dated a day ahead, then silence.
    const stoppedAt = Date.now();
    const stop = { ...state, online: false, reason: 'stopped', at: ahead() };
    await office.publishAsync(TOPIC, JSON.stringify(stop), { qos: 1, retain: true });
    await office.endAsync();
    office = null;
    await until(async () => (await site())?.online === false, { what: 'office offline' });
    const since = (await site())!.since!;
    expect(since).toBeGreaterThanOrEqual(stoppedAt);
    expect(since).toBeLessThanOrEqual(Date.now());

    const told = () =>
      hook!
        .delivered()
        .map((r) => JSON.parse(r.body) as { event: string; summary: string })
        .filter((b) => b.event === 'site-offline');
    await until(() => told().length === 1, { timeoutMs: 15_000, what: 'site-offline told on the watcher clock' });
    const tookMs = Date.now() - stoppedAt;
    expect(tookMs).toBeGreaterThanOrEqual(OFFLINE_AFTER_SEC * 1000);
    expect(told()[0]!.summary).toMatch(/^office went offline \d+ s ago \(stopped\)$/);
  },
  60_000,
);
