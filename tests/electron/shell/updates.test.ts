import { EventEmitter } from 'node:events';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { setupUpdates, type Updater, type UpdatesHandle, updatesEnabled } from '../../../electron/shell/updates';
import { until } from '../../helpers/until';

describe('updatesEnabled', () => {
  it.each([
    ['development', { isPackaged: false, platform: 'win32', packageType: null, env: {} }, false, /development/],
    ['the NSIS app', { isPackaged: true, platform: 'win32', packageType: null, env: {} }, true, /GitHub/],
    ['the mac app', { isPackaged: true, platform: 'darwin', packageType: null, env: {} }, true, /GitHub/],
    [
      'the AppImage',
      { isPackaged: true, platform: 'linux', packageType: null, env: { APPIMAGE: '/a.AppImage' } },
      true,
      /GitHub/,
    ],
    ['the deb', { isPackaged: true, platform: 'linux', packageType: 'deb', env: {} }, false, /deb package/],
    ['the tar.gz', { isPackaged: true, platform: 'linux', packageType: null, env: {} }, false, /tar\.gz/],
    [
      'switched off',
      { isPackaged: true, platform: 'win32', packageType: null, env: { IPWATCH_NO_UPDATES: '1' } },
      false,
      /IPWATCH_NO_UPDATES/,
    ],
  ] as const)('%s', (_name, o, enabled, reason) => {
    const r = updatesEnabled(o);
    expect(r.enabled).toBe(enabled);
    expect(r.reason).toMatch(reason);
  });
});

/** electron-updater's AppUpdater as far as IPWatch uses it: events, a check, quitAndInstall. */
class StandInUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  checkForUpdates = vi.fn(async () => null);
  quitAndInstall = vi.fn();
}

let handle: UpdatesHandle | null = null;
afterEach(() => handle?.dispose());

describe('setupUpdates', () => {
  it('checks at once, offers restart only once an update is downloaded, and installs on request', () => {
    const updater = new StandInUpdater();
    const ready: string[] = [];
    handle = setupUpdates({
      updater,
      logger: createLogger('t', { level: 'error', sink: () => undefined }),
      onReady: (v) => ready.push(v),
    });
    expect(updater.autoDownload).toBe(true);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(handle.ready()).toBeNull();
    expect(handle.restart()).toBe(false);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(ready).toEqual(['0.2.0']);
    expect(handle.ready()).toBe('0.2.0');
    expect(handle.restart()).toBe(true);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('logs a failed check instead of throwing', async () => {
    const updater = new StandInUpdater();
    updater.checkForUpdates.mockRejectedValueOnce(new Error('HttpError: 404'));
    const logs: string[] = [];
    handle = setupUpdates({
      updater,
      logger: createLogger('t', { level: 'warn', sink: (r) => logs.push(String(r.data?.error)) }),
      onReady: () => undefined,
    });
    updater.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    expect(logs).toContain('net::ERR_INTERNET_DISCONNECTED');
    await until(() => logs.some((l) => l.includes('HttpError: 404')), { what: 'the failed check logged' });
  });
});
