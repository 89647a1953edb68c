/**
 * The headless runner with several channels pointing at local stand-ins (HTTP services,
 * a real SMTP server, Debian's mosquitto): a confirmed change reaches every one of them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import mqtt from 'mqtt';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { startDiscordWebhookFake, type DiscordWebhookFake } from '../../fakes/discord-webhook';
import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { type SmtpFake, startSmtpFake } from '../../fakes/smtp';
import { type Broker, mosquittoPeer, startMosquitto } from '../../fixtures/notify/mosquitto';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.222';
const HTTP_CHANNELS = ['slack', 'telegram', 'ntfy', 'gotify', 'webhook'] as const;

let world: World;
let dir: string;
let fakes: Record<(typeof HTTP_CHANNELS)[number], NotifyFake>;
let discord: DiscordWebhookFake;
let smtp: SmtpFake;
let broker: Broker;

beforeEach(async () => {
  world = await startWorld(A4);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-notify-'));
  fakes = Object.fromEntries(
    await Promise.all(HTTP_CHANNELS.map(async (t) => [t, await startNotifyFake()] as const)),
  ) as typeof fakes;
  discord = await startDiscordWebhookFake();
  smtp = await startSmtpFake();
  broker = await startMosquitto();
});
afterEach(async () => {
  await Promise.all([
    world.close(),
    discord.close(),
    smtp.close(),
    broker.stop(),
    ...Object.values(fakes).map((f) => f.close()),
  ]);
  await rm(dir, { recursive: true, force: true });
});

function channels() {
  return [
    { id: 'discord', type: 'discord-webhook', url: discord.webhookUrl },
    { id: 'slack', type: 'slack', url: `${fakes.slack.url}/services/T/B/X` },
    { id: 'tg', type: 'telegram', token: '123:abc', chatId: 42, apiBase: fakes.telegram.url },
    { id: 'ntfy', type: 'ntfy', server: fakes.ntfy.url, topic: 'home-ip' },
    { id: 'gotify', type: 'gotify', url: fakes.gotify.url, token: 'AppToken' },
    {
      id: 'hook',
      type: 'webhook',
      url: `${fakes.webhook.url}/ipwatch`,
      secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
    },
    {
      id: 'mail',
      type: 'email',
      host: '127.0.0.1',
      port: smtp.port,
      from: 'ipwatch@example.org',
      to: 'me@example.org',
    },
    { id: 'ha', type: 'mqtt', url: broker.url, node: 'den' },
    // No desktop session in CI: reported as off with its reason, never a crash.
    { id: 'desktop', type: 'desktop' },
  ];
}

it.skipIf(mosquittoPeer.skip)(
  'delivers a confirmed change to every channel, once each',
  async () => {
    const settings = {
      ...world.settings({ monitor: { intervalSec: 10, ipv6: false } }),
      notifications: { channels: channels() },
    };
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
    const child = spawnHeadless(['--data-dir', dir, '--json'], cleanEnv({ DISPLAY: '', WAYLAND_DISPLAY: '' }));
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const out = jsonLines(child);
    try {
      await out.until((l) => l.type === 'check');
      // The first sighting is not news; nothing is sent for it.
      expect(Object.values(fakes).flatMap((f) => f.requests)).toEqual([]);
      expect(discord.requests).toEqual([]);
      const watcher = await mqtt.connectAsync(broker.url);
      await watcher.subscribeAsync('ipwatch/den/ipv4');
      const retained = new Promise<string>((resolve) =>
        watcher.on('message', (_t, p) => p.toString().includes(B4) && resolve(p.toString())),
      );

      world.setIp(B4, '2a02:1:2:3::5');
      await out.until((l) => l.type === 'change' && l.to === B4, 25_000);
      await Promise.all(Object.values(fakes).map((f) => f.waitFor((r) => r.some((x) => x.status === 200))));
      await discord.waitFor((r) => r.some((x) => x.status === 200));
      await smtp.waitFor((m) => m.length === 1);
      expect(await retained).toContain(B4);
      await watcher.endAsync();

      for (const [type, fake] of Object.entries(fakes)) {
        expect(fake.delivered(), type).toHaveLength(1);
        expect(fake.delivered()[0]!.body, type).toContain(B4);
      }
      // Discord saved exactly one message, and confirmed it (wait=true on the versioned path).
      expect(discord.saved).toHaveLength(1);
      expect(JSON.stringify(discord.saved[0])).toContain(B4);
      expect(discord.requests.map((r) => r.version)).toEqual([10]);
      expect(smtp.mails[0]!.raw).toContain(B4);
      expect(stderr).toMatch(/channel "desktop" is off: no desktop session/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  },
  60_000,
);

it.skipIf(mosquittoPeer.skip)('notify-test sends a test through one channel and names an unknown one', async () => {
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify({ ...world.settings(), notifications: { channels: channels() } }),
  );
  const ok = await runHeadless(['--data-dir', dir, 'notify-test', 'slack']);
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stdout).toMatch(/test notification sent through "slack"/);
  expect(fakes.slack.delivered()).toHaveLength(1);
  const unknown = await runHeadless(['--data-dir', dir, 'notify-test', 'nope']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('no channel "nope"');
  fakes.gotify.setFault({ mode: 'status', status: 401 });
  const failed = await runHeadless(['--data-dir', dir, 'notify-test', 'gotify']);
  expect(failed.code).toBe(1);
  expect(failed.stderr).toMatch(/failed: .*401/);
});
