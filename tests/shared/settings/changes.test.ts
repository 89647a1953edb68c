import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings, type SettingsInput } from '../../../shared/settings';
import { changedFields, needsRestart, restartFields, settingsChanges } from '../../../shared/settings/changes';

const settings = (input: SettingsInput = {}): Settings => {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};

describe('settingsChanges: what a reload applies live and what after a restart', () => {
  it.each<[string, SettingsInput, SettingsInput, string[], string[]]>([
    ['nothing changed', {}, {}, [], []],
    ['interval', {}, { monitor: { intervalSec: 30 } }, ['monitor.intervalSec'], []],
    ['log level', {}, { log: { level: 'debug' } }, ['log.level'], []],
    ['backups kept', {}, { history: { backupsKeep: 3 } }, [], ['history.backupsKeep']],
    [
      'both history fields and a live one',
      {},
      { monitor: { quorum: 1 }, history: { backupsKeep: 3, statsRetentionDays: 10 } },
      ['monitor.quorum'],
      ['history.backupsKeep', 'history.statsRetentionDays'],
    ],
    [
      'a channel added: the list is one field',
      {},
      {
        notifications: {
          channels: [
            { id: 'desktop', type: 'desktop' },
            { id: 'x', type: 'slack' },
          ],
        },
      },
      ['notifications.channels'],
      [],
    ],
    ['a disabled source', {}, { sources: { disabled: ['ipify-v4'] } }, ['sources.disabled'], []],
    ['health knobs', {}, { health: { failureThreshold: 5 } }, ['health.failureThreshold'], []],
    ['the API port', {}, { api: { port: 9000 } }, [], ['api.port']],
    [
      'a token reference renamed',
      { api: { token: { env: 'A' } } },
      { api: { token: { env: 'B' } } },
      [],
      ['api.token.env'],
    ],
  ])('%s', (_label, before, after, live, restart) => {
    expect(settingsChanges(settings(before), settings(after))).toEqual({ live, restart });
  });

  it('names a field present on one side only', () => {
    expect(changedFields({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toEqual(['a.c']);
    expect(changedFields({ a: 1 }, {})).toEqual(['a']);
  });
});

describe('needsRestart: a field (or a part of one) that waits for a restart', () => {
  it.each([
    ['history.backupsKeep', true],
    ['history.statsRetentionDays', true],
    ['api.port', true],
    ['api.token.env', true],
    ['history', true],
    ['monitor.intervalSec', false],
    ['apiary.x', false],
    ['historyish', false],
    ['notifications.channels', false],
    ['discord.apiBase', false],
  ])('%s: %s', (path, restart) => expect(needsRestart(path)).toBe(restart));
});

describe('restartFields: what the Settings page marks "Applies after a restart"', () => {
  it('is every leaf field of the groups read at start, named as the page names its fields', () => {
    expect(restartFields().sort()).toEqual([
      'api.allowPlainHttp',
      'api.badge',
      'api.badgeAddress',
      'api.enabled',
      'api.lan',
      'api.port',
      'api.requestTimeoutSec',
      'api.sessionHours',
      'api.tls.cert',
      'api.tls.key',
      'api.token',
      'history.backupsKeep',
      'history.statsRetentionDays',
    ]);
  });

  it('leaves out sign-in with Discord, read again at each sign-in', () => {
    const { live, restart } = settingsChanges(
      settings(),
      settings({ api: { signIn: { discord: { admins: ['123456789012345678'] } } } }),
    );
    expect({ live, restart }).toEqual({ live: ['api.signIn.discord.admins'], restart: [] });
  });

  it('holds every field a reload reports as waiting for a restart', () => {
    const { restart } = settingsChanges(
      settings(),
      settings({ history: { backupsKeep: 3, statsRetentionDays: 10 }, api: { port: 9000, lan: true } }),
    );
    expect(restart.length).toBe(4);
    for (const f of restart) expect(restartFields()).toContain(f);
  });
});
