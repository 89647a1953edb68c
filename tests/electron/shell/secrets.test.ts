import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ipcMain, safeStorage } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { createRedactor } from '../../../electron/engine/secrets/redact';
import { type ApiHandlers, setupIpc } from '../../../electron/shell/ipc';
import { keyringStatus, openSecretVault, secretEnvName } from '../../../electron/shell/secrets';
import { API_METHODS } from '../../../shared/contract';
import { ipcChannel } from '../../../shared/contract/bridge';
import { testShellApi } from './shell-api-fixture';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.G1a2b3.abcdefghijklmnopqrstuvwxyz0123';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-secrets-'));
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('gnome_libsecret');
  vi.mocked(safeStorage.isEncryptionAvailable).mockReturnValue(true);
});
afterEach(async () => {
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
  await rm(dir, { recursive: true, force: true });
});

describe('keyringStatus', () => {
  it.each([
    ['linux', 'gnome_libsecret', true, false],
    ['linux', 'kwallet5', true, false],
    ['linux', 'basic_text', true, true],
    ['linux', 'unknown', true, true],
    ['darwin', 'unknown', true, false],
    ['win32', 'unknown', true, false],
    ['win32', 'unknown', false, true],
  ] as const)('%s with %s (available: %s) -> weak: %s', (platform, backend, available, weak) => {
    const s = keyringStatus(
      { isEncryptionAvailable: () => available, getSelectedStorageBackend: () => backend },
      platform,
    );
    expect(s.weak).toBe(weak);
    expect(s.advice === null).toBe(!weak);
    if (weak && platform === 'linux') expect(s.advice).toMatch(/environment variable or a file/);
  });
});

describe('the vault', () => {
  const file = () => path.join(dir, 'secrets.json');

  it('stores values encrypted by safeStorage in an owner-only file, and gives them back as IPWATCH_SECRET_* only in main', async () => {
    const vault = openSecretVault({ file: file(), safeStorage, logger, platform: 'linux' });
    await vault.set('discord-bot-token', TOKEN);
    const text = await readFile(file(), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(Buffer.from(JSON.parse(text).secrets['discord-bot-token'], 'base64').toString()).toBe(
      `fake-encrypted:${TOKEN}`,
    );
    if (process.platform !== 'win32') expect((await stat(file())).mode & 0o777).toBe(0o600);
    expect(vault.env).toEqual({ IPWATCH_SECRET_DISCORD_BOT_TOKEN: TOKEN });

    const reopened = openSecretVault({ file: file(), safeStorage, logger, platform: 'linux' });
    expect(reopened.env.IPWATCH_SECRET_DISCORD_BOT_TOKEN).toBe(TOKEN);
    await reopened.clear('discord-bot-token');
    expect(reopened.env).toEqual({});
    expect(JSON.parse(await readFile(file(), 'utf8')).secrets).toEqual({});
  });

  it('refuses to store without a real keyring (Linux basic_text) and says what to do instead', async () => {
    vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
    const vault = openSecretVault({ file: file(), safeStorage, logger, platform: 'linux' });
    expect(vault.status()).toMatchObject({ backend: 'basic_text', weak: true });
    await expect(vault.set('smtp-pass', 'hunter22')).rejects.toThrow(/not stored: .*\{ "env": "NAME" \}/);
    await expect(readFile(file())).rejects.toThrow(/ENOENT/);
  });

  it('refuses two names that would share one variable, and an unreadable file instead of overwriting it', async () => {
    const vault = openSecretVault({ file: file(), safeStorage, logger, platform: 'linux' });
    await vault.set('smtp.pass', 'a-secret');
    await expect(vault.set('smtp-pass', 'b-secret')).rejects.toThrow(/share IPWATCH_SECRET_SMTP_PASS/);
    expect(secretEnvName('channel.alerts.url')).toBe('IPWATCH_SECRET_CHANNEL_ALERTS_URL');
    await writeFile(file(), '{ not json');
    expect(() => openSecretVault({ file: file(), safeStorage, logger, platform: 'linux' })).toThrow(/not valid JSON/);
    expect(await readFile(file(), 'utf8')).toBe('{ not json');
  });
});

describe('secrets and the renderer', () => {
  it('the page sees names and "set", never a value, through every shell operation', async () => {
    const redactor = createRedactor();
    const vault = openSecretVault({
      file: path.join(dir, 'secrets.json'),
      safeStorage,
      logger,
      platform: 'linux',
      redactor,
    });
    const secretsChanged = vi.fn(async () => undefined);
    const api = Object.fromEntries(API_METHODS.map((m) => [m, async () => ({})])) as unknown as ApiHandlers;
    const shell = testShellApi(dir, { vault, secretsChanged });
    const dispose = setupIpc({ ipcMain, api, shell, isAppUrl: () => true, onEvent: () => () => undefined, logger });
    try {
      const handlers = (ipcMain as unknown as { handlers: Map<string, (e: unknown, i?: unknown) => Promise<unknown>> })
        .handlers;
      const call = (m: string, input?: unknown) =>
        handlers.get(ipcChannel('shell', m))!({ senderFrame: { url: 'app' } }, input);
      const answers = [
        await call('setSecret', { name: 'discord-bot-token', value: TOKEN }),
        await call('getSecrets'),
        await call('completeFirstRun', {
          ipv4: true,
          ipv6: false,
          desktopNotifications: true,
          discordBotToken: TOKEN,
          startAtLogin: false,
        }),
        await call('getPrefs'),
      ];
      for (const a of answers) expect(JSON.stringify(a)).not.toContain(TOKEN);
      expect(answers[1]).toMatchObject({
        weak: false,
        secrets: [{ name: 'discord-bot-token', set: true, reference: { env: 'IPWATCH_SECRET_DISCORD_BOT_TOKEN' } }],
      });
      expect(secretsChanged).toHaveBeenCalledTimes(2);
      // Logs and status mask the value from now on.
      expect(redactor.text(`token ${TOKEN}`)).toBe('token ***');
      // The settings file holds no secret either.
      const written = await readFile(path.join(dir, 'settings.json'), 'utf8');
      expect(written).not.toContain(TOKEN);
      // ...only where the bot finds it: the vault's variable.
      expect((JSON.parse(written) as { discord: { token: unknown } }).discord.token).toEqual({
        env: 'IPWATCH_SECRET_DISCORD_BOT_TOKEN',
      });
    } finally {
      dispose();
    }
  });
});
