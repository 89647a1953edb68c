/**
 * An older settings.json is written back once in the current version, its old text kept beside
 * it; a file that cannot be read or would be invalid is never rewritten. Real files in a
 * temporary folder, and a real monitor start (runMonitor --once against the local IP echo world).
 */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../electron/engine/logger';
import { openHistoryStore } from '../../../electron/engine/store';
import { runMonitor } from '../../../electron/headless/monitor-command';
import { lockDataFolder, openStoreFor } from '../../../electron/host/open-store';
import { upgradeSettingsAtStart, upgradeSettingsFile } from '../../../electron/host/settings-upgrade';
import { SETTINGS_VERSION } from '../../../shared/settings';
import { MEMORY_KIND } from '../../../shared/settings/memory-kind';
import { SITE_KINDS } from '../../../shared/settings/site-kinds';
import { cleanEnv } from '../../helpers/headless';
import { startWorld } from '../../helpers/world';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-upgrade-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hook = {
  id: 'hook',
  type: 'webhook',
  url: 'https://example.com/hook',
  enabled: true,
  events: ['ipv4-changed', 'offline'],
  mask: 'partial',
};
/** A version-1 file as a user wrote it: few fields, its own indentation and a byte-order mark. */
const V1_TEXT = `\uFEFF{"version":1,"log":{"level":"warn"},"notifications":{"channels":[${JSON.stringify(hook)}]}}`;
const settingsFile = () => path.join(dir, 'settings.json');
const files = async () => (await readdir(dir)).filter((f) => f.startsWith('settings')).sort();

describe('upgradeSettingsFile', () => {
  it('writes a version-1 file back once, keeping every field and the old text as settings.v1.json', async () => {
    await writeFile(settingsFile(), V1_TEXT);
    const u = await upgradeSettingsFile(dir, {});
    expect(u).toMatchObject({
      upgraded: true,
      from: 1,
      to: SETTINGS_VERSION,
      copy: path.join(dir, 'settings.v1.json'),
    });
    expect(await readFile(path.join(dir, 'settings.v1.json'), 'utf8')).toBe(V1_TEXT);
    // The file's own fields, upgraded: no defaults filled in.
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual({
      version: SETTINGS_VERSION,
      log: { level: 'warn' },
      notifications: { channels: [{ ...hook, events: ['ipv4-changed', 'offline', ...SITE_KINDS, MEMORY_KIND] }] },
    });
    if (process.platform !== 'win32') {
      expect((await stat(settingsFile())).mode & 0o777).toBe(0o600);
      expect((await stat(path.join(dir, 'settings.v1.json'))).mode & 0o777).toBe(0o600);
    }

    const before = await stat(settingsFile());
    const again = await upgradeSettingsFile(dir, {});
    expect(again.upgraded).toBe(false);
    expect((await stat(settingsFile())).mtimeMs).toBe(before.mtimeMs);
    expect(await files()).toEqual(['settings.json', 'settings.v1.json']);
  });

  it('a file without a version (0) is kept as settings.v0.json', async () => {
    await writeFile(settingsFile(), '{"log":{"level":"debug"}}');
    expect(await upgradeSettingsFile(dir, {})).toMatchObject({ upgraded: true, from: 0 });
    expect(await readFile(path.join(dir, 'settings.v0.json'), 'utf8')).toBe('{"log":{"level":"debug"}}');
  });

  it('does not write the environment overrides into the file', async () => {
    await writeFile(settingsFile(), V1_TEXT);
    await upgradeSettingsFile(dir, { IPWATCH_LOG_LEVEL: 'error' });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toMatchObject({ log: { level: 'warn' } });
  });

  it('keeps a copy already there that holds something else, and takes the next name', async () => {
    await writeFile(path.join(dir, 'settings.v1.json'), '{"version":1,"older":"copy"}');
    await writeFile(settingsFile(), V1_TEXT);
    expect(await upgradeSettingsFile(dir, {})).toMatchObject({ copy: path.join(dir, 'settings.v1.2.json') });
    expect(await readFile(path.join(dir, 'settings.v1.json'), 'utf8')).toBe('{"version":1,"older":"copy"}');
    expect(await readFile(path.join(dir, 'settings.v1.2.json'), 'utf8')).toBe(V1_TEXT);
  });

  it.each([
    ['not JSON', '{"version":1, "log": '],
    ['invalid once upgraded', '{"version":1,"log":{"level":"loud"}}'],
    ['a version that is not an integer', '{"version":"one"}'],
    ['newer than this IPWatch', `{"version":${SETTINGS_VERSION + 1}}`],
  ])('leaves a file that is %s as it is, with no copy', async (_label, text) => {
    await writeFile(settingsFile(), text);
    expect((await upgradeSettingsFile(dir, {})).upgraded).toBe(false);
    expect(await readFile(settingsFile(), 'utf8')).toBe(text);
    expect(await files()).toEqual(['settings.json']);
  });
});

describe('upgradeSettingsAtStart', () => {
  const start = async () => {
    const logs: LogRecord[] = [];
    const logger = createLogger('t', { level: 'info', sink: (r) => logs.push(r) });
    const quiet = createLogger('store', { level: 'error', sink: () => undefined });
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger: quiet });
    const text = await upgradeSettingsAtStart(dir, {}, logger, store);
    const audit = store.auditLog({}).map((e) => [e.action, e.detail]);
    await store.close();
    return { text, logs: logs.map((l) => [l.level, l.message]), audit };
  };

  it('says the upgrade in the log and the audit log, and hands the new text on', async () => {
    await writeFile(settingsFile(), V1_TEXT);
    const r = await start();
    const line = `settings.json upgraded from version 1 to ${SETTINGS_VERSION}; the old file is kept as settings.v1.json`;
    expect(r.text).toBe(await readFile(settingsFile(), 'utf8'));
    expect(r.logs).toContainEqual(['info', line]);
    expect(r.audit).toEqual([['settings.upgrade', line]]);
  });

  it('finds its own copy from a start cut short and keeps no second one', async () => {
    await writeFile(settingsFile(), V1_TEXT);
    await writeFile(path.join(dir, 'settings.v1.json'), V1_TEXT);
    expect(await upgradeSettingsFile(dir, {})).toMatchObject({ copy: path.join(dir, 'settings.v1.json') });
    expect(await files()).toEqual(['settings.json', 'settings.v1.json']);
  });

  it('with every copy name taken, leaves the file, warns in words and the start goes on', async () => {
    await writeFile(settingsFile(), V1_TEXT);
    for (let k = 1; k <= 100; k++)
      await writeFile(path.join(dir, k === 1 ? 'settings.v1.json' : `settings.v1.${k}.json`), `{"other":${k}}`);
    const r = await start();
    expect(r.text).toBeNull();
    expect(r.logs).toEqual([
      ['warn', 'cannot write the upgraded settings.json back; it is upgraded again at the next start'],
    ]);
    expect(r.audit).toEqual([]);
    expect(await readFile(settingsFile(), 'utf8')).toBe(V1_TEXT);
  });

  it('a file in the current version: nothing logged, nothing audited', async () => {
    await writeFile(settingsFile(), `{"version":${SETTINGS_VERSION}}`);
    expect(await start()).toEqual({ text: null, logs: [], audit: [] });
  });
});

describe('a monitor start', () => {
  it('upgrades the file once, under the lock, and a second start does not rewrite it', async () => {
    const world = await startWorld();
    try {
      const input = { ...world.settings(), version: 1, notifications: { channels: [hook] } };
      const text = JSON.stringify(input);
      await writeFile(settingsFile(), text);
      let err = '';
      const start = () =>
        runMonitor({
          dataDir: dir,
          once: true,
          json: true,
          version: 'test',
          env: cleanEnv(),
          stderr: (s) => void (err += s),
          stdout: () => undefined,
          lockFolder: (dataDir, logger) => lockDataFolder(dataDir, logger, 'monitor --once'),
          openStore: (dataDir, logger, settings, lock) =>
            openStoreFor(dataDir, cleanEnv(), logger, settings.history, {
              mode: 'write',
              role: 'monitor --once',
              lock,
            }),
        });
      expect(await start()).toBe(0);
      expect(err).toContain('settings.json upgraded from version 1 to 3; the old file is kept as settings.v1.json');
      // Each step's change said beside it (shared/settings/upgrade-notes.ts).
      expect(err).toContain('version 3: each channel that lists its events gets memory-high too');
      expect(await readFile(path.join(dir, 'settings.v1.json'), 'utf8')).toBe(text);
      const upgraded = await readFile(settingsFile(), 'utf8');
      expect(JSON.parse(upgraded)).toMatchObject({ version: SETTINGS_VERSION, sources: input.sources });

      err = '';
      const written = (await stat(settingsFile())).mtimeMs;
      expect(await start()).toBe(0);
      expect(err).not.toContain('upgraded');
      expect(await readFile(settingsFile(), 'utf8')).toBe(upgraded);
      expect((await stat(settingsFile())).mtimeMs).toBe(written);
      expect(await files()).toEqual(['settings.json', 'settings.v1.json']);
    } finally {
      await world.close();
    }
  });
});
