/**
 * The Settings page's Test of the fleet: a connection of its own (no will, nothing retained) with
 * the settings given (the edited ones or the saved: runtime/fleet-test.ts), which says in words what the broker lets this runner do: sign in, publish
 * under its site (a QoS 1 message to `<prefix>/<site>/test`, which no watcher reads: over MQTT 5 a
 * refusal by the ACL comes back), and read the fleet (the subscription granted, and how many sites'
 * states the broker keeps). Bounded in time; never touches the running link.
 */
import type { MqttClient } from 'mqtt';

import type { FleetTestResult } from '../../../shared/contract/fleet';
import type { Reason } from '../../../shared/reason';
import type { FleetSettings } from '../../../shared/settings/fleet';
import type { Clock } from '../clock';
import { brokerTarget, connectThroughGate } from '../net/broker';
import { inEnglish, reason } from '../reason';
import { inTime } from './in-time';
import { clientOptions, linkClientId, loadMqtt } from './link';
import { CLOSED_BEFORE_ACCEPT } from './reconnect';
import { brokerReason, refusedReason } from './words';

/**
 * How long the whole test may take, from the files read to the last answer: a broker that takes
 * the connection and then answers nothing (no CONNACK, no PUBACK, no SUBACK) is named within it,
 * not after 1.5 × the keep-alive (issue 59).
 */
export const FLEET_TEST_MS = 10_000;
/** After the subscription is granted, how long the retained states are counted as they arrive. */
const RETAINED_MS = 500;
/** How long the test's own DISCONNECT may take once it has its answer. */
const GOODBYE_MS = 1000;

const later = (clock: Clock, ms: number) => new Promise<void>((r) => clock.setTimeout(r, ms));

/** Resolves at the CONNACK; rejects with the broker's error, or in words when it closes first. */
function accepted(c: MqttClient): Promise<void> {
  return new Promise((resolve, reject) => {
    c.once('connect', () => resolve());
    c.once('error', reject);
    c.once('close', () => reject(new Error(CLOSED_BEFORE_ACCEPT)));
  });
}

/** What the test learnt so far, and what it waits for now (said when the time is up). */
interface Progress {
  learnt: Reason[];
  waiting: Reason;
}

type Step = { ok: boolean; detail: string; reason: Reason };
const step = (ok: boolean, r: Reason): Step => ({ ok, detail: inEnglish(r), reason: r });

/** A failed test whose words are `reasons`' joined. */
const failed = (
  reasons: Reason[],
  ms: number,
  publish: Step | null = null,
  read: Step | null = null,
): FleetTestResult => ({
  ok: false,
  error: reasons.map(inEnglish).join('; '),
  reasons,
  ms,
  publish,
  read,
});

/** The time-up reason for what the test waits for (`step`), naming the topic it waits on. */
const late = (waiting: 'connect' | 'publish' | 'subscribe', topic = ''): Reason =>
  reason('reason.fleet.late', { step: waiting, topic, seconds: FLEET_TEST_MS / 1000 });

export async function testFleet(settings: FleetSettings, password: string, clock: Clock): Promise<FleetTestResult> {
  const started = clock.monotonic();
  const ms = () => Math.round(clock.monotonic() - started);
  if (settings.brokerUrl === '') return failed([reason('reason.fleet.noBrokerUrl')], 0);
  const progress: Progress = { learnt: [], waiting: late('connect') };
  let client: MqttClient | null = null;
  const run = probe(settings, password, clock, progress, (c) => (client = c)).catch((err: unknown): FleetTestResult =>
    failed([brokerReason(err)], ms()),
  );
  const answer = await inTime(run, FLEET_TEST_MS, clock);
  const c = client as MqttClient | null;
  if (!answer.done) {
    c?.end(true);
    return failed([...progress.learnt, progress.waiting], ms());
  }
  if (
    c &&
    !(
      await inTime(
        c.endAsync(false).catch(() => undefined),
        GOODBYE_MS,
        clock,
      )
    ).done
  )
    c.end(true);
  return { ...answer.value, ms: ms() };
}

/** The test's steps: sign in, publish under the site, read the fleet; `progress` follows them. */
async function probe(
  settings: FleetSettings,
  password: string,
  clock: Clock,
  progress: Progress,
  made: (c: MqttClient) => void,
): Promise<FleetTestResult> {
  // Its own id (never the running link's: one id throws the other off the broker), its random part kept.
  const [{ connect }, options] = await Promise.all([
    loadMqtt(),
    clientOptions({ settings, password }, linkClientId(`test${settings.site}`)),
  ]);
  // The options carry the parsed broker (link.ts clientOptions), never the string: mqtt.js reads it with url.parse.
  const c = connectThroughGate(brokerTarget(settings.brokerUrl), () =>
    connect({ ...options, connectTimeout: FLEET_TEST_MS }),
  );
  made(c);
  c.on('error', () => undefined);
  await accepted(c);
  const signedIn = reason('reason.fleet.signedIn', { broker: settings.brokerUrl });
  progress.learnt.push(signedIn);
  const prefix = `${settings.topicPrefix}/${settings.site}/`;
  progress.waiting = late('publish', prefix);
  const publish = settings.site
    ? await c
        .publishAsync(`${prefix}test`, JSON.stringify({ v: 1, test: true }), { qos: 1 })
        .then(() => step(true, reason('reason.fleet.canPublish', { prefix })))
        .catch((err: unknown) => step(false, refusedReason(prefix, err)))
    : null;
  if (publish) progress.learnt.push(publish.reason);
  const states = `${settings.topicPrefix}/+/state`;
  progress.waiting = late('subscribe', states);
  const sites = new Set<string>();
  c.on('message', (topic, body, p) => {
    if (p.retain && body.length > 0) sites.add(topic);
  });
  const granted = await c.subscribeAsync(states, { qos: 1 });
  const readable = granted.every((g) => g.qos < 0x80);
  if (readable) await later(clock, RETAINED_MS);
  // A broker may take a subscription and filter what its ACL hides (mosquitto does): the count tells.
  const read = readable
    ? step(true, reason('reason.fleet.reads', { count: sites.size, prefix: settings.topicPrefix }))
    : step(false, reason('reason.fleet.readAcl', { topic: states }));
  const ok = (publish?.ok ?? true) && (read.ok || !settings.watch);
  const reasons = [signedIn, ...(publish ? [publish.reason] : []), read.reason];
  if (!ok) return failed(reasons, 0, publish, read);
  return { ok: true, detail: reasons.map(inEnglish).join('; '), reasons, ms: 0, publish, read };
}
