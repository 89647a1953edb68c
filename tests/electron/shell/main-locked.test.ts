/**
 * The app takes the data folder's lock before it writes anything there (issue 59): electron/main.ts
 * under the one electron mock, on a folder another IPWatch holds. The app says who holds it, in
 * words, and exits; the folder is as it was: no log folder, no vault, no settings. Before, the log
 * file (and its folder) was made first and the lock taken after.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { app, dialog, Tray } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { acquireDataLock, type DataLock } from '../../../electron/engine/store/data-lock';
import { until } from '../../helpers/until';
import { testLogger } from '../engine/store/helpers';

let dataDir: string;
let held: DataLock;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-app-locked-'));
  process.env.IPWATCH_DATA_DIR = dataDir;
  held = await acquireDataLock(dataDir, { logger: testLogger().logger, role: 'monitor' });
});
afterAll(async () => {
  delete process.env.IPWATCH_DATA_DIR;
  await held.release();
  await rm(dataDir, { recursive: true, force: true });
});

describe('electron/main.ts on a folder another IPWatch holds', () => {
  it('names the holder and exits, having written nothing into the folder', async () => {
    const before = (await readdir(dataDir)).sort();
    await import('../../../electron/main');
    app.emit('ready');
    await until(() => vi.mocked(app.exit).mock.calls.length > 0, { what: 'the app exiting', timeoutMs: 10_000 });
    expect(vi.mocked(app.exit)).toHaveBeenCalledWith(1);
    const [title, words] = vi.mocked(dialog.showErrorBox).mock.calls[0]!;
    expect(title).toBe('IPWatch cannot start');
    expect(words).toContain(`is in use by IPWatch (monitor, pid ${process.pid}`);
    expect(Tray).not.toHaveBeenCalled();
    expect((await readdir(dataDir)).sort()).toEqual(before);
  });
});
