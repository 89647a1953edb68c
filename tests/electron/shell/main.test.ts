import { app, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('electron/main.ts', () => {
  it('opens one locked-down window, and only once the app is ready', async () => {
    await import('../../../electron/main');
    await settle();
    expect(BrowserWindow).not.toHaveBeenCalled();

    app.emit('ready');
    await settle();

    expect(BrowserWindow).toHaveBeenCalledTimes(1);
    const [options] = vi.mocked(BrowserWindow).mock.calls[0] ?? [];
    expect(options?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(options?.webPreferences?.preload).toMatch(/preload[\\/]index\.cjs$/);
  });
});
