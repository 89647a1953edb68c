/**
 * A stop closes the runtime's parts side by side (issue 59): the fleet's broker and an MQTT
 * channel's broker, two real mosquittos, both frozen (SIGSTOP: the connections stay open and
 * nothing answers). Each part's close waits out its own bound (the fleet's link about 6 s, the
 * MQTT channel 5 s); one after the other they took about 11 s, side by side the built runner exits
 * within the larger bound, with its history saved.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GOODBYE_MS } from '../../electron/engine/fleet/link';
import { STOP_MS } from '../../electron/engine/fleet/publisher';
import { CLOSE_MS } from '../../electron/engine/notify/channels/mqtt';
import { LOCK_FILE } from '../../electron/engine/store/data-lock';
import { type Broker, startMosquitto } from '../fixtures/notify/mosquitto';
import { cleanEnv, runHeadless, spawnHeadless } from '../helpers/headless';
import { seededRandom } from '../helpers/random';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';
import { type FleetBroker, fleetBrokerPeer, PREFIX, startFleetBroker } from './broker';

const A4 = '81.2.69.142';
const SEED = Date.now();
console.log(`close-side-by-side seed ${SEED}`);
const random = seededRandom(SEED);
const PASSWORDS = {
  home: `home-${Math.floor(random() * 1e12).toString(36)}`,
  watcher: `watch-${Math.floor(random() * 1e12).toString(36)}`,
};
/** The larger of the two bounds, and half a second for the rest of the stop on a busy machine. */
const FLEET_BOUND_MS = STOP_MS + 2 * GOODBYE_MS;
const EXIT_WITHIN_MS = Math.max(FLEET_BOUND_MS, CLOSE_MS) + 500;

const exited = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) resolve();
    else c.once('exit', () => resolve());
  });

/** A frozen mosquitto takes no SIGTERM until it runs again. */
function thaw(pid: number): void {
  try {
    process.kill(pid, 'SIGCONT');
  } catch {
    // Gone already.
  }
}

describe.skipIf(fleetBrokerPeer.skip)('a stop with two frozen brokers', () => {
  let fleetBroker: FleetBroker;
  let channelBroker: Broker;
  let world: World;
  let dir: string;
  let runner: ChildProcess | null = null;

  beforeAll(async () => {
    [fleetBroker, channelBroker, world] = await Promise.all([
      startFleetBroker(PASSWORDS),
      startMosquitto(),
      startWorld(A4),
    ]);
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-close-side-'));
  }, 60_000);

  afterAll(async () => {
    if (runner && runner.exitCode === null && runner.signalCode === null) runner.kill('SIGKILL');
    if (runner) await exited(runner);
    for (const b of [fleetBroker, channelBroker]) if (b) thaw(b.pid);
    await Promise.all([fleetBroker?.stop(), channelBroker?.stop(), world?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('ends within the larger bound, not the sum, with the history saved', async () => {
    const fleet = {
      publish: true,
      site: 'home',
      brokerUrl: fleetBroker.url,
      username: 'home',
      password: PASSWORDS.home,
    };
    const settings = {
      ...world.settings({ monitor: { intervalSec: 10, ipv6: false } }),
      fleet,
      notifications: { channels: [{ id: 'ha', type: 'mqtt', url: channelBroker.url, node: 'den' }] },
    };
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
    const r = spawnHeadless(['--data-dir', dir], cleanEnv());
    runner = r;
    let stderr = '';
    r.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));

    // Both links up: the site's state on the fleet's broker, the channel's address on its own.
    const fleetSeen = await mqtt.connectAsync(fleetBroker.url, {
      username: 'watcher',
      password: PASSWORDS.watcher,
      reconnectPeriod: 0,
    });
    const channelSeen = await mqtt.connectAsync(channelBroker.url, { reconnectPeriod: 0 });
    let site = '';
    let address = '';
    fleetSeen.on('message', (_t, body) => (site = body.toString()));
    channelSeen.on('message', (_t, body) => (address = body.toString()));
    await fleetSeen.subscribeAsync(`${PREFIX}/home/state`, { qos: 1 });
    await channelSeen.subscribeAsync('ipwatch/den/ipv4');
    await until(() => site.includes(A4) && address.includes(A4), {
      timeoutMs: 40_000,
      what: "the runner's state on both brokers",
    });
    await Promise.all([fleetSeen.endAsync(true), channelSeen.endAsync(true)]);

    process.kill(fleetBroker.pid, 'SIGSTOP');
    process.kill(channelBroker.pid, 'SIGSTOP');
    const stoppedAt = Date.now();
    r.kill('SIGTERM');
    const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 30_000).unref());
    expect(await Promise.race([exited(r).then(() => 'exited' as const), late]), stderr).toBe('exited');
    const took = Date.now() - stoppedAt;
    console.log(`the runner exited ${took} ms after SIGTERM (bound ${EXIT_WITHIN_MS} ms)`);
    expect(took).toBeLessThan(EXIT_WITHIN_MS);
    expect(r.exitCode, stderr).toBe(0);
    expect(existsSync(path.join(dir, LOCK_FILE)), 'the lock released').toBe(false);

    // The final save counts monitored time up to the stop itself.
    const stats = await runHeadless(['--data-dir', dir, 'stats', '--json']);
    expect(stats.code, stats.stderr).toBe(0);
    const savedUntil = (JSON.parse(stats.stdout) as { uptime: { until: number | null } }).uptime.until;
    expect(savedUntil).toBeGreaterThanOrEqual(stoppedAt);
  }, 120_000);
});
