import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings, type SettingsInput } from '../../shared/settings';
import { changedFields, settingsChanges } from '../../shared/settings-changes';

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
  ])('%s', (_label, before, after, live, restart) => {
    expect(settingsChanges(settings(before), settings(after))).toEqual({ live, restart });
  });

  it('names a field present on one side only', () => {
    expect(changedFields({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toEqual(['a.c']);
    expect(changedFields({ a: 1 }, {})).toEqual(['a']);
  });
});
