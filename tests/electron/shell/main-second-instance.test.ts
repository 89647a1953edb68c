import { app, Tray } from 'electron';
import { describe, expect, it, vi } from 'vitest';

describe('electron/main.ts as a second instance', () => {
  it('quits at once, leaving the first instance to show itself', async () => {
    vi.mocked(app.requestSingleInstanceLock).mockReturnValueOnce(false);
    await import('../../../electron/main');
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(Tray).not.toHaveBeenCalled();
  });
});
