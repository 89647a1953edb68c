/**
 * A data folder's first run (first-run.ts) on real files in a temp folder: a new folder is
 * pending until the dashboard ends it, which is kept (owner-only) and never comes back; a folder
 * without the mark or with a damaged one is not pending; a new folder on a machine without a
 * desktop session gets its desktop channel off, said in the log; and a folder it cannot write to
 * has no first run, said in words, never a throw.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../electron/engine/logger';
import { firstRunPath, isPendingText, openFirstRun } from '../../../electron/host/first-run';
import { settingsPath } from '../../../electron/host/settings-file';
import { writeSettingsFile } from '../../helpers/headless';

const DESKTOP = { desktop: true, reason: null };
const HEADLESS = { desktop: false, reason: 'no desktop session (no DISPLAY or WAYLAND_DISPLAY)' };
const SETTINGS = {
  notifications: {
    channels: [
      { id: 'desktop', type: 'desktop', enabled: true },
      { id: 'hook', type: 'webhook', url: 'https://example.test/h' },
    ],
  },
};

let dir: string;
const logs: LogRecord[] = [];
const logger = createLogger('first-run', { level: 'info', sink: (r) => logs.push(r) });
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-first-run-'));
  logs.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const settingsOnDisk = async () => JSON.parse(await readFile(settingsPath(dir), 'utf8')) as typeof SETTINGS;
const said = (level: string) => logs.filter((l) => l.level === level).map((l) => l.message);

describe('openFirstRun', () => {
  it('a new folder is pending until the dashboard ends it; the end is kept and never comes back', async () => {
    await writeSettingsFile(dir, JSON.stringify(SETTINGS));
    const mark = await openFirstRun(dir, true, logger, DESKTOP);
    expect(mark.pending()).toBe(true);
    expect((await stat(firstRunPath(dir))).mode & 0o777).toBe(0o600);
    await mark.end('skipped');
    expect(mark.pending()).toBe(false);
    expect(JSON.parse(await readFile(firstRunPath(dir), 'utf8'))).toMatchObject({ state: 'skipped' });
    expect((await openFirstRun(dir, false, logger, DESKTOP)).pending()).toBe(false);
    // A desktop session: the channel the user has stays as it is.
    expect(await settingsOnDisk()).toEqual(SETTINGS);
    expect(logs).toEqual([]);
  });

  it('a folder that is not new is pending only while its mark says so', async () => {
    expect((await openFirstRun(dir, false, logger, DESKTOP)).pending()).toBe(false);
    await writeFile(firstRunPath(dir), '{"state":"pend');
    expect((await openFirstRun(dir, false, logger, DESKTOP)).pending()).toBe(false);
    await writeFile(firstRunPath(dir), '{"state":"pending","at":1}\n');
    expect((await openFirstRun(dir, false, logger, DESKTOP)).pending()).toBe(true);
  });

  it('a new folder without a desktop session starts with its desktop channel off, said with why', async () => {
    await writeSettingsFile(dir, JSON.stringify(SETTINGS));
    const mark = await openFirstRun(dir, true, logger, HEADLESS);
    expect(mark.pending()).toBe(true);
    const channels = (await settingsOnDisk()).notifications.channels;
    expect(channels).toEqual([
      { ...SETTINGS.notifications.channels[0], enabled: false },
      SETTINGS.notifications.channels[1],
    ]);
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'desktop notifications are switched off in settings.json: this machine has no desktop session',
        data: { reason: HEADLESS.reason },
      }),
    ]);
  });

  it('without a desktop channel on, leaves settings.json byte for byte and says nothing', async () => {
    const text = JSON.stringify({ notifications: { channels: [SETTINGS.notifications.channels[1]] } });
    await writeSettingsFile(dir, text);
    expect((await openFirstRun(dir, true, logger, HEADLESS)).pending()).toBe(true);
    expect(await readFile(settingsPath(dir), 'utf8')).toBe(text);
    expect(logs).toEqual([]);
  });

  it('a settings.json it cannot read: warns in words and the first run still begins', async () => {
    await writeSettingsFile(dir, '{ "notifications": ');
    const mark = await openFirstRun(dir, true, logger, HEADLESS);
    expect(mark.pending()).toBe(true);
    expect(said('warn')).toEqual(['cannot switch the desktop channel off']);
    expect(logs[0]?.data?.error).toMatch(/JSON/);
  });

  it('a folder it cannot write to has no first run, said in words, and never throws', async () => {
    // A file where the data folder's parent should be: every write below it fails (as root too).
    const blocked = path.join(dir, 'a-file');
    await writeFile(blocked, '');
    const mark = await openFirstRun(path.join(blocked, 'data'), true, logger, DESKTOP);
    expect(mark.pending()).toBe(false);
    expect(said('warn')).toEqual(['cannot keep the first-run state; the dashboard will not show its first steps']);
    expect(logs[0]?.data?.error).toMatch(/ENOTDIR/);
  });
});

describe('isPendingText', () => {
  it.each<[string, string | null, boolean]>([
    ['no file', null, false],
    ['pending', '{"state":"pending","at":1}', true],
    ['done', '{"state":"done","at":1}', false],
    ['skipped', '{"state":"skipped"}', false],
    ['cut short', '{"state":"pen', false],
    ['not an object', '"pending"', false],
    ['null', 'null', false],
    ['no state', '{}', false],
  ])('%s', (_name, text, pending) => {
    expect(isPendingText(text)).toBe(pending);
  });
});
