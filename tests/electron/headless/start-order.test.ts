/**
 * Nothing is written into a data folder before its lock is held (issue 59), with the real runner:
 * a start refused by the lock leaves the folder as it found it, and of two starts at once on an
 * empty folder one runs and the folder's settings.json and first-run.json are whole and valid.
 * Before, settings.json's defaults and first-run.json were written first and the lock taken after.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { acquireDataLock } from '../../../electron/engine/store/data-lock';
import { isPendingText } from '../../../electron/host/first-run';
import { parseSettingsText } from '../../../electron/host/settings-file';
import { collect, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { testLogger } from '../engine/store/helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-start-order-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the lock before any write', () => {
  it('a start refused by the lock writes nothing into the folder', async () => {
    const lock = await acquireDataLock(dir, { logger: testLogger().logger, role: 'monitor' });
    try {
      const before = (await readdir(dir)).sort();
      const r = await runHeadless(['--data-dir', dir, '--once']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`pid ${process.pid}`);
      expect((await readdir(dir)).sort()).toEqual(before);
    } finally {
      await lock.release();
    }
  }, 60_000);

  it('two starts at once on an empty folder: one runs, settings.json and first-run.json are valid', async () => {
    const runners = [0, 1].map(() => spawnHeadless(['--data-dir', dir]));
    const stderr = ['', ''];
    runners.forEach((c, i) => c.stderr!.on('data', (d: Buffer) => (stderr[i] += d.toString())));
    const results = runners.map((c) => collect(c, 60_000));
    // The one refused exits; the other runs until told to stop.
    const refused = await Promise.race(results.map((r, i) => r.then((x) => ({ ...x, i }))));
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/in use by IPWatch/);
    const running = 1 - refused.i;
    await until(() => /monitoring/.test(stderr[running]!), { timeoutMs: 30_000, what: 'the other runner monitoring' });
    runners[running]!.kill('SIGTERM');
    expect((await results[running]!).code).toBe(0);

    const text = await readFile(path.join(dir, 'settings.json'), 'utf8');
    const settings = parseSettingsText(text, 'settings.json', {});
    expect(settings.ok ? [] : settings.errors).toEqual([]);
    expect(isPendingText(await readFile(path.join(dir, 'first-run.json'), 'utf8'))).toBe(true);
    expect(refused.stderr).not.toMatch(/created settings with defaults/);
  }, 90_000);
});
