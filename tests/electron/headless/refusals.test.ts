/**
 * The real runner says why it cannot do what was asked, in one line with what to change, and
 * leaves nothing behind: a port the dashboard cannot have (taken by a socket bound first, or
 * below 1024 without the right to it) stops it with exit 1 before monitoring begins; a command
 * that only reads, pointed at a folder without IPWatch data, exits 2 and creates nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LOCK_FILE } from '../../../electron/engine/store/data-lock';
import { cleanEnv, collect, runHeadless, runnerCommand } from '../../helpers/headless';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-refusals-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A data folder whose monitor would ask no one (no built-in source, no router) if it ever began. */
async function quietFolder(): Promise<string> {
  const data = path.join(dir, 'data');
  await mkdir(data);
  await writeFile(path.join(data, 'settings.json'), JSON.stringify({ sources: { builtIn: false } }), { mode: 0o600 });
  return data;
}

const listenOn = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('a port the dashboard cannot have', () => {
  it('taken: says so, names the setting and the variable, and exits 1 before any check', async () => {
    const taken = await listenOn(0);
    try {
      const port = (taken.address() as { port: number }).port;
      const data = await quietFolder();
      const r = await runHeadless(
        ['--data-dir', data, '--json'],
        cleanEnv({ IPWATCH_API: 'on', IPWATCH_API_PORT: String(port) }),
      );
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(
        `ipwatch: port ${port} is taken (by another IPWatch?): set api.port or IPWATCH_API_PORT\n`,
      );
      expect(r.stderr).not.toContain('EADDRINUSE');
      // Monitoring never began: no check, and the folder's lock is released.
      expect(r.stdout).not.toContain('"type":"check"');
      expect(existsSync(path.join(data, LOCK_FILE))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('below 1024 without the right to it: says so in words and exits 1', async (ctx) => {
    // As root, the runner is started without CAP_NET_BIND_SERVICE (setpriv, util-linux), as any user is.
    const root = process.getuid?.() === 0;
    const unprivileged = Number(
      await readFile('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8').catch(() => '1024'),
    );
    if (unprivileged <= 80)
      ctx.skip(`this system lets every user open port 80 (ip_unprivileged_port_start=${unprivileged})`);
    if (root && !existsSync('/usr/bin/setpriv'))
      ctx.skip("needs setpriv (Debian package util-linux) to drop root's right to port 80");
    const data = await quietFolder();
    const node = [process.execPath, ...runnerCommand(), '--data-dir', data];
    const argv = root
      ? ['/usr/bin/setpriv', '--bounding-set', '-net_bind_service', '--inh-caps', '-net_bind_service', ...node]
      : node;
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: cleanEnv({ IPWATCH_API: 'on', IPWATCH_API_PORT: '80' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const r = await collect(child);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(
      'ipwatch: port 80 is below 1024, which only an administrator may open: set api.port or IPWATCH_API_PORT to 1024 or above\n',
    );
    expect(r.stderr).not.toContain('EACCES');
  });
});

describe('a command that only reads, on a folder without IPWatch data', () => {
  const READERS: string[][] = [
    ['history'],
    ['stats'],
    ['export', '--format', 'json'],
    ['backup', 'BACKUP'],
    ['audit'],
    ['notify', 'list'],
    ['notify-test', 'desktop'],
    ['status'],
    ['token', 'list'],
    ['api', 'GET', '/api/v1/status'],
  ];
  // A token, so `api` gets as far as the folder.
  const env = cleanEnv({ IPWATCH_API_TOKEN: 'a-token-for-the-refusal-test' });
  const run = (data: string, args: string[]) =>
    runHeadless(['--data-dir', data, ...args.map((a) => (a === 'BACKUP' ? path.join(dir, 'copy.sqlite') : a))], env);

  it('no such folder: says so, exits 2, and creates nothing', async () => {
    const missing = path.join(dir, 'nonexistent', 'x');
    for (const args of READERS) {
      const r = await run(missing, args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(`ipwatch: no IPWatch data in ${missing}\n`);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    expect(await readdir(dir)).toEqual([]);
  }, 60_000);

  it('a folder of something else: leaves it as it was', async () => {
    const other = path.join(dir, 'photos');
    await mkdir(other);
    await writeFile(path.join(other, 'notes.txt'), 'not IPWatch data');
    for (const args of [['history'], ['stats']]) {
      const r = await run(other, args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toBe(`ipwatch: no IPWatch data in ${other}\n`);
    }
    expect(await readdir(other)).toEqual(['notes.txt']);
  });

  it('a data folder with settings only (no check yet) is read as it is: no history', async () => {
    const data = await quietFolder();
    const r = await run(data, ['history', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ total: 0 });
  });
});
