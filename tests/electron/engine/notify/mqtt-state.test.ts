/**
 * Home Assistant sees the current state at once: the real runtime (engine + notifier) checks
 * the local world's sources, and the MQTT channel on a real mosquitto holds the retained
 * addresses and connectivity right after the first check, with `startup` off (so no notice
 * carried them); again after a broker restart that lost them; discovery before `online`.
 */
import { connectAsync, type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { mqttClientId } from '../../../../electron/engine/net/broker';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { mosquittoPeer, startMosquitto, type Broker } from '../../../fixtures/notify/mosquitto';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';
import { captureLogger, memoryStore } from './helpers';

let broker: Broker | null = null;
let world: World | null = null;
let runtime: Runtime | null = null;
const clients: MqttClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  await runtime?.close();
  await world?.close();
  await broker?.stop();
  runtime = world = broker = null;
});

/** The real runtime on the local world, with an MQTT channel per entry of `channels`. */
async function startRuntime(
  b: Broker,
  channels: ({ id: string } & Record<string, unknown>)[],
  notifications: Record<string, unknown> = {},
): Promise<Runtime> {
  world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
  const { logger } = captureLogger();
  const settings = settingsFrom({
    ...world.settings(),
    notifications: {
      ...notifications,
      timezone: 'UTC',
      retry: { initialSec: 0.05, maxSec: 0.2, timeoutSec: 2 },
      channels: channels.map((c) => ({ type: 'mqtt', url: b.url, ...c })),
    },
  });
  expect(settings.notifications.startup).toBe(false);
  runtime = createRuntime({ settings, store: await memoryStore(systemClock, logger), logger, version: 'test' });
  return runtime;
}

/** A fresh subscriber: every message it gets, in arrival order. */
async function subscriber(b: Broker, filter: string[]) {
  const client = await connectAsync(b.url, { reconnectPeriod: 0 });
  clients.push(client);
  const log: { topic: string; value: string }[] = [];
  client.on('message', (topic, payload) => log.push({ topic, value: payload.toString() }));
  await client.subscribeAsync(filter, { qos: 1 });
  const last = (topic: string) => log.findLast((m) => m.topic === topic)?.value;
  return { log, last };
}

const STATE = ['ipwatch/den/ipv4', 'ipwatch/den/ipv6', 'ipwatch/den/connectivity'];

describe.skipIf(mosquittoPeer.skip)('mqtt: the current state without a notice', () => {
  it('a fresh subscriber right after the first check sees the addresses and connectivity, masked per channel', async () => {
    broker = await startMosquitto();
    const rt = await startRuntime(broker, [
      { id: 'ha', node: 'den' },
      { id: 'ha2', node: 'attic', mask: 'partial' },
    ]);
    const report = await rt.start();
    expect(report.families.v4.ip).toBe('81.2.69.142');
    const { last } = await subscriber(broker, ['ipwatch/#']);
    await until(() => [...STATE, 'ipwatch/attic/ipv6'].every((t) => last(t) !== undefined), {
      what: 'retained state',
    });
    expect(STATE.map(last)).toEqual(['81.2.69.142', '2a02:1:2:3::5', 'online']);
    expect(last('ipwatch/attic/ipv4')).toBe('81.2.69.xxx');
    expect(last('ipwatch/attic/ipv6')).toMatch(/^2a02:1:2:3:xxxx/);
    // The state came from the mirror, not from a notice: none was sent.
    expect(rt.notifier.status().map((c) => c.sent)).toEqual([0, 0]);
  });

  it('a broker restart that lost the retained messages gets the state again on reconnect', async () => {
    broker = await startMosquitto();
    const port = broker.port;
    const rt = await startRuntime(broker, [{ id: 'ha', node: 'den' }]);
    await rt.start();
    const first = await subscriber(broker, ['ipwatch/den/#']);
    await until(() => STATE.every((t) => first.last(t) !== undefined), { what: 'state before the restart' });
    await broker.stop();
    broker = await startMosquitto(port);
    // mosquitto runs without persistence here: whatever a new subscriber sees was published again.
    const again = await subscriber(broker, ['ipwatch/den/#']);
    await until(
      () => STATE.every((t) => again.last(t) !== undefined) && again.last('ipwatch/den/availability') === 'online',
      {
        what: 'state after the restart',
        timeoutMs: 15_000,
      },
    );
    expect(STATE.map(again.last)).toEqual(['81.2.69.142', '2a02:1:2:3::5', 'online']);
  });

  it('follows a change and an outage the channel takes no notice of (events, flap hold)', async () => {
    broker = await startMosquitto();
    const rt = await startRuntime(broker, [{ id: 'ha', node: 'den', events: ['degraded'] }], {
      flapWindowSec: 120,
      offlineAfterSec: 0,
    });
    await rt.start();
    const { last } = await subscriber(broker, ['ipwatch/den/#']);
    await until(() => last('ipwatch/den/ipv4') === '81.2.69.142', { what: 'first address' });
    world!.setIp('81.2.69.143', '2a02:1:2:3::6');
    await rt.engine.checkNow();
    await until(() => last('ipwatch/den/ipv4') === '81.2.69.143' && last('ipwatch/den/ipv6') === '2a02:1:2:3::6', {
      what: 'the new addresses',
    });
    await world!.close();
    world = null;
    await rt.engine.checkNow();
    await until(() => last('ipwatch/den/connectivity') === 'offline', { what: 'offline' });
    expect(rt.notifier.status()[0]!.sent).toBe(0);
  });

  it('one check and exit (--once) leaves the state on the broker', async () => {
    broker = await startMosquitto();
    const rt = await startRuntime(broker, [{ id: 'ha', node: 'den' }]);
    await rt.runOnce();
    await rt.close();
    runtime = null;
    const { last } = await subscriber(broker, ['ipwatch/den/#']);
    await until(() => last('ipwatch/den/availability') === 'offline', { what: 'availability offline' });
    expect(STATE.map(last)).toEqual(['81.2.69.142', '2a02:1:2:3::5', 'online']);
  });

  it('publishes availability online only after every discovery config', async () => {
    broker = await startMosquitto();
    const { log } = await subscriber(broker, ['#']);
    const rt = await startRuntime(broker, [{ id: 'ha', node: 'den' }]);
    await rt.start();
    const online = () => log.findIndex((m) => m.topic === 'ipwatch/den/availability' && m.value === 'online');
    await until(() => online() >= 0, { what: 'availability online' });
    const configs = log.flatMap((m, i) => (m.topic.endsWith('/config') ? [i] : []));
    expect(configs).toHaveLength(3);
    expect(Math.max(...configs)).toBeLessThan(online());
  });
});

describe('mqtt client id (the channel and the fleet link)', () => {
  // MQTT 3.1.1, 3.1.3.1: a server must accept 1-23 characters of 0-9a-zA-Z; nothing more is guaranteed.
  it.each([
    ['den', 'ipwatchden0a1b2c3d'],
    ['living-room_pc.lan', 'ipwatchlivingro0a1b2c3d'],
    ['a-very-long-host-name-of-a-machine-in-a-big-house', 'ipwatchaverylon0a1b2c3d'],
    ['___', 'ipwatch0a1b2c3d'],
    // A fleet site of 60 characters (issue 59: its random part was cut), and its Test's id.
    ['s'.repeat(60), 'ipwatchssssssss0a1b2c3d'],
    [`test${'s'.repeat(60)}`, 'ipwatchtestssss0a1b2c3d'],
  ])('node %s -> %s', (node, id) => {
    const got = mqttClientId(node, '0a1b2c3d');
    expect(got).toBe(id);
    expect(got).toMatch(/^[0-9a-zA-Z]{1,23}$/);
  });
});
