import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { app } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAutostart, desktopEntry, quoteExecArg, xdgAutostartFile } from '../../../electron/shell/autostart';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'ipwatch-home-'));
  vi.clearAllMocks();
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe('start at login', () => {
  it.each(['win32', 'darwin'] as const)('%s: uses the OS login items', async (platform) => {
    const a = createAutostart({ platform, app, env: {}, home, execPath: '/x' });
    expect(a.entryFile).toBeNull();
    expect(a.get()).toBe(false);
    await a.set(true);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });
    expect(a.get()).toBe(true);
    await a.set(false);
    expect(a.get()).toBe(false);
  });

  it('linux: writes an XDG autostart entry, and removes it when turned off', async () => {
    const a = createAutostart({ platform: 'linux', app, env: {}, home, execPath: '/opt/IPWatch/ipwatch' });
    expect(a.entryFile).toBe(path.join(home, '.config', 'autostart', 'ipwatch.desktop'));
    expect(a.get()).toBe(false);
    await a.set(true);
    expect(a.get()).toBe(true);
    const entry = await readFile(a.entryFile!, 'utf8');
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\nName=IPWatch\n/);
    expect(entry).toContain('Exec=/opt/IPWatch/ipwatch\n');
    await a.set(false);
    expect(a.get()).toBe(false);
    await a.set(false); // already off: no error
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('linux: honours XDG_CONFIG_HOME and starts the AppImage itself, quoted', async () => {
    const env = { XDG_CONFIG_HOME: path.join(home, 'cfg'), APPIMAGE: '/home/me/Apps/IP Watch $1.AppImage' };
    const a = createAutostart({ platform: 'linux', app, env, home, execPath: '/tmp/.mount_x/ipwatch' });
    await a.set(true);
    expect(a.entryFile).toBe(xdgAutostartFile(env, home));
    expect(await readFile(a.entryFile!, 'utf8')).toContain('Exec="/home/me/Apps/IP Watch \\$1.AppImage"\n');
  });

  it.each([
    ['/usr/bin/ipwatch', '/usr/bin/ipwatch'],
    ['/a b', '"/a b"'],
    ['/a"b`c\\d', '"/a\\"b\\`c\\\\d"'],
  ])('quoteExecArg(%s)', (arg, quoted) => expect(quoteExecArg(arg)).toBe(quoted));

  it('names the entry for the app', () => expect(desktopEntry('/x')).toContain('Icon=ipwatch'));
});
