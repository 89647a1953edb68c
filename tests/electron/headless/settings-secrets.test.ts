/**
 * The headless runner keeps secrets private: settings.json is 0600 (a looser one is
 * tightened, with a warning), secrets can live in the environment or a file, and no secret
 * shows on stderr, in --json output or in the audit log, even when services fail and
 * quote them back.
 */
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type NotifyFake, startNotifyFake } from '../../fakes/notify-http';
import { cleanEnv, jsonLines, runHeadless, spawnHeadless, writeSettingsFile } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const POSIX = process.platform !== 'win32';
const TOKEN = '987654:TelegramBotSecret_q';
const DISCORD = 'DiscordHookSecret-77';
const GOTIFY = 'GotifyFileSecret';

let world: World;
let fake: NotifyFake;
let dir: string;
beforeEach(async () => {
  world = await startWorld('81.2.69.142');
  fake = await startNotifyFake();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-secret-'));
});
afterEach(async () => {
  await Promise.all([world.close(), fake.close()]);
  await rm(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, 'settings.json');
const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe.runIf(POSIX)('settings.json file mode', () => {
  it('is created 0600', async () => {
    const r = await runHeadless(['--data-dir', dir, '--once'], cleanEnv({ IPWATCH_BUILTIN_SOURCES: 'false' }));
    expect(r.code).toBe(1);
    expect(await mode(file())).toBe(0o600);
  });

  it('an existing 0644 file is tightened to 0600 with a warning naming it', async () => {
    await writeFile(file(), JSON.stringify(world.settings({ monitor: { ipv6: false } })));
    await chmod(file(), 0o644);
    const r = await runHeadless(['--data-dir', dir, '--once']);
    expect(r.code, r.stderr).toBe(0);
    expect(await mode(file())).toBe(0o600);
    expect(r.stderr).toMatch(/WARN .*settings\.json was open to other users \(mode 0644\).*now 0600/);
  });
});

describe('secrets never printed', () => {
  it('references resolve, failing services quote them, and stderr, --json and the audit log stay clean', async () => {
    const tokenFile = path.join(dir, 'gotify.token');
    await writeFile(tokenFile, `${GOTIFY}\n`);
    // A 5xx is retried (a 4xx would pause the channel after one attempt), so each quotes twice.
    fake.setFault({ mode: 'status', status: 503, body: `{"error":"no: ${TOKEN} ${DISCORD} ${GOTIFY}"}` });
    const settings = {
      ...world.settings({ monitor: { ipv6: false, intervalSec: 10 } }),
      notifications: {
        startup: true,
        retry: { initialSec: 0.05, maxSec: 0.2 },
        channels: [
          { id: 'tg', type: 'telegram', token: { env: 'TG_TOKEN' }, chatId: 7, apiBase: fake.url },
          { id: 'discord', type: 'discord-webhook', url: `${fake.url}/api/webhooks/5/${DISCORD}` },
          { id: 'gotify', type: 'gotify', url: fake.url, token: { file: tokenFile } },
          { id: 'nope', type: 'gotify', url: fake.url, token: { env: 'GOTIFY_UNSET' } },
        ],
      },
    };
    await writeFile(file(), JSON.stringify(settings));
    const child = spawnHeadless(['--data-dir', dir, '--json'], cleanEnv({ TG_TOKEN: TOKEN }));
    const out = jsonLines(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    try {
      await out.until((l) => l.type === 'check');
      // The "started" notice goes to each channel with the real secrets, and fails.
      await fake.waitFor((reqs) =>
        [`/bot${TOKEN}/sendMessage`, `/api/v10/webhooks/5/${DISCORD}?wait=true`].every(
          (p) => reqs.filter((r) => r.path === p).length >= 2,
        ),
      );
      await fake.waitFor((reqs) => reqs.filter((r) => r.headers['x-gotify-key'] === GOTIFY).length >= 2);
      // A rejected and an applied reload, so the audit log has rows to check.
      await writeSettingsFile(dir, '{"monitor":{"quorum":0}}');
      await out.until((l) => l.type === 'settings-error');
      await writeSettingsFile(dir, JSON.stringify({ ...settings, log: { level: 'debug' } }));
      await out.until((l) => l.type === 'settings-applied');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    const audit = await runHeadless(['--data-dir', dir, 'audit', '--json']);
    expect(audit.code, audit.stderr).toBe(0);
    expect(stderr).toContain('notification channel "nope" is off: token: environment variable GOTIFY_UNSET is not set');
    expect(stderr).toMatch(/delivery failed, will retry.*"channel":"tg".*HTTP 503/);
    expect(stderr).toContain('***');
    const printed = [stderr, out.lines.map((l) => JSON.stringify(l)).join('\n'), audit.stdout, audit.stderr].join('\n');
    for (const secret of [TOKEN, DISCORD, GOTIFY, 'TelegramBotSecret_q']) expect(printed).not.toContain(secret);
    // The secrets stayed where the user put them: the file still has references, not values.
    expect(await readFile(file(), 'utf8')).not.toContain(TOKEN);
  }, 60_000);

  it('notify-test prints the failure without the secret the service quoted back', async () => {
    fake.setFault({ mode: 'status', status: 401, body: `{"message":"bad token ${TOKEN}"}` });
    const settings = {
      ...world.settings({ monitor: { ipv6: false } }),
      log: { level: 'debug' },
      notifications: {
        channels: [{ id: 'tg', type: 'telegram', token: { env: 'TG_TOKEN' }, chatId: 7, apiBase: fake.url }],
      },
    };
    await writeFile(file(), JSON.stringify(settings));
    const r = await runHeadless(['--data-dir', dir, 'notify-test', 'tg'], cleanEnv({ TG_TOKEN: TOKEN }));
    expect(r.code).toBe(1);
    expect(fake.requests.map((q) => q.path)).toEqual([`/bot${TOKEN}/sendMessage`]);
    expect(r.stderr).toContain('test through "tg" failed: HTTP 401');
    expect(r.stderr).toContain('***');
    expect(r.stderr + r.stdout).not.toContain('TelegramBotSecret_q');
  });
});
