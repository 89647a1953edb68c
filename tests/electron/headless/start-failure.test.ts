/**
 * A runner that cannot start monitoring exits non-zero with the reason on stderr, instead
 * of staying up and doing nothing. The store is the real one, made to refuse the session
 * at its edge (as a read-only or full disk would).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runMonitor } from '../../../electron/headless/monitor-command';
import { lockDataFolder, openStoreFor } from '../../../electron/host/open-store';
import { cleanEnv } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

let world: World;
let dir: string;

beforeEach(async () => {
  world = await startWorld();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-start-'));
});
afterEach(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

describe('headless runner, start failure', () => {
  it('exits 1 with the reason when start() fails, and releases the store', async () => {
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify(world.settings()));
    let err = '';
    let closed = false;
    // Counted before: vitest's own listeners stay.
    const listenersBefore = process.listenerCount('SIGTERM');
    const exitListenersBefore = process.listenerCount('exit');
    const run = runMonitor({
      dataDir: dir,
      once: false,
      json: true,
      version: 'test',
      env: cleanEnv(),
      stderr: (s) => void (err += s),
      stdout: () => undefined,
      lockFolder: (dataDir, logger) => lockDataFolder(dataDir, logger, 'monitor'),
      openStore: async (dataDir, logger, settings, lock) => {
        const store = await openStoreFor(dataDir, cleanEnv(), logger, settings.history, {
          mode: 'write',
          role: 'monitor',
          lock,
        });
        const close = store.close.bind(store);
        store.startSession = () => {
          throw new Error('disk is read-only');
        };
        store.close = async () => {
          closed = true;
          await close();
        };
        return store;
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`runner still running 10 s after a failed start:\n${err}`)), 10_000);
    });
    try {
      const code = await Promise.race([run, idle]);
      expect(code).toBe(1);
    } finally {
      clearTimeout(timer);
    }
    expect(err).toMatch(/ipwatch: cannot start monitoring: disk is read-only/);
    expect(closed).toBe(true);
    // The runner's own signal handlers are gone, and so is the lock's exit handler (the lock was released).
    expect([process.listenerCount('SIGTERM'), process.listenerCount('exit')]).toEqual([
      listenersBefore,
      exitListenersBefore,
    ]);
  });
});
