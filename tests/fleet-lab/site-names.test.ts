/**
 * Site names checked as MQTT 5 topic levels, and Debian's real mosquitto agrees (issue 59).
 *
 * MQTT 5.0 section 1.5.4 (UTF-8 Encoded String): the data MUST be well-formed UTF-8, with no
 * encoding of a surrogate (U+D800–U+DFFF) [MQTT-1.5.4-1] nor of U+0000 [MQTT-1.5.4-2], and SHOULD
 * NOT include the control characters U+0001–U+001F and U+007F–U+009F nor Unicode non-characters;
 * a receiver MAY treat a packet holding them as malformed. mosquitto does (lib/utf8_mosq.c,
 * mosquitto_validate_utf8: the non-characters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF, the controls up
 * to U+009F), and closes the connection. shared/settings/fleet.ts refuses the same, plus `+`, `#`,
 * `/`, a leading `$` and a name over SITE_NAME_MAX_BYTES.
 *
 * Property (fast-check, seeded, the seed printed): every site name the settings accept, drawn
 * from plain letters mixed with the characters above, emoji and accents, is published by an
 * MQTT 5 client to `<prefix>/<name>/state` and received under that very topic from the broker.
 */
import fc from 'fast-check';
import mqtt from 'mqtt';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { fleetSettingsSchema } from '../../shared/settings/fleet';
import { type Broker, mosquittoPeer, startMosquitto } from '../fixtures/notify/mosquitto';
import { testSeed } from '../helpers/random';

const PREFIX = 'ipwatch/fleet';
/** How long a publish may take on loopback before it counts as refused. */
const HEARD_MS = 3000;

let broker: Broker | null = null;
let reader: mqtt.MqttClient | null = null;
const heard = new Map<string, (topic: string) => void>();

beforeAll(async () => {
  if (mosquittoPeer.skip) return;
  broker = await startMosquitto();
  reader = await mqtt.connectAsync(broker.url, { protocolVersion: 5 });
  reader.on('message', (topic, body) => heard.get(body.toString())?.(topic));
  await reader.subscribeAsync(`${PREFIX}/+/state`, { qos: 1 });
});

afterAll(async () => {
  await reader?.endAsync(true);
  await broker?.stop();
});

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
/** Mostly what people type, sometimes what MQTT forbids. */
const nameChar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_ .') },
  { weight: 3, arbitrary: fc.constantFrom('é', 'ü', 'ß', '日', '本', '\u{1f3e0}', '\u{1f600}', 'Ω') },
  { weight: 1, arbitrary: range(0x80, 0x9f) },
  {
    weight: 1,
    arbitrary: fc.oneof(range(0xfdd0, 0xfdef), fc.constantFrom('\ufffe', '\uffff', '\u{1fffe}', '\u{10ffff}')),
  },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udfff', '+', '#', '/', '\u0000', '\u001b', '\u007f') },
);
const accepted = (site: string) =>
  fleetSettingsSchema.safeParse({ publish: true, site, brokerUrl: 'mqtt://127.0.0.1:1883' }).success;

/** Publishes `nonce` under `site`'s state topic; resolves with the topic the broker delivered it under, or null. */
async function roundTrip(site: string, nonce: string): Promise<string | null> {
  const client = await mqtt.connectAsync(broker!.url, { protocolVersion: 5, reconnectPeriod: 0 });
  client.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<string | null>((resolve) => {
      heard.set(nonce, resolve);
      timer = setTimeout(() => resolve(null), HEARD_MS);
      client.once('close', () => resolve(null));
      client.publishAsync(`${PREFIX}/${site}/state`, nonce, { qos: 1 }).catch(() => resolve(null));
    });
  } finally {
    clearTimeout(timer);
    heard.delete(nonce);
    await client.endAsync(true);
  }
}

it.skipIf(mosquittoPeer.skip)(
  'every site name the settings accept is published and received by mosquitto under that name',
  async () => {
    const seed = testSeed('site names through mosquitto');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(nameChar, { minLength: 1, maxLength: 10 })
          .map((cs) => cs.join(''))
          .filter(accepted),
        async (site) => {
          const nonce = `n${(n += 1)}`;
          expect(await roundTrip(site, nonce)).toBe(`${PREFIX}/${site}/state`);
        },
      ),
      { seed, numRuns: 50 },
    );
  },
  120_000,
);
