/**
 * The Settings page's Test of the fleet: a connection of its own (no will, nothing retained) with
 * the settings given (the edited ones or the saved: runtime/fleet-test.ts), which says in words what the broker lets this runner do: sign in, publish
 * under its site (a QoS 1 message to `<prefix>/<site>/test`, which no watcher reads: over MQTT 5 a
 * refusal by the ACL comes back), and read the fleet (the subscription granted, and how many sites'
 * states the broker keeps). Bounded in time; never touches the running link.
 */
import type { MqttClient } from 'mqtt';

import type { FleetTestResult } from '../../../shared/contract/fleet';
import type { FleetSettings } from '../../../shared/settings/fleet';
import type { Clock } from '../clock';
import { clientOptions, loadMqtt } from './link';
import { brokerWords, refusedWords } from './words';

/** How long the whole test may take. */
const TEST_MS = 10_000;
/** After the subscription is granted, how long the retained states are counted as they arrive. */
const RETAINED_MS = 500;

const later = (clock: Clock, ms: number) => new Promise<void>((r) => clock.setTimeout(r, ms));

export async function testFleet(settings: FleetSettings, password: string, clock: Clock): Promise<FleetTestResult> {
  const started = clock.now();
  const ms = () => clock.now() - started;
  if (settings.brokerUrl === '')
    return { ok: false, error: 'give the broker URL first', ms: 0, publish: null, read: null };
  let client: MqttClient | null = null;
  try {
    const [{ connectAsync }, options] = await Promise.all([loadMqtt(), clientOptions({ settings, password })]);
    // The options carry the parsed broker (link.ts clientOptions), never the string: mqtt.js reads it with url.parse.
    client = await connectAsync({
      ...options,
      clientId: `${String(options.clientId)}-test`.slice(0, 64),
      connectTimeout: TEST_MS,
    });
    const c = client;
    const publish = settings.site
      ? await c
          .publishAsync(`${settings.topicPrefix}/${settings.site}/test`, JSON.stringify({ v: 1, test: true }), {
            qos: 1,
          })
          .then(() => ({ ok: true, detail: `can publish under ${settings.topicPrefix}/${settings.site}/` }))
          .catch((err: unknown) => ({
            ok: false,
            detail: refusedWords(`${settings.topicPrefix}/${settings.site}/`, err),
          }))
      : null;
    const sites = new Set<string>();
    c.on('message', (topic, body, p) => {
      if (p.retain && body.length > 0) sites.add(topic);
    });
    const granted = await c.subscribeAsync(`${settings.topicPrefix}/+/state`, { qos: 1 });
    const readable = granted.every((g) => g.qos < 0x80);
    if (readable) await later(clock, RETAINED_MS);
    // A broker may take a subscription and filter what its ACL hides (mosquitto does): the count tells.
    const read = readable
      ? {
          ok: true,
          detail: `reads ${sites.size === 1 ? '1 site' : `${sites.size} sites`} kept on the broker under ${settings.topicPrefix}/`,
        }
      : { ok: false, detail: `the broker does not let this user read ${settings.topicPrefix}/+/state (its ACL)` };
    const ok = (publish?.ok ?? true) && (read.ok || !settings.watch);
    const words = [`signed in to ${settings.brokerUrl}`, publish?.detail, read.detail].filter(Boolean).join('; ');
    return ok
      ? { ok: true, detail: words, ms: ms(), publish, read }
      : { ok: false, error: words, ms: ms(), publish, read };
  } catch (err) {
    return { ok: false, error: brokerWords(err), ms: ms(), publish: null, read: null };
  } finally {
    await client?.endAsync(false).catch(() => undefined);
  }
}
