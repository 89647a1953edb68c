/**
 * The running headless runner keeps a Telegram chat move in settings.json: the change notice
 * reaches the supergroup, the file gets the new chatId (still valid, owner-only), the audit
 * log records the write, and the runner takes the edit as any other (`settings-applied`).
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { startTelegramFake, type TelegramFake } from '../../fakes/telegram';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const GROUP = -4962287234;
const SUPERGROUP = -1002855950299;
let world: World;
let tg: TelegramFake;
let dir: string;

beforeEach(async () => {
  world = await startWorld('81.2.69.142');
  tg = await startTelegramFake();
  tg.addChat(GROUP);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-tg-'));
});
afterEach(async () => {
  await Promise.all([world.close(), tg.close()]);
  await rm(dir, { recursive: true, force: true });
});

it('writes the supergroup id into settings.json and applies it', async () => {
  const file = path.join(dir, 'settings.json');
  const channel = { id: 'tg', type: 'telegram', token: tg.token, chatId: GROUP, apiBase: tg.url };
  await writeFile(
    file,
    JSON.stringify({
      ...world.settings({ monitor: { intervalSec: 10, ipv6: false } }),
      notifications: { channels: [channel] },
    }),
  );
  const child = spawnHeadless(['--data-dir', dir, '--json'], cleanEnv());
  const out = jsonLines(child);
  try {
    await out.until((l) => l.type === 'check');
    tg.upgradeToSupergroup(GROUP, SUPERGROUP);
    world.setIp('81.2.69.222', '2a02:1:2:3::5');
    await out.until((l) => l.type === 'settings-applied', 25_000);
    expect(tg.delivered.get(String(SUPERGROUP))?.[0]).toContain('81.2.69.222');
    const written = JSON.parse(await readFile(file, 'utf8')) as { notifications: { channels: { chatId: number }[] } };
    expect(written.notifications.channels[0]!.chatId).toBe(SUPERGROUP);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  const audit = await runHeadless(['--data-dir', dir, 'audit']);
  expect(audit.stdout).toMatch(/channel tg\s+settings\.write\s+applied \(set chatId\)/);
}, 60_000);
