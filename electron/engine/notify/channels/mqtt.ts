/**
 * MQTT (mqtt.js): retained state topics and Home Assistant discovery (see mqtt-topics.ts),
 * plus a JSON event per notice. The retained state mirrors the monitor (deps.live) and is
 * published again on every (re)connect, whether or not a notice went out. Options: `url`
 * (mqtt://, mqtts://, ws://, wss://), `username`, `password`, `clientId` (default: 23
 * characters at most), `node` (default: this host's name), `baseTopic` ("ipwatch"),
 * `discovery` (true), `discoveryPrefix` ("homeassistant"), `qos` (1).
 * The connection is kept open and re-established by mqtt.js; a send waits for it.
 * mqtt.js is loaded when the first MQTT channel is created, not with the engine: a process
 * without one never pays for it.
 */
import { randomBytes } from 'node:crypto';

import type { MqttClient } from 'mqtt';
import { z } from 'zod';

import { showAddress } from '../../format/display';
import { describeError } from '../http';
import { UNKNOWN_STATE } from '../live-state';
import type { SendResult } from '../types';
import { defineChannel } from './define';
import {
  defaultClientId,
  discoveryConfigs,
  liveValues,
  stateTopic,
  stateUpdates,
  topicSafe,
  type StateLeaf,
  type TopicConfig,
} from './mqtt-topics';
import { webhookPayload } from './webhook';

/** How long one announcement or state update may wait for the broker before the next goes. */
const STEP_MS = 15_000;

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
    const mask = deps.mask ?? 'none';
    const live = deps.live;
    let lastError = 'not connected yet';
    let client: MqttClient | undefined;
    /** What this connection holds retained, so a live update only publishes what changed. */
    const shown = new Map<StateLeaf, string>();
    /**
     * Announcements and live updates run one after another, so an update never overtakes the
     * announcement of a (re)connect, and close() can let the last one finish (`--once` exits
     * right after its check). A step stuck on a dropped connection gives way after a while.
     */
    let publishing: Promise<void> = Promise.resolve();
    const enqueue = (what: string, step: () => Promise<void>) => {
      publishing = publishing
        .then(() => bounded(step(), AbortSignal.timeout(STEP_MS)))
        .catch((err: unknown) => deps.logger.warn(`mqtt ${what} failed`, { error: describeError(err) }));
    };

    const retain = (leaf: StateLeaf, value: string) =>
      client!.publishAsync(stateTopic(topics, leaf), value, { qos: o.qos, retain: true }).then(() => {
        shown.set(leaf, value);
      });
    const showLive = async () => {
      for (const { leaf, value } of liveValues(live?.current() ?? UNKNOWN_STATE, mask))
        if (shown.get(leaf) !== value) await retain(leaf, value);
    };
    /**
     * On every (re)connect: discovery configs first, then the current state, then availability
     * `online`, so Home Assistant never sees an entity before its config, and a broker that lost
     * its retained messages (a restart without persistence) has the state again at once.
     */
    const announce = async () => {
      shown.clear();
      if (o.discovery)
        await Promise.all(
          discoveryConfigs(topics).map((d) =>
            client!.publishAsync(d.topic, JSON.stringify(d.payload), { qos: 1, retain: true }),
          ),
        );
      await showLive();
      await client!.publishAsync(availability, 'online', { qos: 1, retain: true });
    };
    const unsubscribe = live?.subscribe(() => {
      if (client?.connected) enqueue('state update', showLive);
    });

    const connectClient = (connect: typeof import('mqtt').connect): MqttClient => {
      const c = connect(o.url, {
        ...(o.username ? { username: o.username } : {}),
        ...(o.password ? { password: o.password } : {}),
        clientId: o.clientId ?? defaultClientId(topics.node, randomBytes(4).toString('hex')),
        reconnectPeriod: 2000,
        connectTimeout: 10_000,
        will: { topic: availability, payload: Buffer.from('offline'), qos: 1, retain: true },
      });
      client = c;
      c.on('error', (err) => {
        lastError = describeError(err);
        deps.logger.debug('mqtt error', { error: lastError });
      });
      c.on('connect', () => enqueue('announce', announce));
      return c;
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
        const c = await ready;
        if (!c || !(await waitConnected(c, d.signal)))
          return { ok: false, kind: 'transient', error: `MQTT: not connected (${lastError})` };
        const current = liveValues(live?.current() ?? UNKNOWN_STATE, d.mask);
        try {
          for (const u of stateUpdates(d.notice)) {
            // The live state is newer than a notice that waited in the queue: it wins where known.
            const value =
              current.find((v) => v.leaf === u.leaf)?.value ??
              (u.leaf === 'connectivity' ? (u.value ?? '') : showAddress(u.value, d.mask));
            await bounded(retain(u.leaf, value), d.signal);
          }
          await bounded(
            c.publishAsync(stateTopic(topics, 'event'), JSON.stringify(webhookPayload(d)), { qos: o.qos }),
            d.signal,
          );
          return { ok: true };
        } catch (err) {
          return { ok: false, kind: 'transient', error: `MQTT: ${describeError(err)}` };
        }
      },
      async close() {
        unsubscribe?.();
        const c = await ready;
        if (!c) return;
        // A run that stops right after its check (`--once`) may close during the first connect:
        // let it finish, so the state it found reaches the broker (connectTimeout bounds it).
        if (!c.connected && !c.reconnecting) await waitConnected(c, AbortSignal.timeout(10_000));
        await publishing;
        if (c.connected) await c.publishAsync(availability, 'offline', { qos: 1, retain: true }).catch(() => undefined);
        await c.endAsync(true);
      },
    };
  },
});
