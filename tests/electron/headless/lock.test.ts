/**
 * One writer per data folder, with real runner processes: the running monitor holds the
 * folder's lock; a second monitor, `import` and `restore` are refused and name its pid;
 * the reading commands work beside it; a lock left by a killed runner is taken over.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { migrate } from '../../../electron/engine/store/migrations';
import { newDatabase } from '../../../electron/engine/store/sqlite';
import { startNotifyFake } from '../../fakes/notify-http';
import { jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const A4 = '81.2.69.142';

let world: World;
let dir: string;
let child: ChildProcess | null = null;

beforeEach(async () => {
  world = await startWorld(A4);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-lock-'));
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify(world.settings({ monitor: { ipv6: false, intervalSec: 3600 } })),
  );
});
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

/** True once the file on disk holds the run of A4. */
async function saved(): Promise<boolean> {
  try {
    const db = await newDatabase(await readFile(path.join(dir, 'history.sqlite')));
    return db.exec('SELECT count(*) FROM runs WHERE ip = ?', [A4])[0]?.values[0]?.[0] === 1;
  } catch {
    return false;
  }
}

/** Starts a monitor and waits until its first check is saved, so the history is not empty. */
async function startMonitor(): Promise<ChildProcess & { stderrText: () => string }> {
  const c = spawnHeadless(['--data-dir', dir, '--json']);
  child = c;
  // Drained, so the child never blocks on a full stderr pipe.
  let stderr = '';
  c.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const out = jsonLines(c);
  await out.until((l) => l.type === 'change' && l.to === A4);
  await until(saved, { timeoutMs: 10_000, what: 'the first change on disk', everyMs: 50 });
  return Object.assign(c, { stderrText: () => stderr });
}

const cli = (...args: string[]) => runHeadless(['--data-dir', dir, ...args]);
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('ipwatch: '));

describe('one writer per data folder', () => {
  it('refuses a second monitor, import and restore while one runs, naming its pid; readers still work', async () => {
    const monitor = await startMonitor();
    const pid = `pid ${monitor.pid}`;

    const second = await cli('--once', '--json');
    expect(second.code).toBe(1);
    expect(errorLines(second.stderr)).toEqual([expect.stringContaining(pid)]);
    expect(second.stdout).toBe('');

    // Reading commands work beside it, and see what it saved.
    const hist = await cli('history', '--json');
    expect(hist.code, hist.stderr).toBe(0);
    expect(JSON.parse(hist.stdout)).toMatchObject({ total: 1, items: [{ ip: A4 }] });
    const stats = await cli('stats', '--json');
    expect(stats.code, stats.stderr).toBe(0);
    // The monitor's first address is no change.
    expect(JSON.parse(stats.stdout)).toMatchObject({ changes: { total: 0 } });
    const audit = await cli('audit', '--json');
    expect(audit.code, audit.stderr).toBe(0);
    expect(JSON.parse(audit.stdout)).toEqual([]);
    const exported = path.join(dir, 'export.json');
    const exp = await cli('export', '--format', 'json', '--out', exported);
    expect(exp.code, exp.stderr).toBe(0);
    expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ runs: [{ ip: A4 }] });
    const copy = path.join(dir, 'copy.sqlite');
    const backup = await cli('backup', copy);
    expect(backup.code, backup.stderr).toBe(0);
    const db = await newDatabase(await readFile(copy));
    expect(db.exec('PRAGMA integrity_check')[0]?.values).toEqual([['ok']]);
    expect(db.exec('SELECT ip FROM runs')[0]?.values).toEqual([[A4]]);

    // Writers are refused with the pid and what to do.
    const before = await readFile(path.join(dir, 'history.sqlite'));
    for (const args of [['import', exported], ['restore', copy], ['repair']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(errorLines(r.stderr), args.join(' ')).toEqual([
        expect.stringMatching(new RegExp(`${pid}.*stop it first`)),
      ]);
    }
    expect(await readFile(path.join(dir, 'history.sqlite'))).toEqual(before);

    // The monitor is unharmed and stops cleanly, releasing the folder.
    const exited = new Promise<number | null>((r) => monitor.on('exit', r));
    monitor.kill('SIGTERM');
    expect(await exited).toBe(0);
    const after = await cli('repair');
    expect(after.code, after.stderr).toBe(0);
  }, 90_000);

  it('takes over the lock of a runner killed with SIGKILL', async () => {
    const monitor = await startMonitor();
    const exited = new Promise((r) => monitor.on('exit', r));
    monitor.kill('SIGKILL');
    await exited;
    const r = await cli('--once', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`"pid":${monitor.pid}`);
    expect(r.stderr).toMatch(/taking over the lock/);
  }, 60_000);

  // The runner sees the loss when it next touches its lock, LOCK_STALE_MS / 2 (30 s) after the
  // last touch: the budget holds that, the start-up and a busy machine's delays.
  it('a runner that loses its lock stops at its next touch of it with exit 1, saying why', async () => {
    const monitor = await startMonitor();
    const exited = new Promise<number | null>((r) => monitor.on('exit', r));
    // As if another process had taken the folder over (the lock is a file since issue 59).
    await unlink(path.join(dir, 'ipwatch.lock'));
    expect(await exited).toBe(1);
    expect(monitor.stderrText()).toMatch(/ipwatch: lost the lock on .*stopping without saving/);
  }, 90_000);

  it('notify-test only reads the history: an older file is neither upgraded nor rewritten', async () => {
    const hook = await startNotifyFake();
    try {
      const settings = world.settings({ monitor: { ipv6: false } }) as Record<string, unknown>;
      settings.notifications = { channels: [{ id: 'hook', type: 'webhook', url: `${hook.url}/ipwatch` }] };
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
      const db = await newDatabase();
      migrate(db, 1);
      const old = Buffer.from(db.export());
      await writeFile(path.join(dir, 'history.sqlite'), old);

      const r = await cli('notify-test', 'hook');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/test notification sent through "hook"/);
      expect(hook.requests).toHaveLength(1);
      expect(await readFile(path.join(dir, 'history.sqlite'))).toEqual(old);
    } finally {
      await hook.close();
    }
  }, 30_000);
});
