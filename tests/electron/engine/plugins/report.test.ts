/**
 * The plugins report (plugins/report.ts, runtime/plugins-part.ts) where the runner's API test
 * (tests/electron/engine/api/plugins-route.test.ts) does not reach: an empty or absent folder, no
 * folder at all, and what in the settings uses a plugin of each kind, as a table.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { pluginsReport, shownReason } from '../../../../electron/engine/plugins/report';
import { pluginUsers } from '../../../../electron/engine/runtime/plugins-part';
import { reason } from '../../../../shared/reason';
import { parseSettings, type Settings } from '../../../../shared/settings';

const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugins-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NONE = { plugins: [], skipped: [] };

function settingsOf(raw: Record<string, unknown>): Settings {
  const r = parseSettings(raw);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.settings;
}

describe('pluginsReport', () => {
  it('an empty folder and a missing one: the folder, and no plugin', () => {
    const empty = path.join(dir, 'plugins');
    mkdirSync(empty);
    expect(pluginsReport(empty, NONE, () => [])).toEqual({ folder: empty, plugins: [] });
    const absent = path.join(dir, 'nowhere');
    expect(pluginsReport(absent, NONE, () => [])).toEqual({ folder: absent, plugins: [] });
  });

  it('no folder read: null', () => {
    expect(pluginsReport(undefined, NONE, () => [])).toEqual({ folder: null, plugins: [] });
  });

  it('an unresolved secret is said without the variable or file it names; other reasons as they are', () => {
    const unresolved = reason('reason.secret.unresolved', { field: 'a.json: values.k', kind: 'file', name: '/run/k' });
    expect(shownReason(unresolved)).toEqual(
      reason('reason.plugin.secretUnresolved', { field: 'a.json: values.k', kind: 'file' }),
    );
    const other = reason('reason.plugin.manifestNotJson', { file: 'a.json' });
    expect(shownReason(other)).toBe(other);
  });
});

describe('pluginUsers', () => {
  const settings = settingsOf({
    notifications: {
      channels: [
        { id: 'a', type: 'plugin', plugin: 'chat' },
        { id: 'b', type: 'plugin', plugin: 'other' },
        { id: 'c', type: 'plugin', plugin: 'chat' },
      ],
    },
    ddns: { records: [{ id: 'home', provider: 'plugin', plugin: 'dns', name: 'home.example.org', type: 'A' }] },
  });
  const users = pluginUsers(settings);
  it.each([
    ['chat', 'channel', ['a', 'c']],
    ['dns', 'ddns', ['home']],
    ['dns', 'channel', []],
    ['nobody', 'ddns', []],
    ['mine', 'source', ['plugin-mine']],
  ] as const)('%s (%s) is used by %j', (name, kind, want) => {
    expect(users(name, kind)).toEqual(want);
  });
});
