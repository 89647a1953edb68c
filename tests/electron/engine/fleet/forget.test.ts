/**
 * Forgetting watched sites (fleet/forget.ts; its truth tables are forget-rules.test.ts): the
 * watcher forgetting a site not heard for fleet.forgetAfterDays on a fake clock, against Debian's
 * real mosquitto: the site is gone from the rows and the history, stays forgotten across a restart
 * although the broker still keeps its will, and comes back when it publishes again.
 */
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';

import { type Fleet, startFleet } from '../../../../electron/engine/fleet';
import { FORGET_SWEEP_MS } from '../../../../electron/engine/fleet/forget';
import { willState } from '../../../../electron/engine/fleet/payload';
import { createLogger } from '../../../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { type Broker, mosquittoPeer, startMosquitto } from '../../../fixtures/notify/mosquitto';
import { FakeClock } from '../../../helpers/fake-clock';
import { fleetState } from '../../../helpers/fleet-state';
import { until } from '../../../helpers/until';

const DAY = 24 * 60 * 60 * 1000;

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const TOPIC = 'ipwatch/fleet/office/state';
let broker: Broker | null = null;
let store: HistoryStore | null = null;
const fleets: Fleet[] = [];
const clients: mqtt.MqttClient[] = [];

afterEach(async () => {
  await Promise.all(fleets.splice(0).map((f) => f.close()));
  await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  await store?.close();
  await broker?.stop();
  broker = store = null;
});

const watch = (clock: FakeClock, forgetAfterDays: number): Fleet => {
  const f = startFleet({
    settings: fleetSettingsSchema.parse({ watch: true, brokerUrl: broker!.url, forgetAfterDays }),
    password: '',
    state: () => {
      throw new Error('a watcher publishes nothing');
    },
    store: store!,
    clock,
    logger,
    onChange: () => undefined,
  });
  fleets.push(f);
  return f;
};

async function office(): Promise<mqtt.MqttClient> {
  const c = await mqtt.connectAsync(broker!.url, {
    reconnectPeriod: 0,
    will: { topic: TOPIC, payload: Buffer.from(JSON.stringify(willState('office'))), qos: 1, retain: true },
  });
  clients.push(c);
  const state = fleetState('office', Date.now(), { ip: '203.0.113.7', since: Date.now() });
  await c.publishAsync(TOPIC, JSON.stringify(state), { qos: 1, retain: true });
  return c;
}

/** A watcher on a fake clock, with office heard and then gone offline (its will): its history kept. */
async function officeGoneOffline(forgetAfterDays: number): Promise<{ fleet: Fleet; clock: FakeClock }> {
  broker = await startMosquitto();
  store = await openHistoryStore({ dataDir: ':memory:', clock: new FakeClock(), logger });
  const clock = new FakeClock(Date.now());
  const c = await office();
  const fleet = watch(clock, forgetAfterDays);
  await until(() => fleet.site('office')?.online === true, { what: 'office watched' });
  c.stream.destroy();
  await until(() => fleet.site('office')?.online === false, { what: 'office offline (its will)' });
  expect(store.fleetEvents('office', 10).length).toBeGreaterThan(0);
  return { fleet, clock };
}

describe.skipIf(mosquittoPeer.skip)('a watcher forgets a site not heard for forgetAfterDays', () => {
  it.each([
    // [forgetAfterDays, how long offline (the sweep comes hourly), in ms, forgotten]
    [30, 29 * DAY, false],
    [30, 30 * DAY + FORGET_SWEEP_MS, true],
    [0, 400 * DAY, false],
  ])(
    'forgetAfterDays %s, offline for %s ms: forgotten %s',
    async (days, offline, forgotten) => {
      const { fleet, clock } = await officeGoneOffline(days);
      await clock.advance(offline);
      if (!forgotten) return void expect(fleet.site('office')?.online).toBe(false);
      expect(fleet.site('office')).toBeNull();
      expect(fleet.sites()).toEqual([]);
      expect(store!.fleetSites()).toEqual([]);
      expect(store!.fleetEvents('office', 10)).toEqual([]);
    },
    30_000,
  );

  it('keeps it forgotten over a restart, takes it back when it publishes', async () => {
    const { clock, fleet: first } = await officeGoneOffline(30);
    await clock.advance(30 * DAY + FORGET_SWEEP_MS);
    expect(first.site('office')).toBeNull();

    // A restart: the broker gives its will again (retained) with every other site's state, here
    // "probe"'s; once probe is heard, the retained copies are in, and office stays forgotten.
    await first.close();
    fleets.length = 0;
    const probe = await mqtt.connectAsync(broker!.url);
    clients.push(probe);
    const probeState = fleetState('probe', Date.now(), { ip: '192.0.2.1', since: Date.now() });
    await probe.publishAsync('ipwatch/fleet/probe/state', JSON.stringify(probeState), { qos: 1, retain: true });
    const fleet = watch(clock, 30);
    await until(() => fleet.site('probe') !== null, { what: 'the retained states heard after the restart' });
    expect(fleet.site('office')).toBeNull();

    await office();
    await until(() => fleet.site('office')?.online === true, { what: 'office back when it publishes' });
  }, 30_000);
});
