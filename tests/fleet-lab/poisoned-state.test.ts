/**
 * One site cannot blind a watcher to the others (issue 59). Beside a normal site, the real
 * mosquitto retains three poisoned states: one over FLEET_STATE_MAX_BYTES (read as unreadable, in
 * words, before it is decoded), one whose DNS list is over FLEET_LIST_MAX (unreadable, in words),
 * and a flood of 150,000 DNS records (megabytes: over the link's MAX_PACKET_BYTES, so the broker
 * never sends it), which then changes every record. The normal site is still heard, before and
 * after, and what the watcher holds of each poisoned site stays small.
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { systemClock } from '../../electron/engine/clock';
import { type Fleet, startFleet } from '../../electron/engine/fleet';
import { MAX_PACKET_BYTES } from '../../electron/engine/fleet/link';
import { createLogger } from '../../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../../electron/engine/store';
import { FLEET_LIST_MAX, FLEET_STATE_MAX_BYTES, type FleetState } from '../../shared/contract/fleet';
import { fleetSettingsSchema } from '../../shared/settings/fleet';
import { seededRandom } from '../helpers/random';
import { until } from '../helpers/until';
import { type FleetBroker, fleetBrokerPeer, PREFIX, startFleetBroker } from './broker';
import { labState, type LabSite, startLabSite } from './site';

const A4 = '81.2.69.142';
const B4 = '81.2.69.222';
const SEED = Date.now();
console.log(`poisoned-state seed ${SEED}`);
const random = seededRandom(SEED);
const pass = (n: string) => `${n}-pass-${Math.floor(random() * 1e12).toString(36)}`;
const PASSWORDS = { watcher: pass('w'), home: pass('h'), big: pass('b'), long: pass('l'), flood: pass('f') };
const logger = createLogger('poisoned-state', { level: 'error', sink: () => undefined });

/** A state of `site` whose DNS list holds `count` records named by `name(i)`, each in `state`. */
function withRecords(site: string, count: number, name: (i: number) => string, state: string, type = 'A'): FleetState {
  const ddns = Array.from({ length: count }, (_, i) => ({ name: name(i), type, state }));
  return { ...labState(site, A4, 1), ddns };
}

async function retain(broker: FleetBroker, site: keyof typeof PASSWORDS, state: FleetState): Promise<number> {
  const body = JSON.stringify(state);
  const c = await mqtt.connectAsync(broker.url, { username: site, password: PASSWORDS[site], reconnectPeriod: 0 });
  await c.publishAsync(`${PREFIX}/${site}/state`, body, { qos: 1, retain: true });
  await c.endAsync();
  return Buffer.byteLength(body);
}

/** What the watcher holds of a site, in bytes as JSON. */
const heldBytes = (f: Fleet, site: string) => JSON.stringify(f.site(site)).length;

describe.skipIf(fleetBrokerPeer.skip)('poisoned retained states beside a normal site', () => {
  let broker: FleetBroker;
  let store: HistoryStore;
  let watcher: Fleet;
  let home: LabSite;

  beforeAll(async () => {
    broker = await startFleetBroker(PASSWORDS);
    store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    home = await startLabSite(broker, 'home', PASSWORDS.home, A4);
    const pad = (i: number) => `${i}`.padEnd(500, 'x');
    const big = await retain(broker, 'big', withRecords('big', 400, pad, 'y'.repeat(500), 'A'.repeat(500)));
    expect(big).toBeGreaterThan(FLEET_STATE_MAX_BYTES);
    expect(big).toBeLessThan(MAX_PACKET_BYTES);
    await retain(
      broker,
      'long',
      withRecords('long', FLEET_LIST_MAX + 88, (i) => `r${i}.example.org`, 'ok'),
    );
    const flood = await retain(
      broker,
      'flood',
      withRecords('flood', 150_000, (i) => `r${i}.example.org`, 'ok'),
    );
    expect(flood).toBeGreaterThan(MAX_PACKET_BYTES);
    watcher = startFleet({
      settings: fleetSettingsSchema.parse({ watch: true, brokerUrl: broker.url, username: 'watcher' }),
      password: PASSWORDS.watcher,
      state: () => {
        throw new Error('a watcher publishes nothing');
      },
      store,
      clock: systemClock,
      logger,
      onChange: () => undefined,
    });
  }, 60_000);

  afterAll(async () => {
    await watcher?.close();
    await home?.end();
    await store?.close();
    await broker?.stop();
  });

  it('hears the normal site, names the poisoned ones unreadable in words, and holds little of them', async () => {
    await until(() => ['home', 'big', 'long'].every((n) => watcher.site(n) !== null), {
      timeoutMs: 20_000,
      what: 'home, big and long heard',
    });
    expect(watcher.site('home')).toMatchObject({ online: true, unreadable: null });
    expect(watcher.site('home')!.state?.families?.v4?.ip).toBe(A4);
    expect(watcher.site('big')!.unreadable).toMatch(/^its state is \d+ KiB, more than the 512 KiB a state may be$/);
    expect(watcher.site('long')!.unreadable).toBe(`unreadable ddns: 600 entries, more than the 512 a state may list`);
    for (const n of ['big', 'long']) {
      expect(watcher.site(n)!.state).toBeNull();
      expect(heldBytes(watcher, n)).toBeLessThan(2048);
      expect(store.fleetEvents(n, 10).map((e) => e.kind)).toEqual(['unreadable']);
    }
    // Over the packet size this watcher asked for: the broker never sent it.
    expect(watcher.site('flood')).toBeNull();
    expect(watcher.status().link).toMatchObject({ state: 'connected', error: null });
  }, 30_000);

  it('still hears the normal site after the flood changed every record', async () => {
    await retain(
      broker,
      'flood',
      withRecords('flood', 150_000, (i) => `r${i}.example.org`, 'failing'),
    );
    await home.publish(B4);
    await until(() => watcher.site('home')?.state?.families?.v4?.ip === B4, {
      timeoutMs: 20_000,
      what: "home's new address heard after the flood",
    });
    expect(watcher.events('home', 10).find((e) => e.kind === 'changed')?.changes).toContainEqual({
      what: 'IPv4 address',
      from: A4,
      to: B4,
    });
    expect(watcher.site('flood')).toBeNull();
  }, 60_000);
});
