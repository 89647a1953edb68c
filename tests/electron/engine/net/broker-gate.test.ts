/**
 * net/broker.ts `connectThroughGate` against a real mqtt.js client held at a door that closes
 * every connection before its CONNACK (tests/fakes/mqtt-door.ts), reconnecting every 10 ms: the
 * gate's passages follow each attempt without leaving a listener behind per attempt. Before the
 * fix each reconnect added a `connect` listener that only a successful connect removed, so a
 * client left pointing at a dead broker for hours grew without end (the egress lab's
 * MaxListenersExceededWarning on the MQTT channel's client).
 */
import { connect, type MqttClient } from 'mqtt';
import { afterEach, expect, it } from 'vitest';

import { connectThroughGate, type BrokerTarget } from '../../../../electron/engine/net/broker';
import { processGate } from '../../../../electron/engine/net/egress-gate';
import { type MqttDoor, startMqttDoor } from '../../../fakes/mqtt-door';
import { until } from '../../../helpers/until';

let door: MqttDoor | undefined;
let client: MqttClient | undefined;
afterEach(async () => {
  await client?.endAsync(true);
  await door?.close();
});

const target = (port: number): BrokerTarget => ({
  protocol: 'mqtt',
  hostname: '127.0.0.1',
  host: '127.0.0.1',
  port,
  path: '',
});

const contact = (port: number) =>
  processGate.report().contacted.find((c) => c.host === '127.0.0.1' && c.port === port && c.protocol === 'tcp');

const EVENTS = ['connect', 'close', 'reconnect'] as const;
const listeners = (c: MqttClient) => Object.fromEntries(EVENTS.map((e) => [e, c.listenerCount(e)]));

it('keeps its listeners bounded through many refused reconnects, and records the one that connects', async () => {
  const d = (door = await startMqttDoor('close'));
  const c = (client = connectThroughGate(target(d.port), () =>
    connect({ ...target(d.port), reconnectPeriod: 10, connectTimeout: 2000 }),
  ));
  const before = listeners(c);
  let reconnects = 0;
  c.on('reconnect', () => reconnects++);
  await until(() => d.connections() >= 40, { what: '40 refused attempts' });
  expect(reconnects).toBeGreaterThanOrEqual(39);
  expect(listeners(c)).toEqual({ ...before, reconnect: before.reconnect! + 1 });
  // Every attempt passed the gate, and the last one ended failed.
  expect(contact(d.port)!.count).toBeGreaterThanOrEqual(40);
  await until(() => contact(d.port)!.lastResult === 'failed', { what: 'the refused attempt recorded as failed' });

  // The broker answers again: the next attempt connects, and the gate records it made.
  d.setMode('accept-mute');
  await until(() => c.connected, { what: 'the client connected' });
  expect(contact(d.port)!.lastResult).toBe('ok');
  expect(listeners(c)).toEqual({ ...before, reconnect: before.reconnect! + 1 });
});
