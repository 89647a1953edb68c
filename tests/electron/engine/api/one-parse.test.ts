/**
 * One parse per destination (issue 58), through the real headless runner's API with an admin token
 * that has not signed in recently (no host proof): each finding of the review, replayed.
 *
 * - An MQTT channel's broker edited to `mqtt://127.0.0.1:A\@127.0.0.1:B`: WHATWG (the rule) reads
 *   127.0.0.1:B, the stored broker, so the stored password was carried; mqtt.js read 127.0.0.1:A.
 * - The fleet's broker edited to `mqtt://127.0.0.1:A\x`: the rule could not read it and ignored it;
 *   mqtt.js connected to 127.0.0.1:A with the fleet's password.
 * - `discord.apiBase` moved while IPWATCH_DISCORD_TOKEN gives the bot's token: no dangerous change,
 *   and the bot sent `Authorization: Bot <token>` to the new host.
 * - A Telegram `apiBase` with a path or a query on the same host: the stored bot token became a
 *   part of a call of someone else's choosing.
 *
 * Each broker and API address is a recording listener (tests/fakes/recording-listener.ts) that
 * keeps every byte: the stored and environment secrets arrive where they were stored, never at
 * the edited addresses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SettingsView } from '../../../../shared/contract';
import { type RecordingListener, startRecordingListener } from '../../../fakes/recording-listener';
import { startTelegramFake, type TelegramFake } from '../../../fakes/telegram';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { startWorld, type World } from '../../../helpers/world';

const MQTT_PASSWORD = 'stored-mqtt-password-9f3';
const FLEET_PASSWORD = 'stored-fleet-password-c71';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.env-token.discord-bot-secret';
const TG_TOKEN = '123456:ABC-def_GHI';

let world: World;
let runner: ApiRunner;
let telegram: TelegramFake;
/** Where each secret is stored, and where an edit tries to send it. */
let mqttHome: RecordingListener;
let mqttTrap: RecordingListener;
let fleetHome: RecordingListener;
let fleetTrap: RecordingListener;
let discordHome: RecordingListener;
let discordTrap: RecordingListener;

beforeAll(async () => {
  world = await startWorld('81.2.69.142');
  [mqttHome, mqttTrap, fleetHome, fleetTrap, discordHome, discordTrap, telegram] = await Promise.all([
    startRecordingListener(),
    startRecordingListener(),
    startRecordingListener(),
    startRecordingListener(),
    startRecordingListener(),
    startRecordingListener(),
    startTelegramFake(TG_TOKEN),
  ]);
  runner = await startApiRunner({
    world,
    env: { IPWATCH_DISCORD_TOKEN: DISCORD_TOKEN },
    settings: {
      monitor: { ...(world.settings() as { monitor: object }).monitor, ipv6: false },
      discord: { apiBase: `http://127.0.0.1:${discordHome.port}/api` },
      fleet: {
        publish: true,
        site: 'home',
        brokerUrl: `mqtt://127.0.0.1:${fleetHome.port}`,
        username: 'home',
        password: FLEET_PASSWORD,
      },
      notifications: {
        channels: [
          { id: 'desktop', type: 'desktop', enabled: false },
          { id: 'ha', type: 'mqtt', url: `mqtt://127.0.0.1:${mqttHome.port}`, username: 'ha', password: MQTT_PASSWORD },
          { id: 'tg', type: 'telegram', token: TG_TOKEN, chatId: '42', apiBase: telegram.url, events: ['offline'] },
        ],
      },
    },
  });
  // Each client is running and sends its secret where it is stored: the edits below are what must not move it.
  await Promise.all([mqttHome.connected(), fleetHome.connected(), discordHome.connected()]);
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await Promise.all(
    [world, telegram, mqttHome, mqttTrap, fleetHome, fleetTrap, discordHome, discordTrap].map((x) => x?.close()),
  );
});

type Item = Record<string, unknown>;
const view = async () => (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
const settingsFile = () => readFileSync(path.join(runner.dataDir, 'settings.json'), 'utf8');
const channelsOf = (v: SettingsView) => (v.settings.notifications as { channels: Item[] }).channels;

/** A save of the settings as read, with `edit` applied; the admin token has no host proof. */
async function save(edit: (s: Item) => Item) {
  const v = await view();
  const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings: edit(v.settings) } });
  return { status: res.status, body: (await res.json()) as { error?: { message: string; issues?: Item[] } } };
}

const withChannel = (id: string, patch: Item) => (s: Item) => {
  const n = s.notifications as { channels: Item[] };
  return { ...s, notifications: { ...n, channels: n.channels.map((c) => (c.id === id ? { ...c, ...patch } : c)) } };
};

describe('a broker URL that mqtt.js reads otherwise', () => {
  const backslash = 'a backslash is not allowed in an address (parsers read it differently)';

  it('keeps the stored MQTT password home, and refuses the URL in words when a password is typed', async () => {
    expect(mqttHome.received(MQTT_PASSWORD)).toBe(true);
    const before = settingsFile();
    const url = `mqtt://127.0.0.1:${mqttTrap.port}\\@127.0.0.1:${mqttHome.port}`;
    // The stored password is not carried to a URL the rule cannot read (fail closed)...
    const kept = await save(withChannel('ha', { url }));
    expect(kept.status).toBe(422);
    expect(kept.body.error!.issues).toContainEqual({
      path: 'notifications.channels.1.password',
      message: `enter the password again: the channel's broker changed (was 127.0.0.1, now ${url})`,
    });
    // ...and the URL itself is refused, whatever password comes with it.
    const typed = await save(withChannel('ha', { url, password: 'typed-again' }));
    expect(typed.status).toBe(422);
    expect(typed.body.error!.issues).toContainEqual({ path: 'notifications.channels.1.url', message: backslash });
    expect(settingsFile()).toBe(before);
    expect(mqttTrap.connections()).toBe(0);
  });

  it("keeps the fleet's password home, and refuses a broker with a trailing \\x in words", async () => {
    expect(fleetHome.received(FLEET_PASSWORD)).toBe(true);
    const before = settingsFile();
    const brokerUrl = `mqtt://127.0.0.1:${fleetTrap.port}\\x`;
    const fleet = (s: Item, patch: Item) => ({ ...s, fleet: { ...(s.fleet as Item), ...patch } });
    const kept = await save((s) => fleet(s, { brokerUrl }));
    expect(kept.status).toBe(422);
    expect(kept.body.error!.issues).toContainEqual({
      path: 'fleet.password',
      message: `enter the password again: the fleet's broker address changed (was 127.0.0.1, now ${brokerUrl})`,
    });
    const typed = await save((s) => fleet(s, { brokerUrl, password: 'typed-again' }));
    expect(typed.status).toBe(422);
    expect(typed.body.error!.issues).toContainEqual({ path: 'fleet.brokerUrl', message: backslash });
    expect(settingsFile()).toBe(before);
    expect(fleetTrap.connections()).toBe(0);
  });
});

describe('a secret given by the environment (IPWATCH_DISCORD_TOKEN)', () => {
  it('makes moving discord.apiBase a dangerous change: refused without a recent sign-in, the token stays home', async () => {
    expect(discordHome.received(`Bot ${DISCORD_TOKEN}`)).toBe(true);
    const before = settingsFile();
    const r = await save((s) => ({
      ...s,
      discord: { ...(s.discord as Item), apiBase: `http://127.0.0.1:${discordTrap.port}/api` },
    }));
    expect(r.status).toBe(403);
    expect(r.body.error!.message).toContain(
      `the API address of the Discord bot (was http://127.0.0.1:${discordHome.port}, now http://127.0.0.1:${discordTrap.port})`,
    );
    expect(settingsFile()).toBe(before);
    expect(discordTrap.connections()).toBe(0);
  });
});

describe("a Telegram apiBase is the Bot API server's scheme, host and port only", () => {
  it.each([
    ['a path', '/getUpdates?offset=', 'a base address takes no ? query and no # fragment'],
    ['a path', '/evil', `expected only the scheme, host and port, e.g. http://127.0.0.1:PORT`],
    ['a query', '/?to=', 'a base address takes no ? query and no # fragment'],
  ])('refuses one with %s (%s) in words, on the same host', async (_what, tail, message) => {
    const before = settingsFile();
    const at = channelsOf(await view()).findIndex((c) => c.id === 'tg');
    const r = await save(withChannel('tg', { apiBase: `${telegram.url}${tail}` }));
    expect(r.status).toBe(422);
    expect(r.body.error!.issues).toContainEqual({
      path: `notifications.channels.${at}.apiBase`,
      message: message.replace('PORT', new URL(telegram.url).port),
    });
    expect(settingsFile()).toBe(before);
  });
});
