/**
 * The one connection to the broker a runner keeps for the fleet (mqtt.js, MQTT 5 so that a
 * publish the broker's ACL refuses comes back refused instead of vanishing). It signs in with the
 * user name and password or the client certificate, trusts the CA file named, and carries the
 * publisher's last will. Each try is a client of its own, its files read again (a renewed
 * certificate is taken, a missing file is tried again): mqtt.js's reconnect() reuses the options
 * it was built with and retries at one fixed period, so the link turns that off and keeps its own
 * loop, its waits from reconnect.ts. A broker that fails never stops monitoring: the link only
 * ever reports, in its status.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import type { IClientOptions, MqttClient } from 'mqtt';

import { FLEET_STATE_MAX_BYTES, type FleetStatus } from '../../../shared/contract/fleet';
import type { Reason } from '../../../shared/reason';
import type { FleetSettings } from '../../../shared/settings/fleet';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { brokerTarget, connectThroughGate, mqttClientId } from '../net/broker';
import { inEnglish, reason, ReasonError } from '../reason';
import { inTime } from './in-time';
import { failuresAfterClose, reconnectWait } from './reconnect';
import { brokerReason, unreadableReason } from './words';

export { FIRST_RETRY_MS, LONGEST_RETRY_MS, STABLE_MS } from './reconnect';
/**
 * How long closing waits for the broker to take the link's DISCONNECT (after what is in flight)
 * before it shuts the connection itself: mqtt.js's end(false) waits for every unacknowledged
 * publish, for ever when the broker died with one in flight. Closing takes at most twice this
 * (the start, when it is still reading files, is waited for as long).
 */
export const GOODBYE_MS = 2000;
/**
 * The largest packet this client takes (MQTT 5 Maximum Packet Size, sent in CONNECT): a broker
 * drops a larger message for this client instead of sending it (mosquitto does), so no site can
 * make a watcher read megabytes. Twice FLEET_STATE_MAX_BYTES: a state between the two arrives and
 * is named unreadable; a larger one is never seen.
 */
export const MAX_PACKET_BYTES = 2 * FLEET_STATE_MAX_BYTES;

export interface LinkOptions {
  settings: FleetSettings;
  /** The password, its reference resolved; '' for none. */
  password: string;
  /** The last will: set when this runner publishes. */
  will?: { topic: string; payload: string };
  clock: Clock;
  logger: Logger;
  /** Numbers in [0, 1) for the retry waits' jitter; Math.random unless given. */
  random?: () => number;
}

export interface FleetLink {
  status(): FleetStatus['link'];
  client(): MqttClient | null;
  /** Calls `listener` on each (re)connect; returns the unsubscribe. */
  onConnect(listener: (client: MqttClient) => void): () => void;
  /** Notes a refusal the broker answered after connecting (a publish the ACL refused). */
  fail(why: Reason): void;
  /** Leaves the broker within about 2 × GOODBYE_MS; the status then says how (error: words when not cleanly). */
  close(): Promise<void>;
}

let mqttModule: Promise<typeof import('mqtt')> | undefined;
/** mqtt.js, loaded when the fleet first connects: a runner without a fleet never pays for it. */
export const loadMqtt = () => (mqttModule ??= import('mqtt'));

/** A fresh client id for `site` ('' for a watcher): its random part is never cut (net/broker.ts). */
export const linkClientId = (site: string): string => mqttClientId(site || 'watch', randomBytes(4).toString('hex'));

/**
 * The options mqtt.js connects with, the broker's scheme, host and port among them; the files are
 * read at each call (each try of the link, each Test) so a renewed certificate is taken.
 */
export async function clientOptions(
  o: Pick<LinkOptions, 'settings' | 'password' | 'will'>,
  clientId: string,
): Promise<IClientOptions> {
  const s = o.settings;
  const read = async (file: string, what: 'caFile' | 'clientCert' | 'clientKey') => {
    try {
      return await readFile(file);
    } catch (err) {
      throw new ReasonError(unreadableReason(what, file, err));
    }
  };
  return {
    ...brokerTarget(s.brokerUrl),
    protocolVersion: 5,
    clean: true,
    keepalive: s.keepAliveSec,
    clientId,
    reconnectPeriod: 0,
    resubscribe: false,
    connectTimeout: 10_000,
    properties: { maximumPacketSize: MAX_PACKET_BYTES },
    ...(s.username ? { username: s.username } : {}),
    ...(o.password ? { password: o.password } : {}),
    ...(s.caFile ? { ca: await read(s.caFile, 'caFile') } : {}),
    ...(s.clientCertFile ? { cert: await read(s.clientCertFile, 'clientCert') } : {}),
    ...(s.clientKeyFile ? { key: await read(s.clientKeyFile, 'clientKey') } : {}),
    ...(o.will ? { will: { topic: o.will.topic, payload: Buffer.from(o.will.payload), qos: 1, retain: true } } : {}),
  };
}

export function openLink(o: LinkOptions): FleetLink {
  const random = o.random ?? Math.random;
  // One id for the link's life (the broker's log follows it); Test makes its own (probe.ts).
  const clientId = linkClientId(o.settings.site);
  let state: FleetStatus['link'] = { state: 'connecting', error: null, since: o.clock.now() };
  let client: MqttClient | null = null;
  let closed = false;
  let failures = 0;
  let retry: Timer | null = null;
  const last = lastConnection();
  const listeners = new Set<(c: MqttClient) => void>();
  const set = (next: FleetStatus['link']['state'], why: Reason | null) => {
    state = { state: next, ...told(why), since: state.state !== next ? o.clock.now() : state.since };
  };
  const again = (upForMs: number | null) => {
    if (closed || retry) return;
    failures = failuresAfterClose(failures, upForMs);
    retry = o.clock.setTimeout(
      () => {
        retry = null;
        if (!closed) attempt = connectOnce();
      },
      reconnectWait(failures, random()),
    );
  };

  /** One try: the files read, a client of its own; its close asks `again`. */
  const connectOnce = async (): Promise<void> => {
    last.retire(client);
    client = null;
    let options: IClientOptions;
    let connect: (typeof import('mqtt'))['connect'];
    try {
      [{ connect }, options] = await Promise.all([loadMqtt(), clientOptions(o, clientId)]);
    } catch (err) {
      set('failing', brokerReason(err));
      o.logger.warn('fleet link cannot connect', { error: state.error });
      return again(null);
    }
    if (closed) return;
    // The parsed scheme, host and port (clientOptions), never the string: mqtt.js reads it with url.parse (issue 58).
    let c: MqttClient;
    try {
      c = connectThroughGate(brokerTarget(o.settings.brokerUrl), () => connect(options));
    } catch (err) {
      set('failing', brokerReason(err));
      return again(null);
    }
    client = c;
    let upAt: number | null = null;
    let said = false;
    c.on('connect', () => {
      upAt = o.clock.monotonic();
      // What the last connection had in flight is dropped (its waits end): the publisher sends the whole state now.
      last.drop();
      set('connected', null);
      o.logger.info('connected to the broker', { broker: o.settings.brokerUrl });
      for (const l of listeners) l(c);
    });
    c.on('error', (err) => {
      said = true;
      set('failing', brokerReason(err));
      o.logger.debug('broker error', { error: state.error });
    });
    c.on('close', () => {
      if (closed || client !== c) return;
      if (upAt !== null) {
        if (state.state === 'connected') set('failing', reason('reason.fleetLink.lost'));
      } else if (!said) set('failing', reason('reason.fleetLink.closedBeforeAccept'));
      again(upAt === null ? null : o.clock.monotonic() - upAt);
    });
  };
  let attempt = connectOnce();

  return {
    status: () => state,
    client: () => client,
    onConnect(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail(why) {
      if (!closed) set(state.state === 'connected' ? 'connected' : 'failing', why);
    },
    async close() {
      closed = true;
      if (retry) o.clock.clearTimeout(retry);
      retry = null;
      set(state.state, reason('reason.fleetLink.closing', { seconds: GOODBYE_MS / 1000 }));
      // Loading mqtt.js and reading the files: once `closed` is set, no client comes of it.
      await inTime(attempt, GOODBYE_MS, o.clock);
      const dropped = last.drop();
      const why = client ? await endClient(client, o.clock, dropped) : unreached(dropped);
      set('off', why);
      if (why) o.logger.warn('fleet link closed without a goodbye', { error: inEnglish(why) });
    },
  };
}

/** The link's why: its English `error` and the same as a code, `reason` (null: nothing wrong). */
const told = (why: Reason | null): Pick<FleetStatus['link'], 'error' | 'reason'> =>
  why ? { error: inEnglish(why), reason: why } : { error: null };

/** The last connection's client while it holds messages the broker never acknowledged. */
function lastConnection() {
  let stale: MqttClient | null = null;
  return {
    /** Keeps `c` if it holds some; ends it otherwise. */
    retire(c: MqttClient | null): void {
      if (c && Object.keys(c.outgoing).length === 0) c.end(true);
      else if (c) {
        stale?.end(true);
        stale = c;
      }
    },
    /** Ends the client kept (its publishes fail: their waits end); how many messages it dropped. */
    drop(): number {
      const n = stale ? Object.keys(stale.outgoing).length : 0;
      stale?.end(true);
      stale = null;
      return n;
    },
  };
}

/**
 * Ends `c` within GOODBYE_MS or so; says in words when it could not say goodbye, null when it did.
 * Connected: a DISCONNECT first (not a forced end), so the broker drops the will, which would say
 * the connection was lost. Not connected, or no answer in time: the connection is shut and what
 * was in flight dropped (mqtt.js fails its publishes: their waits end).
 */
async function endClient(c: MqttClient, clock: Clock, droppedBefore: number): Promise<Reason | null> {
  const inFlight = Object.keys(c.outgoing).length + droppedBefore;
  const wasConnected = c.connected;
  if (wasConnected) {
    const bye = await inTime(
      c.endAsync(false).catch(() => undefined),
      GOODBYE_MS,
      clock,
    );
    if (bye.done) return null;
  }
  // end(false) left `disconnecting` set and waits for 'outgoingEmpty': a second end() would return at once, doing nothing.
  c.removeAllListeners('outgoingEmpty');
  c.disconnecting = false;
  await inTime(
    c.endAsync(true).catch(() => undefined),
    GOODBYE_MS,
    clock,
  );
  if (wasConnected) return reason('reason.fleetLink.noGoodbye', { seconds: GOODBYE_MS / 1000, dropped: inFlight });
  return unreached(inFlight);
}

/** How a close went with no connection up: null unless messages were dropped. */
const unreached = (dropped: number): Reason | null =>
  dropped > 0 ? reason('reason.fleetLink.unreached', { dropped }) : null;
