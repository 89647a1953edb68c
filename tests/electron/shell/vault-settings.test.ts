import { describe, expect, it } from 'vitest';

import { vaultName, vaultSecrets } from '../../../electron/shell/vault-settings';
import { defaultSettings, type Settings } from '../../../shared/settings';

const settings = {
  discord: { token: 'MTIz.abc.def' },
  notifications: {
    channels: [
      { id: 'Alerts Hook', type: 'webhook', url: 'https://discord.com/api/webhooks/1/tok', headers: { 'X-Key': 'k1' } },
      { id: 'mail', type: 'email', smtp: { pass: { env: 'SMTP_PASS' } } },
      { type: 'mqtt', password: '' },
    ],
  },
};

describe('vaultName', () => {
  it.each([
    [['discord', 'token'], 'discord.token'],
    [['notifications', 'channels', '0', 'url'], 'notifications.channels.alerts-hook.url'],
    [['notifications', 'channels', '0', 'headers', 'X-Key'], 'notifications.channels.alerts-hook.headers.x-key'],
    [['notifications', 'channels', '2', 'password'], 'notifications.channels.2.password'],
    [['_x', 'y'], 'x.y'],
  ])('%j -> %s', (path, name) => expect(vaultName(settings, path)).toBe(name));

  it('stays within the vault’s 96 characters', () => expect(vaultName({ a: 'x' }, ['a'.repeat(200)]).length).toBe(96));
});

describe('vaultSecrets', () => {
  it('moves every plain secret to the vault and leaves references and empty values alone', () => {
    const { settings: out, moves } = vaultSecrets(settings as unknown as Settings);
    expect(moves).toEqual([
      { name: 'discord.token', value: 'MTIz.abc.def', path: 'discord.token' },
      {
        name: 'notifications.channels.alerts-hook.url',
        value: 'https://discord.com/api/webhooks/1/tok',
        path: 'notifications.channels.0.url',
      },
      {
        name: 'notifications.channels.alerts-hook.headers.x-key',
        value: 'k1',
        path: 'notifications.channels.0.headers.X-Key',
      },
    ]);
    expect(out).toEqual({
      discord: { token: { env: 'IPWATCH_SECRET_DISCORD_TOKEN' } },
      notifications: {
        channels: [
          {
            id: 'Alerts Hook',
            type: 'webhook',
            url: { env: 'IPWATCH_SECRET_NOTIFICATIONS_CHANNELS_ALERTS_HOOK_URL' },
            headers: { 'X-Key': { env: 'IPWATCH_SECRET_NOTIFICATIONS_CHANNELS_ALERTS_HOOK_HEADERS_X_KEY' } },
          },
          { id: 'mail', type: 'email', smtp: { pass: { env: 'SMTP_PASS' } } },
          { type: 'mqtt', password: '' },
        ],
      },
    });
  });

  it('moves a further bot’s typed token too, named by the bot’s id (issue 77, several bots)', () => {
    const typed = { discord: { token: { env: 'T' }, bots: [{ id: 'lab', name: 'Lab', token: 'NDU2.x.y' }] } };
    const { settings: out, moves } = vaultSecrets(typed as unknown as Settings);
    expect(moves).toEqual([{ name: 'discord.bots.lab.token', value: 'NDU2.x.y', path: 'discord.bots.0.token' }]);
    expect(JSON.stringify(out)).not.toContain('NDU2');
    expect(out.discord.bots?.[0]?.token).toEqual({ env: 'IPWATCH_SECRET_DISCORD_BOTS_LAB_TOKEN' });
  });

  it('finds nothing to move in the defaults', () => expect(vaultSecrets(defaultSettings()).moves).toEqual([]));
});
