/**
 * One parse per destination, at the clients (issue 58). Three recording listeners on 127.0.0.1
 * (tests/fakes/recording-listener.ts) stand where a secret may go and where it must not.
 *
 * - A corpus of URLs on which WHATWG `URL` (the rule) and Node's legacy `url.parse` (mqtt.js on a
 *   string) disagree: each is refused in words by every address field's validation, counts as a
 *   moved destination for the rule, and the real clients that could still be handed one (the fleet
 *   link, which takes its settings as given; discord.js's REST base; the HTTP client) never bring
 *   a secret to the listener url.parse names.
 * - A property (fast-check, seeded, seed printed): for any URL the settings accept, the listener
 *   the real client reaches (mqtt.js through the fleet link's options, the HTTP client,
 *   discord.js's REST on the bot's base) is the one whose port the rule compared.
 */
import { REST } from '@discordjs/rest';
import fc from 'fast-check';
import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { restBase } from '../../../../electron/engine/bot/client';
import { makeRequest } from '../../../../electron/engine/bot/rest-request';
import { systemClock } from '../../../../electron/engine/clock';
import { clientOptions, loadMqtt, openLink } from '../../../../electron/engine/fleet/link';
import { createHttpClient } from '../../../../electron/engine/net';
import { email } from '../../../../electron/engine/notify/channels/email';
import { mqtt } from '../../../../electron/engine/notify/channels/mqtt';
import { telegram } from '../../../../electron/engine/notify/channels/telegram';
import { webhook } from '../../../../electron/engine/notify/channels/webhook';
import { parseSettings } from '../../../../shared/settings';
import { urlOrigin, movedDestinations } from '../../../../shared/settings/destinations';
import { fleetSettingsSchema } from '../../../../shared/settings/fleet';
import { type RecordingListener, startRecordingListener } from '../../../fakes/recording-listener';
import { quietLogger } from '../../../helpers/api-server';
import { propertyRun } from '../../../helpers/properties';
import { until } from '../../../helpers/until';

const SECRET = 'the-stored-secret-5e1';
let home: RecordingListener;
let trap: RecordingListener;
let spare: RecordingListener;
const all = () => [home, trap, spare];

beforeAll(async () => {
  [home, trap, spare] = await Promise.all([
    startRecordingListener(),
    startRecordingListener(),
    startRecordingListener(),
  ]);
});
afterAll(async () => {
  await Promise.all(all().map((l) => l?.close()));
});

/**
 * The disagreeing corpus, for a scheme: `T` is the trap's port (what url.parse or a lax reader
 * takes), `H` the stored destination's.
 */
const CORPUS: readonly string[] = [
  '{s}://127.0.0.1:T\\@127.0.0.1:H',
  '{s}://127.0.0.1:T\\x',
  '{s}://127.0.0.1:T\\',
  '{s}://127.0.0.1:T/\\@127.0.0.1:H',
  '{s}://127.0.0.1:T\t@127.0.0.1:H',
  '{s}://127.0.0.1:T\n@127.0.0.1:H',
  '{s}://127.0.0.1:T\u0000@127.0.0.1:H',
  '{s}://127.0.0.1:T @127.0.0.1:H',
  '{s}://%31%32%37.0.0.1:T',
  '{s}://[fe80::1%25lo]:T',
  '{s}://127.0.0.1:0T',
  '{s}://127.0.0.1:+T',
  '{s}://127.0.0.1:T:H',
  '{s}://0x7f.1:T',
  '{s}://127.1:T',
];
const fill = (t: string, s: string) =>
  t.replace('{s}', s).replace('T', String(trap.port)).replace('H', String(home.port));

const words = (m: string | null | undefined) => {
  expect(m).toMatch(/[a-z]+ [a-z]+/); // a reason in words, not a code
};

describe('the corpus on which WHATWG and url.parse disagree', () => {
  it.each(CORPUS)('%j is refused in words by every address field', (t) => {
    const http = fill(t, 'http');
    const broker = fill(t, 'mqtt');
    words(mqtt.validate({ url: broker, password: SECRET }));
    words(webhook.validate({ url: http }));
    words(telegram.validate({ token: '1:x', chatId: '1', apiBase: http }));
    const refusal = (settings: Record<string, unknown>, at: string) => {
      const r = parseSettings(settings);
      expect(r.ok).toBe(false);
      if (!r.ok) words(r.errors.find((e) => e.startsWith(at)));
    };
    refusal({ fleet: { watch: true, brokerUrl: broker, username: 'u', password: SECRET } }, 'fleet.brokerUrl');
    refusal({ discord: { apiBase: http } }, 'discord.apiBase');
    refusal({ identity: { provider: 'ipinfo', url: http } }, 'identity.url');
    refusal(
      {
        ddns: {
          records: [{ id: 'r', provider: 'cloudflare', token: SECRET, zone: 'a.b', name: 'h.a.b', apiBase: http }],
        },
      },
      'ddns.records.0.apiBase',
    );
    refusal({ sources: { custom: [{ id: 'c', kind: 'http', url: http }] } }, 'sources.custom.0.url');
  });

  it.each(CORPUS)('%j is a moved destination for the rule (fail closed)', (t) => {
    const stored = { brokerUrl: `mqtt://127.0.0.1:${home.port}`, password: SECRET };
    expect(movedDestinations('fleet', stored, { ...stored, brokerUrl: fill(t, 'mqtt') })).toHaveLength(1);
  });

  it.each(CORPUS.filter((t) => !t.includes('%') && !t.includes('fe80')))(
    '%j: the SMTP host as a host field is refused in words',
    (t) => {
      const host = fill(t, 'x').replace(/^x:\/\//, '');
      words(email.validate({ host, from: 'a@b.c', to: 'd@e.f', auth: { user: 'u', pass: SECRET } }));
    },
  );

  it.each(CORPUS)('%j: the fleet link says why in words and brings the password nowhere', async (t) => {
    const brokerUrl = fill(t, 'mqtt');
    const settings = { ...fleetSettingsSchema.parse({}), watch: true, brokerUrl, username: 'u' };
    const link = openLink({ settings, password: SECRET, clock: systemClock, logger: quietLogger });
    await until(() => link.status().state === 'failing', { what: 'the link to fail' });
    words(link.status().error);
    await link.close();
    for (const l of all()) expect(l.received(SECRET)).toBe(false);
  });

  it.each(CORPUS)('%j: the Discord bot has no REST base from it', (t) => {
    expect(() => restBase(fill(t, 'http'))).toThrow(/discord\.apiBase: \w+/);
  });

  it.each(CORPUS)('%j: the HTTP client refuses it in words and brings the secret nowhere', async (t) => {
    const http = createHttpClient({ userAgent: 'IPWatch/test' });
    const sent = http.get({
      url: fill(t, 'http'),
      family: 4,
      signal: AbortSignal.timeout(10_000),
      headers: { authorization: `Bearer ${SECRET}` },
    });
    await expect(sent).rejects.toThrow(/the address is refused: \w+/);
    for (const l of all()) expect(l.received(SECRET)).toBe(false);
  });
});

let sends = 0;
/** The secret of one send, told apart from every other send's: `${SECRET}-<n>-end`. */
const secretOfOneSend = () => `${SECRET}-${++sends}-end`;

/**
 * The listener ports that received `secret` (sent once, by `run`), once one has. By the bytes,
 * not by counting connections: a connection a previous run's client opens late (undici may, as
 * it drops an aborted request) carries its own run's secret and is not counted here.
 */
async function reached(secret: string, run: () => Promise<() => Promise<void>>): Promise<number[]> {
  const stop = await run();
  await until(() => all().some((l) => l.received(secret)), { what: 'the secret at a listener' });
  await stop();
  return all()
    .filter((l) => l.received(secret))
    .map((l) => l.port);
}

describe('for any URL the settings accept, the client reaches what the rule compared', () => {
  /** URL text built from parts that include the corpus's tricks; only the accepted ones count. */
  /**
   * A part plain three times in four, else one of the corpus's tricks: drawn evenly, nearly every
   * URL held a trick and the settings refused it, so a property checked almost nothing.
   */
  const part = (plain: readonly string[], tricks: readonly string[]) =>
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...tricks) });
  const arbitraryUrl = (scheme: fc.Arbitrary<string>) =>
    fc
      .record({
        scheme,
        upper: fc.boolean(),
        host: part(['127.0.0.1'], ['127.0.0.01', '0x7f.0.0.1', '2130706433', '127.1', '%31%32%37.0.0.1']),
        port: fc.constantFrom(0, 1, 2),
        portForm: part([''], ['0', '+']),
        other: fc.constantFrom(0, 1, 2),
        user: part([''], ['u@', 'u:p@', 'u\\@', 'a@b@']),
        tail: part(['', '/', '/x', '?q=1', '#f'], ['\\', '\\@127.0.0.1:OTHER', '\t', ' ', '/\\@127.0.0.1:OTHER']),
      })
      .map((p) => {
        const ports = all().map((l) => l.port);
        const text = `${p.scheme}://${p.user}${p.host}:${p.portForm}${ports[p.port]}${p.tail.replace('OTHER', String(ports[p.other]))}`;
        return p.upper ? text.replace(/^[a-z]+/, (s) => s.toUpperCase()) : text;
      });

  it('mqtt.js, as the fleet link connects it', async () => {
    const { connect } = await loadMqtt();
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryUrl(fc.constant('mqtt')), async (brokerUrl) => {
        const accepted = fleetSettingsSchema.safeParse({ watch: true, brokerUrl, username: 'u', password: SECRET });
        if (!accepted.success) return;
        asked++;
        const rule = urlOrigin(accepted.data.brokerUrl).origin;
        let client: MqttClient | undefined;
        const password = secretOfOneSend();
        const ports = await reached(password, async () => {
          client = connect(await clientOptions({ settings: accepted.data, password }, 'ipwatchoneparse'));
          client.on('error', () => undefined);
          return async () => void (await client!.endAsync(true));
        });
        expect(ports.map((p) => `mqtt://127.0.0.1:${p}`)).toEqual([rule]);
      }),
      propertyRun('one parse: fleet link', 60),
    );
    expect(asked).toBeGreaterThan(0); // not a property of nothing: some generated URLs are accepted
  }, 60_000);

  it("discord.js's REST, on the base the bot gives it", async () => {
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryUrl(fc.constant('http')), async (apiBase) => {
        const accepted = parseSettings({ discord: { apiBase } });
        if (!accepted.ok) return;
        const rule = urlOrigin(accepted.settings.discord.apiBase).origin;
        asked++;
        const token = secretOfOneSend();
        const ports = await reached(token, async () => {
          // As the bot's client is made (bot/client.ts): its base, its request function, no retries.
          const rest = new REST({
            api: restBase(accepted.settings.discord.apiBase),
            makeRequest,
            retries: 0,
            timeout: 10_000,
          });
          rest.setToken(token);
          const ac = new AbortController();
          const sent = rest.get('/gateway/bot', { signal: ac.signal }).catch(() => undefined);
          return async () => {
            ac.abort();
            rest.clearHashSweeper();
            rest.clearHandlerSweeper();
            await sent;
          };
        });
        expect(ports.map((p) => `http://127.0.0.1:${p}`)).toEqual([rule]);
      }),
      propertyRun('one parse: discord.js REST', 40),
    );
    expect(asked).toBeGreaterThan(0); // not a property of nothing: some generated bases are accepted
  }, 60_000);

  it('the HTTP client, as a webhook or an API base is asked', async () => {
    const http = createHttpClient({ userAgent: 'IPWatch/test' });
    let asked = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryUrl(fc.constantFrom('http')), async (url) => {
        if (webhook.validate({ url }) !== null) return;
        asked++;
        const rule = urlOrigin(url).origin;
        const secret = secretOfOneSend();
        const ports = await reached(secret, async () => {
          const ac = new AbortController();
          const sent = http
            .get({ url, family: 4, signal: ac.signal, headers: { authorization: secret } })
            .catch(() => undefined);
          return async () => {
            ac.abort();
            await sent;
          };
        });
        expect(ports.map((p) => `http://127.0.0.1:${p}`)).toEqual([rule]);
      }),
      propertyRun('one parse: HTTP client', 60),
    );
    expect(asked).toBeGreaterThan(0); // not a property of nothing: some generated URLs are accepted
  }, 60_000);
});
