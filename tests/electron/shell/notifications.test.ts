import { Notification } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { clickRoute, createElectronNotifier } from '../../../electron/shell/notifications';
import type { ChangeEvent, EngineEvent } from '../../../shared/types';

const change = (family: 4 | 6, to: string, at: number): ChangeEvent => ({
  type: 'change',
  at,
  family,
  from: '81.2.69.142',
  to,
  fromSince: null,
  trigger: 'network',
  sources: [],
});

type FakeNotification = InstanceType<typeof Notification> & {
  options: Record<string, unknown>;
  emit(event: string, ...args: unknown[]): boolean;
};

describe('clickRoute', () => {
  const changes = [change(4, '81.2.69.160', 100), change(6, '2a02:1:2:4::5', 200), change(4, '81.2.69.170', 300)];
  it.each([
    ['the change whose address the text names', 'IPv4 changed to 81.2.69.160', 'history?change=4-100'],
    ['the latest of two with that address', 'now 2a02:1:2:4::5', 'history?change=6-200'],
    ['the dashboard for other notices', 'IPWatch is offline', 'dashboard'],
    ['the dashboard when the address is masked', 'IPv4 changed to 81.2.x.x', 'dashboard'],
  ])('opens %s', (_name, text, route) => expect(clickRoute(text, changes)).toBe(route));
});

describe('the Electron desktop notifier', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows a native notification with the message, whose click opens the change it is about', async () => {
    const listeners: ((e: EngineEvent) => void)[] = [];
    const opened: string[] = [];
    const n = createElectronNotifier({
      onEvent: (l) => {
        listeners.push(l);
        return () => undefined;
      },
      open: (r) => void opened.push(r),
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
      icon: '/icons/app.png',
    });
    expect(n.unavailable).toBeUndefined();
    listeners.forEach((l) => l(change(4, '81.2.69.160', 1234)));
    await n.notify('IPv4 address changed', 'New address: 81.2.69.160 (was 81.2.69.142)');
    const shown = vi.mocked(Notification).mock.results.at(-1)!.value as FakeNotification;
    expect(shown.options).toEqual({
      title: 'IPv4 address changed',
      body: 'New address: 81.2.69.160 (was 81.2.69.142)',
      icon: '/icons/app.png',
    });
    expect(shown.show).toHaveBeenCalledTimes(1);
    shown.emit('click');
    expect(opened).toEqual(['history?change=4-1234']);
  });

  it('says when the system cannot show notifications, so the channel is switched off with that reason', async () => {
    vi.mocked(Notification.isSupported).mockReturnValue(false);
    try {
      const n = createElectronNotifier({
        onEvent: () => () => undefined,
        open: () => undefined,
        logger: createLogger('test', { level: 'error', sink: () => undefined }),
      });
      expect(n.unavailable).toMatch(/not supported/);
      await expect(n.notify('a', 'b')).rejects.toThrow(/not supported/);
      expect(Notification).not.toHaveBeenCalled();
    } finally {
      vi.mocked(Notification.isSupported).mockReturnValue(true);
    }
  });
});
