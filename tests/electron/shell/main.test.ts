import { app, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { until } from '../../helpers/until';

describe('electron/main.ts', () => {
  it('opens one locked-down window, and only once the app is ready', async () => {
    await import('../../../electron/main');
    // The module has run to the point where the window waits for readiness, and not beyond.
    expect(app.whenReady).toHaveBeenCalledTimes(1);
    expect(BrowserWindow).not.toHaveBeenCalled();

    app.emit('ready');
    await until(() => vi.mocked(BrowserWindow).mock.calls.length > 0, { what: 'the window' });

    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    const [options] = vi.mocked(BrowserWindow).mock.calls[0] ?? [];
    expect(options?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options?.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
  });
});
