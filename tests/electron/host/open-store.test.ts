/**
 * One writer per data folder (open-store.ts) on a real folder and a real SQLite history: a
 * second writer is refused with words naming the holder, a reader opens beside the writer, the
 * writer's close lets the next one in, and a store that cannot open (a malformed IPWATCH_DB_KEY)
 * ends in words, gives the lock back, and loses nothing of what the folder held.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { DataLockedError } from '../../../electron/engine/store/data-lock';
import { lockDataFolder, openStoreFor } from '../../../electron/host/open-store';
import { settingsFrom } from '../../helpers/engine';

const logger = createLogger('t', { level: 'error', sink: () => undefined });
const { history } = settingsFrom({});
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-open-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const writer = (role: string, env: NodeJS.ProcessEnv = {}, folder = dir) =>
  openStoreFor(folder, env, logger, history, { mode: 'write', role });

describe('openStoreFor', () => {
  it('refuses a second writer in words naming the first; a reader opens beside it; close lets the next in', async () => {
    const monitor = await writer('monitor');
    monitor.audit({ actor: 'test', action: 'note', detail: 'kept', result: 'applied' });
    const refused = await writer('import').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataLockedError);
    expect((refused as Error).message).toMatch(/is in use by IPWatch \(monitor, pid \d+/);
    const reader = await openStoreFor(dir, {}, logger, history, { mode: 'read' });
    await reader.close();
    await monitor.close();
    const next = await writer('restore');
    expect(next.auditLog({}).map((e) => e.detail)).toContain('kept');
    await next.close();
  });

  it('a store that cannot open says why, gives the lock back, and loses nothing', async () => {
    const first = await writer('monitor');
    first.audit({ actor: 'test', action: 'note', detail: 'before the bad key', result: 'applied' });
    await first.close();
    await expect(writer('monitor', { IPWATCH_DB_KEY: 'not-a-key' })).rejects.toThrow(
      'IPWATCH_DB_KEY must be 32 bytes as 64 hex digits or base64',
    );
    // The lock was released: the next writer opens, and finds what the folder held.
    const again = await writer('monitor');
    expect(again.auditLog({}).map((e) => e.detail)).toContain('before the bad key');
    await again.close();
  });

  it('takes over a lock taken already, and its close gives that lock back', async () => {
    const lock = await lockDataFolder(path.join(dir, 'new'), logger, 'monitor');
    const store = await openStoreFor(path.join(dir, 'new'), {}, logger, history, { mode: 'write', role: 'x', lock });
    await expect(writer('import', {}, path.join(dir, 'new'))).rejects.toBeInstanceOf(DataLockedError);
    await store.close();
    await (await writer('import', {}, path.join(dir, 'new'))).close();
  });
});
