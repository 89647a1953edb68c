/**
 * MQTT (mqtt.js): retained state topics and Home Assistant discovery (see mqtt-topics.ts),
 * plus a JSON event per notice. Options: `url` (mqtt://, mqtts://, ws://, wss://),
 * `username`, `password`, `clientId`, `node` (default: this host's name), `baseTopic`
 * ("ipwatch"), `discovery` (true), `discoveryPrefix` ("homeassistant"), `qos` (1).
 * The connection is kept open and re-established by mqtt.js; a send waits for it.
 * mqtt.js is loaded when the first MQTT channel is created, not with the engine: a process
 * without one never pays for it.
 */
import type { MqttClient } from 'mqtt';
import { z } from 'zod';

import { describeError } from '../http';
import { showAddress } from '../message';
import type { SendResult } from '../types';
import { defineChannel } from './define';
import { discoveryConfigs, stateTopic, stateUpdates, topicSafe, type TopicConfig } from './mqtt-topics';
import { webhookPayload } from './webhook';

let mqttModule: Promise<typeof import('mqtt')> | undefined;
const loadMqtt = () => (mqttModule ??= import('mqtt'));

const topicPart = z
  .string()
  .min(1)
  .regex(/^[^#+\s]+$/, 'no spaces, # or + in a topic');

function waitConnected(client: MqttClient, signal: AbortSignal): Promise<boolean> {
  if (client.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      client.off('connect', onConnect);
      signal.removeEventListener('abort', onAbort);
      resolve(ok);
    };
    const onConnect = () => done(true);
    const onAbort = () => done(false);
    client.on('connect', onConnect);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Rejects when the signal aborts: mqtt.js keeps an unacknowledged publish waiting for a reconnect. */
function bounded<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('no acknowledgement from the broker in time'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export const mqtt = defineChannel({
  type: 'mqtt',
  label: 'MQTT / Home Assistant',
  options: z.strictObject({
    url: z.url({ protocol: /^(mqtts?|wss?)$/, error: 'expected an mqtt://, mqtts://, ws:// or wss:// URL' }),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    clientId: z.string().min(1).max(128).optional(),
    node: topicPart.optional(),
    baseTopic: topicPart.default('ipwatch'),
    discovery: z.boolean().default(true),
    discoveryPrefix: topicPart.default('homeassistant'),
    qos: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(1),
  }),
  create: (o, deps) => {
    const topics: TopicConfig = {
      baseTopic: o.baseTopic,
      node: topicSafe(o.node ?? deps.hostname),
      discoveryPrefix: o.discoveryPrefix,
    };
    const availability = stateTopic(topics, 'availability');
    let lastError = 'not connected yet';
    const connectClient = (connect: typeof import('mqtt').connect): MqttClient => {
      const client = connect(o.url, {
        ...(o.username ? { username: o.username } : {}),
        ...(o.password ? { password: o.password } : {}),
        clientId: o.clientId ?? `ipwatch_${topics.node}_${Math.random().toString(16).slice(2, 10)}`,
        reconnectPeriod: 2000,
        connectTimeout: 10_000,
        will: { topic: availability, payload: Buffer.from('offline'), qos: 1, retain: true },
      });
      client.on('error', (err) => {
        lastError = describeError(err);
        deps.logger.debug('mqtt error', { error: lastError });
      });
      client.on('connect', () => {
        const announce = [
          client.publishAsync(availability, 'online', { qos: 1, retain: true }),
          ...(o.discovery
            ? discoveryConfigs(topics).map((d) =>
                client.publishAsync(d.topic, JSON.stringify(d.payload), { qos: 1, retain: true }),
              )
            : []),
        ];
        Promise.all(announce).catch((err: unknown) =>
          deps.logger.warn('mqtt announce failed', { error: describeError(err) }),
        );
      });
      return client;
    };
    // Connects as soon as the channel exists; undefined when mqtt.js cannot be loaded or refuses the options.
    const ready: Promise<MqttClient | undefined> = loadMqtt()
      .then((m) => connectClient(m.connect))
      .catch((err: unknown) => {
        lastError = describeError(err);
        deps.logger.warn('mqtt client failed', { error: lastError });
        return undefined;
      });
    return {
      async send(d): Promise<SendResult> {
        const client = await ready;
        if (!client || !(await waitConnected(client, d.signal)))
          return { ok: false, kind: 'transient', error: `MQTT: not connected (${lastError})` };
        try {
          for (const u of stateUpdates(d.notice)) {
            const value = u.leaf === 'connectivity' ? (u.value ?? '') : showAddress(u.value, d.mask);
            await bounded(
              client.publishAsync(stateTopic(topics, u.leaf), value, { qos: o.qos, retain: true }),
              d.signal,
            );
          }
          await bounded(
            client.publishAsync(stateTopic(topics, 'event'), JSON.stringify(webhookPayload(d)), { qos: o.qos }),
            d.signal,
          );
          return { ok: true };
        } catch (err) {
          return { ok: false, kind: 'transient', error: `MQTT: ${describeError(err)}` };
        }
      },
      async close() {
        const client = await ready;
        if (!client) return;
        if (client.connected)
          await client.publishAsync(availability, 'offline', { qos: 1, retain: true }).catch(() => undefined);
        await client.endAsync(true);
      },
    };
  },
});
