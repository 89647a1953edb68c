/**
 * MQTT against a real mosquitto: retained state topics, Home Assistant discovery, the event
 * topic, masking, the last will, and delivery after the broker comes back.
 */
import { connectAsync, type MqttClient } from 'mqtt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import { CLOSE_MS } from '../../../../electron/engine/notify/channels/mqtt';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { mosquittoPeer, startMosquitto, type Broker } from '../../../fixtures/notify/mosquitto';
import { unreadBytesAt } from '../../../fleet-lab/broker';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

let broker: Broker;
let store: HistoryStore;
let notifier: Notifier | null;

beforeEach(async () => {
  broker = await startMosquitto();
  store = await memoryStore(systemClock, captureLogger().logger);
  notifier = null;
});
afterEach(async () => {
  await notifier?.stop();
  await store.close();
  await broker.stop();
});

async function start(over: Record<string, unknown> = {}) {
  const ch: ChannelSettingsInput = { id: 'ha', type: 'mqtt', url: broker.url, node: 'den', ...over };
  notifier = createNotifier({
    random: jitter,
    store,
    clock: systemClock,
    logger: captureLogger().logger,
    settings: notifySettings([ch]),
  });
  await notifier.start();
  return notifier;
}

/** Subscribes a fresh client and collects what the broker holds (retained) plus what follows. */
async function watch(
  filter: string[],
): Promise<{ client: MqttClient; seen: Map<string, { value: string; retain: boolean }> }> {
  const client = await connectAsync(broker.url, { reconnectPeriod: 0 });
  const seen = new Map<string, { value: string; retain: boolean }>();
  client.on('message', (topic, payload, packet) =>
    seen.set(topic, { value: payload.toString(), retain: packet.retain }),
  );
  await client.subscribeAsync(filter, { qos: 1 });
  return { client, seen };
}

describe.skipIf(mosquittoPeer.skip)('mqtt channel', () => {
  it('publishes retained address states and Home Assistant discovery', async () => {
    const n = await start();
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now(), 4));
    await n.handle(change('2001:db8:1::1', '2001:db8:2::1', Date.now(), 6));
    await until(() => n.status()[0]!.sent === 2, { timeoutMs: 8000 });
    // A client that connects afterwards gets the retained values at once.
    const { client, seen } = await watch(['ipwatch/den/#', 'homeassistant/#']);
    try {
      await until(() => seen.size >= 6, { timeoutMs: 8000 });
      expect(seen.get('ipwatch/den/ipv4')).toEqual({ value: '198.51.100.20', retain: true });
      expect(seen.get('ipwatch/den/ipv6')).toEqual({ value: '2001:db8:2::1', retain: true });
      expect(seen.get('ipwatch/den/availability')).toEqual({ value: 'online', retain: true });
      const v4 = JSON.parse(seen.get('homeassistant/sensor/ipwatch_den/ipv4/config')!.value) as Record<string, unknown>;
      expect(v4).toMatchObject({
        name: 'Public IPv4',
        unique_id: 'ipwatch_den_ipv4',
        state_topic: 'ipwatch/den/ipv4',
        availability_topic: 'ipwatch/den/availability',
        device: { identifiers: ['ipwatch_den'], name: 'IPWatch den' },
      });
      expect(seen.has('homeassistant/sensor/ipwatch_den/ipv6/config')).toBe(true);
      expect(JSON.parse(seen.get('homeassistant/binary_sensor/ipwatch_den/connectivity/config')!.value)).toMatchObject({
        device_class: 'connectivity',
        state_topic: 'ipwatch/den/connectivity',
      });
      expect(seen.has('ipwatch/den/event')).toBe(false);
    } finally {
      await client.endAsync();
    }
  });

  it('sends every notice as JSON on the event topic, masked as configured', async () => {
    const n = await start({ mask: 'partial' });
    const { client, seen } = await watch(['ipwatch/den/#']);
    try {
      await n.handle(change('203.0.113.7', '198.51.100.20', Date.now(), 4));
      await until(() => seen.has('ipwatch/den/event'), { timeoutMs: 8000 });
      const ev = JSON.parse(seen.get('ipwatch/den/event')!.value) as Record<string, unknown>;
      expect(ev).toMatchObject({ event: 'ipv4-changed', data: { from: '203.0.113.xxx', to: '198.51.100.xxx' } });
      expect(seen.get('ipwatch/den/event')!.retain).toBe(false);
      expect(seen.get('ipwatch/den/ipv4')!.value).toBe('198.51.100.xxx');
    } finally {
      await client.endAsync();
    }
  });

  it('offline/online update the retained connectivity state', async () => {
    const n = await start();
    await n.handle({ type: 'offline', at: Date.now(), cause: 'no route' });
    await until(() => n.status()[0]!.sent === 1, { timeoutMs: 8000 });
    const { client, seen } = await watch(['ipwatch/den/connectivity']);
    await until(() => seen.has('ipwatch/den/connectivity'), { timeoutMs: 8000 });
    expect(seen.get('ipwatch/den/connectivity')!.value).toBe('offline');
    await n.handle({ type: 'online', at: Date.now(), offlineMs: 120_000 });
    await until(() => seen.get('ipwatch/den/connectivity')!.value === 'online', { timeoutMs: 8000 });
    await client.endAsync();
  });

  it('marks itself unavailable on stop', async () => {
    const n = await start();
    await until(() => n.status()[0]!.state === 'ok', { timeoutMs: 8000 });
    await n.test('ha');
    await n.stop();
    notifier = null;
    const { client, seen } = await watch(['ipwatch/den/availability']);
    await until(() => seen.has('ipwatch/den/availability'), { timeoutMs: 8000 });
    expect(seen.get('ipwatch/den/availability')!.value).toBe('offline');
    await client.endAsync();
  });

  it(`stops within CLOSE_MS (${CLOSE_MS} ms) when the broker froze with a publish in flight`, async () => {
    const n = await start();
    await until(() => n.status()[0]!.state === 'ok', { timeoutMs: 8000 });
    process.kill(broker.pid, 'SIGSTOP');
    try {
      const handled = n.handle(change('203.0.113.7', '198.51.100.20', Date.now(), 4));
      await until(() => unreadBytesAt(broker.port) > 0, { what: 'the notice sent to the frozen broker' });
      const started = Date.now();
      const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 6 * CLOSE_MS).unref());
      expect(await Promise.race([n.stop().then(() => 'stopped' as const), late])).toBe('stopped');
      notifier = null;
      expect(Date.now() - started).toBeLessThan(CLOSE_MS + 2000);
      await handled;
    } finally {
      process.kill(broker.pid, 'SIGCONT');
    }
  }, 60_000);

  it('retries while the broker is down and delivers when it is back', async () => {
    const n = await start({ url: broker.url });
    await n.test('ha');
    const port = broker.port;
    await broker.stop();
    await n.handle(change('203.0.113.7', '198.51.100.20', Date.now(), 4));
    await until(() => n.status()[0]!.failures >= 1, { timeoutMs: 10_000 });
    expect(n.status()[0]!.lastError).toMatch(/^MQTT: /);
    broker = await startMosquitto(port);
    await until(() => n.status()[0]!.sent >= 1, { timeoutMs: 15_000 });
    const { client, seen } = await watch(['ipwatch/den/ipv4']);
    await until(() => seen.has('ipwatch/den/ipv4'), { timeoutMs: 8000 });
    expect(seen.get('ipwatch/den/ipv4')!.value).toBe('198.51.100.20');
    await client.endAsync();
  });
});
