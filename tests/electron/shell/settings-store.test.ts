import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadSettingsFile } from '../../../electron/host/settings-file';
import { openAppState } from '../../../electron/shell/app-state';
import { openSettingsStore } from '../../../electron/shell/settings-store';
import { applyFirstRun } from '../../../electron/shell/shell-api';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings through electron-store', () => {
  it('edits the same settings.json the headless runner reads, validated, owner-only, keeping what it does not touch', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '\uFEFF{ "monitor": { "intervalSec": 120 }, "log": { "level": "debug" } }');
    const store = openSettingsStore(dir, {});
    expect(store.file).toBe(file);
    const r = store.update((raw) => ({ ...raw, monitor: { ...(raw.monitor as object), ipv6: false } }));
    expect(r.ok).toBe(true);
    const loaded = await loadSettingsFile(dir, {});
    expect(loaded.ok && loaded.settings.monitor).toMatchObject({ intervalSec: 120, ipv6: false });
    expect(loaded.ok && loaded.settings.log.level).toBe('debug');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses an invalid edit with the schema’s reasons and leaves the file as it was', async () => {
    const store = openSettingsStore(dir, {});
    expect(store.write({ monitor: { intervalSec: 60 } }).ok).toBe(true);
    const before = await readFile(store.file, 'utf8');
    const r = store.write({ monitor: { intervalSec: 1 } });
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/monitor\.intervalSec: .*10/)] });
    expect(store.write({ version: 99 })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/newer than this IPWatch/)],
    });
    expect(await readFile(store.file, 'utf8')).toBe(before);
  });

  it('validates with the environment’s overrides, as the runner will read it', () => {
    const store = openSettingsStore(dir, { IPWATCH_INTERVAL_SEC: '5' });
    expect(store.write({}).ok).toBe(false);
  });

  it('opens on a file that is not JSON (the app then runs on the defaults), refusing to edit it and leaving it as it was', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{ "monitor": { "intervalSec": 120 }, }');
    const store = openSettingsStore(dir, {});
    expect(store.update((raw) => raw)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/settings\.json: .*JSON/)],
    });
    expect(await readFile(file, 'utf8')).toBe('{ "monitor": { "intervalSec": 120 }, }');
  });
});

describe('applyFirstRun', () => {
  it.each([
    ['no channels yet, desktop on', {}, true, [{ id: 'desktop', type: 'desktop' }]],
    ['no channels yet, desktop off', {}, false, []],
    [
      'an existing desktop channel switched off, others kept',
      {
        notifications: {
          channels: [
            { id: 'mine', type: 'desktop' },
            { id: 'hook', type: 'webhook', url: 'https://x' },
          ],
        },
      },
      false,
      [
        { id: 'mine', type: 'desktop', enabled: false },
        { id: 'hook', type: 'webhook', url: 'https://x' },
      ],
    ],
  ])('%s', (_name, raw, desktop, channels) => {
    const out = applyFirstRun(raw, { ipv4: true, ipv6: false, desktop });
    expect(out.monitor).toEqual({ ipv4: true, ipv6: false });
    expect((out.notifications as { channels: unknown }).channels).toEqual(channels);
    expect(out.discord).toBeUndefined();
  });

  it('names the vault’s bot token in settings.json when one was given, keeping the other Discord settings', () => {
    const out = applyFirstRun(
      { discord: { guilds: ['123456789012345678'] } },
      {
        ipv4: true,
        ipv6: true,
        desktop: true,
        discordToken: true,
      },
    );
    expect(out.discord).toEqual({
      guilds: ['123456789012345678'],
      token: { env: 'IPWATCH_SECRET_DISCORD_BOT_TOKEN' },
    });
  });
});

describe('app state', () => {
  it('keeps window bounds, theme and first run, ignoring values that do not fit', async () => {
    const s = openAppState(dir);
    expect([s.bounds(), s.theme(), s.firstRunDone()]).toEqual([null, 'system', false]);
    s.setBounds({ x: 5, y: 6, width: 800, height: 600 });
    s.setBounds({ x: 5, y: 6, width: -1, height: 600 });
    s.setTheme('dark');
    s.setFirstRunDone(true);
    const again = openAppState(dir);
    expect([again.bounds(), again.theme(), again.firstRunDone()]).toEqual([
      { x: 5, y: 6, width: 800, height: 600 },
      'dark',
      true,
    ]);
    await writeFile(path.join(dir, 'app-state.json'), '{"theme": "neon", "windowBounds": "big"}');
    const odd = openAppState(dir);
    expect([odd.bounds(), odd.theme()]).toEqual([null, 'system']);
  });
});

describe('the app’s edits when settings.yaml is in force', () => {
  it('go to settings.yaml through the host’s writer, its comments kept, and never to settings.json', async () => {
    const yaml = '# by hand\nmonitor:\n  intervalSec: 120 # two minutes\n';
    await writeFile(path.join(dir, 'settings.yaml'), yaml, { mode: 0o600 });
    const store = openSettingsStore(dir, {});
    const r = await store.edit((raw) => applyFirstRun(raw, { ipv4: true, ipv6: false, desktop: true }));
    expect(r.ok && r.settings.monitor).toMatchObject({ intervalSec: 120, ipv6: false });
    const after = await readFile(path.join(dir, 'settings.yaml'), 'utf8');
    expect(after.startsWith('# by hand\nmonitor:\n  intervalSec: 120 # two minutes\n')).toBe(true);
    expect(after).toMatch(/^ {2}ipv6: false$/m);
    await expect(stat(path.join(dir, 'settings.json'))).rejects.toThrow();
  });
});
