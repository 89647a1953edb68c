/**
 * A full disk, for real (issue 74): the built runner's data folder on a small tmpfs, filled to the
 * last byte while addresses change, then freed. The history saves fail and are tried again; once
 * space is back the file holds every address, and no temporary file or second link of a failed
 * save is left behind (each failed save used to leave a `history.sqlite.prev.tmp-*` link to an old
 * history: rename(2) of a link over a link to the same file does nothing). A settings write while
 * the disk is full is answered in words (507, `disk_full`), settings.json as it was. The IP echo
 * services are the local stand-ins of tests/fakes (http-echo.ts, dns-server.ts, stun-server.ts).
 */
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { runHeadless, writeSettingsFile } from '../../helpers/headless';
import { mountTmpfs, type Tmpfs, tmpfsSupport } from '../../helpers/tmpfs';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const support = tmpfsSupport();
const FIRST = '81.2.69.142';
const WHILE_FULL = ['81.2.69.150', '81.2.69.151', '81.2.69.152', '81.2.69.153', '81.2.69.154'];
const V6 = '2a02:1:2:3::5';

let world: World | undefined;
let disk: Tmpfs | undefined;
let runner: ApiRunner | undefined;
afterEach(async () => {
  await runner?.stop(true);
  await world?.close();
  disk?.close();
});

interface HistoryStatus {
  revision: number;
  savedRevision: number;
  lastError: string | null;
}

async function historyStatus(r: ApiRunner): Promise<HistoryStatus> {
  const res = await r.fetch('/api/v1/status');
  expect(res.status).toBe(200);
  return ((await res.json()) as { history: HistoryStatus }).history;
}

/** Every write is on disk and the last save worked. */
const allSaved = async (r: ApiRunner) => {
  const h = await historyStatus(r);
  return h.savedRevision === h.revision && h.lastError === null;
};

/** Names in the folder and its backups that a writer left behind. */
async function leftovers(dir: string): Promise<string[]> {
  const names = [...(await readdir(dir)), ...(await readdir(path.join(dir, 'backups')).catch(() => []))];
  return names.filter((n) => /\.tmp-|\.new$/.test(n));
}

const failedSaves = (r: ApiRunner) => r.stderr().split('history save failed').length - 1;

/** The addresses the history file holds now, read by the CLI from a copy (the runner holds the folder). */
async function addressesInFile(dataDir: string): Promise<string[]> {
  const copy = await mkdtemp(path.join(tmpdir(), 'ipwatch-full-copy-'));
  try {
    await copyFile(path.join(dataDir, 'history.sqlite'), path.join(copy, 'history.sqlite'));
    const r = await runHeadless(['--data-dir', copy, 'history', '--json', '--limit', '100']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { items: { ip: string }[] }).items.map((i) => i.ip);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

describe.skipIf(support.skip)(`a full disk under the data folder${support.why ? ` (${support.why})` : ''}`, () => {
  it('keeps every address once space returns, leaves no temporary file or link, and says a settings write failed for it', async () => {
    world = await startWorld(FIRST, V6);
    disk = mountTmpfs(8 * 1024);
    const dataDir = path.join(disk.dir, 'data');
    await mkdir(dataDir);
    const settings = world.settings({ monitor: { ipv6: false, intervalSec: 3600 } });
    await writeSettingsFile(dataDir, JSON.stringify({ ...settings, api: { port: 0 } }, null, 2));
    runner = await startApiRunner({ world, dataDir });
    const r = runner;
    await until(() => allSaved(r), { what: 'the first save' });
    const settingsBefore = await readFile(path.join(dataDir, 'settings.json'));

    // A save replaces the copy it keeps (history.sqlite.prev) before it writes, and a history that
    // has not grown a page fits in the space that copy freed. A second name for that copy, outside
    // the data folder, keeps its space taken: the disk is full for good, as for a history that outgrew it.
    await link(path.join(dataDir, 'history.sqlite.prev'), path.join(disk.dir, 'held-copy')).catch(
      (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      },
    );
    disk.fill();
    for (const [i, ip] of WHILE_FULL.entries()) {
      world.setIp(ip, V6);
      expect((await r.fetch('/api/v1/check', { method: 'POST' })).status).toBe(200);
      await r.lines.until((l) => l.type === 'change' && l.to === ip);
      // Its save is tried, and fails for want of space.
      await until(() => failedSaves(r) > i, { what: `failed save ${i + 1}` });
    }
    const full = await historyStatus(r);
    expect(full.lastError).toMatch(/ENOSPC/);
    expect(full.savedRevision).toBeLessThan(full.revision);

    // A settings write now: refused in words, the file as it was, the setting not applied.
    const view = (await (await r.fetch('/api/v1/settings')).json()) as { settings: { monitor: object } };
    const edited = { ...view.settings, monitor: { ...view.settings.monitor, intervalSec: 600 } };
    const put = await r.fetch('/api/v1/settings', { method: 'PUT', json: { settings: edited } });
    expect(put.status).toBe(507);
    const body = (await put.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('disk_full');
    expect(body.error.message).toMatch(/^the disk is full: the settings were not saved/);
    expect(await readFile(path.join(dataDir, 'settings.json'))).toEqual(settingsBefore);

    disk.free();
    await until(() => allSaved(r), { what: 'a save once space is back', timeoutMs: 30_000 });
    expect(await addressesInFile(dataDir)).toEqual(expect.arrayContaining([FIRST, ...WHILE_FULL]));
    expect(await leftovers(dataDir)).toEqual([]);
    // The history and its kept copy are one name each: no second link keeps an old history.
    for (const name of ['history.sqlite', 'history.sqlite.prev'])
      expect((await stat(path.join(dataDir, name))).nlink).toBe(1);
  }, 90_000);
});
