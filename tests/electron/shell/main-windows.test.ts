import { readFileSync } from 'node:fs';

import { app } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
afterAll(() => Object.defineProperty(process, 'platform', realPlatform));

describe('electron/main.ts on Windows', () => {
  it('sets the AppUserModelID to the appId before anything is shown, so notifications carry the app’s name', async () => {
    Object.defineProperty(process, 'platform', { ...realPlatform, value: 'win32' });
    const { APP_ID } = await import('../../../electron/main');
    // The installer registers the shortcut under electron-builder's appId: they must agree.
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(
      new RegExp(`^appId: ${APP_ID.replace(/\./g, '\\.')}\\b`, 'm'),
    );
    expect(app.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    // Nothing else happens before the app is ready.
    expect(app.whenReady).toHaveBeenCalledTimes(1);
  });
});
