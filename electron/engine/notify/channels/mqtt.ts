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
import * as z from 'zod/mini';

import type { MaskMode } from '../../../../shared/notify-types';
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { showAddress } from '../../format/display';
import { brokerTarget, connectThroughGate, mqttClientId } from '../../net/broker';
import { describeError } from '../http';
import { UNKNOWN_STATE } from '../live-state';
import type { Channel, ChannelDeps, Delivery, SendResult } from '../types';
import { defineChannel } from './define';
import {
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
/** How long closing waits, in all, for the first connect, the steps under way and `offline`. */
export const CLOSE_MS = 5_000;

let mqttModule: Promise<typeof import('mqtt')> | undefined;
const loadMqtt = () => (mqttModule ??= import('mqtt'));

/**
 * True once connected, false when the signal aborts; its listeners go either way. A signal that
 * aborted already answers at once: its `abort` would never fire, and the wait would hold its
 * `connect` listener until the broker is back, one more per send.
 */
function waitConnected(client: MqttClient, signal: AbortSignal): Promise<boolean> {
  if (client.connected) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
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

const optionsSchema = CHANNEL_OPTIONS.mqtt;

export const mqtt = defineChannel({
  type: 'mqtt',
  label: 'MQTT / Home Assistant',
  options: optionsSchema,
  create: (o, deps) => new MqttChannel(o, deps),
});

class MqttChannel implements Channel {
  private readonly topics: TopicConfig;
  private readonly availability: string;
  private readonly mask: MaskMode;
  private lastError = 'not connected yet';
  private client: MqttClient | undefined;
  /** What this connection holds retained, so a live update only publishes what changed. */
  private readonly shown = new Map<StateLeaf, string>();
  /**
   * Announcements and live updates run one after another, so an update never overtakes the
   * announcement of a (re)connect, and close() can let the last one finish (`--once` exits
   * right after its check). A step stuck on a dropped connection gives way after a while.
   */
  private publishing: Promise<void> = Promise.resolve();
  /** Connects as soon as the channel exists; undefined when mqtt.js cannot be loaded or refuses the options. */
  private readonly ready: Promise<MqttClient | undefined>;
  private readonly unsubscribe: (() => void) | undefined;

  constructor(
    private readonly o: z.output<typeof optionsSchema>,
    private readonly deps: ChannelDeps,
  ) {
    this.topics = {
      baseTopic: o.baseTopic,
      node: topicSafe(o.node ?? deps.hostname),
      discoveryPrefix: o.discoveryPrefix,
    };
    this.availability = stateTopic(this.topics, 'availability');
    this.mask = deps.mask ?? 'none';
    this.unsubscribe = deps.live?.subscribe(() => {
      if (this.client?.connected) this.enqueue('state update', () => this.showLive());
    });
    this.ready = loadMqtt()
      .then((m) => this.connectClient(m.connect))
      .catch((err: unknown) => {
        this.lastError = describeError(err);
        deps.logger.warn('mqtt client failed', { error: this.lastError });
        return undefined;
      });
  }

  async send(d: Delivery): Promise<SendResult> {
    const c = await this.ready;
    if (!c || !(await waitConnected(c, d.signal)))
      return { ok: false, kind: 'transient', error: `MQTT: not connected (${this.lastError})` };
    const current = liveValues(this.deps.live?.current() ?? UNKNOWN_STATE, d.mask);
    try {
      for (const u of stateUpdates(d.notice)) {
        // The live state is newer than a notice that waited in the queue: it wins where known.
        const value =
          current.find((v) => v.leaf === u.leaf)?.value ??
          (u.leaf === 'connectivity' ? (u.value ?? '') : showAddress(u.value, d.mask));
        await bounded(this.retain(u.leaf, value), d.signal);
      }
      const event = JSON.stringify(webhookPayload(d));
      await bounded(c.publishAsync(stateTopic(this.topics, 'event'), event, { qos: this.o.qos }), d.signal);
      return { ok: true };
    } catch (err) {
      return { ok: false, kind: 'transient', error: `MQTT: ${describeError(err)}` };
    }
  }

  /**
   * Within CLOSE_MS whatever the broker does (issue 59): a broker that died or froze with a
   * publish in flight never answers, and the wait for it would hold the runner's stop for ever.
   */
  async close(): Promise<void> {
    this.unsubscribe?.();
    const c = await this.ready;
    if (!c) return;
    const signal = AbortSignal.timeout(CLOSE_MS);
    const last = async () => {
      // A run that stops right after its check (`--once`) may close during the first connect:
      // let it finish, so the state it found reaches the broker.
      if (!c.connected && !c.reconnecting) await waitConnected(c, signal);
      await this.publishing;
      if (c.connected) await c.publishAsync(this.availability, 'offline', { qos: 1, retain: true });
    };
    await bounded(last(), signal).catch((err: unknown) =>
      this.deps.logger.warn('mqtt channel closed without its last words', { error: describeError(err) }),
    );
    // Forced: no wait for the acknowledgements of what is still in flight.
    await c.endAsync(true);
  }

  private enqueue(what: string, step: () => Promise<void>): void {
    this.publishing = this.publishing
      .then(() => bounded(step(), AbortSignal.timeout(STEP_MS)))
      .catch((err: unknown) => this.deps.logger.warn(`mqtt ${what} failed`, { error: describeError(err) }));
  }

  private async retain(leaf: StateLeaf, value: string): Promise<void> {
    await this.client!.publishAsync(stateTopic(this.topics, leaf), value, { qos: this.o.qos, retain: true });
    this.shown.set(leaf, value);
  }

  private async showLive(): Promise<void> {
    for (const { leaf, value } of liveValues(this.deps.live?.current() ?? UNKNOWN_STATE, this.mask))
      if (this.shown.get(leaf) !== value) await this.retain(leaf, value);
  }

  /**
   * On every (re)connect: discovery configs first, then the current state, then availability
   * `online`, so Home Assistant never sees an entity before its config, and a broker that lost
   * its retained messages (a restart without persistence) has the state again at once.
   */
  private async announce(): Promise<void> {
    const client = this.client!;
    this.shown.clear();
    if (this.o.discovery)
      await Promise.all(
        discoveryConfigs(this.topics).map((d) =>
          client.publishAsync(d.topic, JSON.stringify(d.payload), { qos: 1, retain: true }),
        ),
      );
    await this.showLive();
    await client.publishAsync(this.availability, 'online', { qos: 1, retain: true });
  }

  private connectClient(connect: typeof import('mqtt').connect): MqttClient {
    const { o } = this;
    // The parsed scheme, host and port, never the string: mqtt.js would read it with url.parse (issue 58).
    const target = brokerTarget(o.url);
    const c = connectThroughGate(target, () =>
      connect({
        ...target,
        ...(o.username ? { username: o.username } : {}),
        ...(o.password ? { password: o.password } : {}),
        clientId: o.clientId ?? mqttClientId(this.topics.node, randomBytes(4).toString('hex')),
        reconnectPeriod: 2000,
        connectTimeout: 10_000,
        will: { topic: this.availability, payload: Buffer.from('offline'), qos: 1, retain: true },
      }),
    );
    this.client = c;
    c.on('error', (err) => {
      this.lastError = describeError(err);
      this.deps.logger.debug('mqtt error', { error: this.lastError });
    });
    c.on('connect', () => this.enqueue('announce', () => this.announce()));
    return c;
  }
}
