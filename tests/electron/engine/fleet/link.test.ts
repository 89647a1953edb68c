/**
 * The fleet's link when the broker fails it (issue 59), on the house's fake clock: the waits
 * between tries follow the etiquette (net/etiquette.ts, from FIRST_RETRY_MS doubling to
 * LONGEST_RETRY_MS, up to a fifth added at random) and never give up; a broker that accepts each
 * connection and drops it at once is tried less and less often, the count starting again only
 * after a connection stayed up STABLE_MS; a close before the CONNACK is said in words. Closing
 * the link stops the tries.
 */
import { afterEach, expect, it } from 'vitest';

import {
  FIRST_RETRY_MS,
  type FleetLink,
  LONGEST_RETRY_MS,
  openLink,
  STABLE_MS,
} from '../../../../electron/engine/fleet/link';
import { CLOSED_BEFORE_ACCEPT } from '../../../../electron/engine/fleet/reconnect';
import { createLogger } from '../../../../electron/engine/logger';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { type MqttDoor, startMqttDoor } from '../../../fakes/mqtt-door';
import { freePort } from '../../../fixtures/notify/mosquitto';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
let link: FleetLink | null = null;
let door: MqttDoor | null = null;
let clock = new FakeClock();

afterEach(async () => {
  await link?.close();
  expect(clock.pending).toBe(0);
  expect(link?.status().state ?? 'off').toBe('off');
  await door?.close();
  link = door = null;
});

const open = (brokerUrl: string, seedName: string) => {
  clock = new FakeClock();
  link = openLink({
    settings: fleetSettingsSchema.parse({ watch: true, brokerUrl, keepAliveSec: 30 }),
    password: '',
    clock,
    logger,
    random: seededRandom(testSeed(seedName)),
  });
  return link;
};

/** Waits for the next try to be scheduled, and returns how far ahead it is, without firing it. */
async function nextWait(what: string): Promise<number> {
  await until(() => clock.pending === 1, { what });
  return clock.dueTimes[0]! - clock.now();
}

/** The etiquette's bounds for the wait after `failures` in a row: the step, and up to a fifth more. */
const bounds = (failures: number) => {
  const step = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
  return [step, Math.min(LONGEST_RETRY_MS, Math.round(step * 1.2))] as const;
};

/** `waits` (after 1, 2, ... failures in a row) each within the etiquette's bounds, some jitter seen. */
function expectEtiquette(waits: number[], firstFailure = 1): void {
  waits.forEach((wait, i) => {
    const [low, high] = bounds(firstFailure + i);
    expect(wait, `wait ${i}: ${waits.join(', ')}`).toBeGreaterThanOrEqual(low);
    expect(wait, `wait ${i}: ${waits.join(', ')}`).toBeLessThanOrEqual(high);
  });
  expect(waits.some((w, i) => w > bounds(firstFailure + i)[0])).toBe(true);
}

it('a broker that cannot be reached: the waits follow the etiquette up to the longest, and it says why', async () => {
  const l = open(`mqtt://127.0.0.1:${await freePort()}`, 'fleet link: unreachable');
  const waits: number[] = [];
  for (let i = 0; i < 9; i++) {
    waits.push(await nextWait(`retry ${i} scheduled`));
    await clock.advance(waits.at(-1)!);
  }
  expectEtiquette(waits);
  expect(waits.slice(-2)).toEqual([LONGEST_RETRY_MS, LONGEST_RETRY_MS]);
  expect([FIRST_RETRY_MS, LONGEST_RETRY_MS, STABLE_MS]).toEqual([1000, 60_000, 60_000]);
  expect(l.status()).toMatchObject({ state: 'failing' });
  expect(l.status().error).toMatch(/^nothing accepts connections at that address and port/);
});

it('a broker that accepts each connection and drops it at once is tried less and less often', async () => {
  door = await startMqttDoor('accept-drop');
  const l = open(door.url, 'fleet link: accept and drop');
  const waits: number[] = [];
  for (let i = 0; i < 6; i++) {
    waits.push(await nextWait(`retry ${i} scheduled`));
    expect(l.status()).toMatchObject({ state: 'failing', error: 'the connection to the broker was lost' });
    await clock.advance(waits.at(-1)!);
  }
  // Each try was accepted (a CONNACK), yet the count of failures in a row went on.
  expectEtiquette(waits);
  expect(door.connections()).toBe(7);
});

it('the count starts again only once a connection stayed up STABLE_MS', async () => {
  door = await startMqttDoor('accept-drop');
  const l = open(door.url, 'fleet link: stable');
  for (let i = 0; i < 2; i++) await clock.advance(await nextWait(`retry ${i} scheduled`));
  const third = await nextWait('retry 2 scheduled');
  door.setMode('accept-mute');
  await clock.advance(third);
  await until(() => l.status().state === 'connected', { what: 'the fourth try connected' });
  // Up for less than STABLE_MS: the fourth failure in a row.
  await clock.advance(STABLE_MS - 1000);
  door.dropAll();
  const fourth = await nextWait('the retry after a short connection');
  expect(fourth).toBeGreaterThanOrEqual(bounds(4)[0]);
  expect(fourth).toBeLessThanOrEqual(bounds(4)[1]);
  await clock.advance(fourth);
  await until(() => l.status().state === 'connected', { what: 'connected again' });
  // Up for STABLE_MS: the next failure is the first.
  await clock.advance(STABLE_MS);
  door.dropAll();
  const first = await nextWait('the retry after a connection that held');
  expect(first).toBeGreaterThanOrEqual(bounds(1)[0]);
  expect(first).toBeLessThanOrEqual(bounds(1)[1]);
});

it('a broker that closes the connection before its CONNACK: said in words, and tried again', async () => {
  door = await startMqttDoor('close');
  const l = open(door.url, 'fleet link: close before CONNACK');
  await clock.advance(await nextWait('the first retry scheduled'));
  await nextWait('the second retry scheduled');
  expect(door.connections()).toBe(2);
  expect(l.status()).toMatchObject({ state: 'failing', error: CLOSED_BEFORE_ACCEPT });
  expect(l.status().reason).toEqual({ code: 'reason.fleetLink.closedBeforeAccept', values: {} });
  expect(CLOSED_BEFORE_ACCEPT).toBe(
    'the broker closed the connection before accepting it: check the user name, password and TLS settings',
  );
});
