/** What makes a folder an IPWatch data folder (electron/host/data-dir.ts): its truth table, row by row. */
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { defaultDataDir, isDataFolder } from '../../../electron/host/data-dir';

describe('isDataFolder', () => {
  it.each<[label: string, entries: string[], data: boolean]>([
    ['settings.json', ['settings.json'], true],
    ['settings.yaml', ['settings.yaml'], true],
    [
      'settings.json and the rest of a running folder',
      ['api-token', 'backups', 'history.sqlite', 'settings.json'],
      true,
    ],
    ['history.sqlite without settings.json', ['history.sqlite'], true],
    ['history.sqlite.prev only: a save was cut short', ['history.sqlite.prev'], true],
    ['runner.json only: a runner on embedded defaults, before its first save', ['runner.json', 'host-proof'], true],
    ['backups only', ['backups'], false],
    ["another program's files", ['config.json', 'notes.txt', 'settings.json.bak'], false],
    ['a name that only contains a mark', ['old-settings.json', 'history.sqlite.counters'], false],
    ['nothing: an empty folder, or none', [], false],
  ])('%s', (_label, entries, data) => {
    expect(isDataFolder(entries)).toBe(data);
  });
});

describe('defaultDataDir', () => {
  it('is IPWATCH_DATA_DIR when it is set', () => {
    expect(defaultDataDir({ IPWATCH_DATA_DIR: '/srv/ipwatch' })).toBe('/srv/ipwatch');
  });

  it.each([
    ['unset', {}],
    ['set but empty', { IPWATCH_DATA_DIR: '' }],
  ])('is the OS app-data folder named IPWatch when IPWATCH_DATA_DIR is %s', (_name, env) => {
    const dir = defaultDataDir(env);
    expect(path.isAbsolute(dir)).toBe(true);
    expect(path.basename(dir)).toBe('IPWatch');
  });
});
