import { describe, expect, it } from 'vitest';

import { createConnection } from '../../renderer/src/api/connection';
import { createIpcClient } from '../../renderer/src/api/ipc';
import type { ApiEvent, Client } from '../../renderer/src/api/types';

describe('the IPC adapter over the preload bridge', () => {
  it('passes calls and events through, and tells when the engine is gone', async () => {
    const listeners: ((e: ApiEvent) => void)[] = [];
    const bridge: Partial<Client> = {
      getHistory: async (q) => ({ items: [], total: 0, limit: Number(q.limit), offset: 0 }),
      checkNow: () =>
        Promise.reject(new Error("Error invoking remote method 'ipwatch:api:checkNow': No handler registered")),
      subscribe: (l) => (listeners.push(l), () => listeners.splice(listeners.indexOf(l), 1)),
    };
    const connection = createConnection();
    const client = createIpcClient(bridge, connection);
    expect(connection.get()).toBe('connected');
    expect(await client.getHistory({ limit: 7 })).toEqual({ items: [], total: 0, limit: 7, offset: 0 });

    await expect(client.checkNow()).rejects.toThrow(/No handler registered/);
    expect(connection.get()).toBe('disconnected');
    expect(await client.getHistory({ limit: 1 })).toMatchObject({ limit: 1 });
    expect(connection.get()).toBe('connected');

    await expect(client.backup()).rejects.toThrow('backup is not available in this version');

    const got: ApiEvent[] = [];
    const off = client.subscribe((e) => got.push(e));
    listeners[0]!({ type: 'monitoring', at: 1, paused: true });
    off();
    expect(listeners).toHaveLength(0);
    expect(got).toEqual([{ type: 'monitoring', at: 1, paused: true }]);
  });
});
