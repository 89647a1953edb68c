/**
 * The first run without the Electron binary: `npm install`'s postinstall and `npm start`, run by
 * the real npm in a copy of this project (its package.json and scripts/, and the installed
 * electron package without any binary), with Electron's download failing against a local
 * mirror (tests/fakes/electron-mirror.ts) or a closed loopback port. Both print the one-line help, its
 * reason in words; the install succeeds
 * and the start stops before electron-vite ("Electron uninstall").
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nodeHint } from '../../scripts/electron-binary.mjs';
import { type ElectronMirror, startElectronMirror } from '../fakes/electron-mirror';

const repo = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let project = '';
let mirror: ElectronMirror;

/** The project's package.json and scripts, with node_modules/electron copied bare (no dist, no path.txt). */
async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-first-run-'));
  await cp(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
  await cp(path.join(repo, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  const electron = path.join(dir, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  for (const name of await readdir(path.join(repo, 'node_modules', 'electron'))) {
    if (!['dist', 'path.txt', 'node_modules'].includes(name))
      await cp(path.join(repo, 'node_modules', 'electron', name), path.join(electron, name), { recursive: true });
  }
  // The installer's own dependencies (@electron/get and what it needs), as installed here.
  await symlink(path.join(repo, 'node_modules', '@electron'), path.join(dir, 'node_modules', '@electron'));
  return dir;
}

/** npm with the download pointed at the failing mirror, its cache empty, and no skip switch. */
async function npm(args: string[], extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_MIRROR: mirror.mirror,
    electron_config_cache: path.join(project, 'electron-cache'),
    ...extra,
  };
  if (!('ELECTRON_SKIP_BINARY_DOWNLOAD' in extra)) delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  return run('npm', args, { cwd: project, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code: number; stdout: string; stderr: string }) => ({
      code: err.code,
      stdout: err.stdout,
      stderr: err.stderr,
    }),
  );
}

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The lines IPWatch printed (npm's own lines start with '>' or 'npm '). */
const ours = (text: string) => text.split('\n').filter((l) => l.startsWith('ipwatch:'));

beforeAll(async () => {
  mirror = await startElectronMirror();
  project = await copyProject();
});
afterAll(async () => {
  await mirror?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('first run without the Electron binary', () => {
  it('npm install: the download fails, the install succeeds, and one line says what to run later', async () => {
    const r = await npm(['run', 'postinstall']);
    expect(r.code).toBe(0);
    expect(mirror.paths.some((p) => /^\/v\d+\.\d+\.\d+\/electron-v[\d.]+-\w+-\w+\.zip$/.test(p))).toBe(true);
    const lines = ours(r.stderr);
    expect(lines).toHaveLength(1);
    // The reason in words (the installer said HTTPError 404), no raw error.
    expect(lines[0]).toMatch(/^ipwatch: could not fetch the Electron binary: the download server has no such file /);
    expect(lines[0]).not.toMatch(/Error|404/);
    expect(lines[0]).toContain(
      `${nodeHint()}; run \`npx install-electron\` before \`npm start\` (the headless runner needs no Electron).`,
    );
  });

  it('npm install with no download server to reach: the same one line, in words, not `TypeError: fetch failed`', async () => {
    const r = await npm(['run', 'postinstall'], { ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` });
    expect(r.code).toBe(0);
    expect(ours(r.stderr)).toEqual([
      `ipwatch: could not fetch the Electron binary: the download server could not be reached: no network, or a proxy or firewall in the way${nodeHint()}; run \`npx install-electron\` before \`npm start\` (the headless runner needs no Electron).`,
    ]);
    expect(r.stderr).not.toContain('fetch failed');
  });

  it('npm install with ELECTRON_SKIP_BINARY_DOWNLOAD: no download, one line', async () => {
    const before = mirror.paths.length;
    const r = await npm(['run', 'postinstall'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(r.code).toBe(0);
    expect(mirror.paths).toHaveLength(before);
    expect(ours(r.stderr)).toEqual([
      'ipwatch: the Electron binary was not fetched (ELECTRON_SKIP_BINARY_DOWNLOAD is set); run `npx install-electron` before `npm start` (the headless runner needs no Electron).',
    ]);
  });

  it.each(['start', 'dev'])('npm %s: says the binary is missing and the command that fetches it', async (script) => {
    const r = await npm(['run', script]);
    expect(r.code).not.toBe(0);
    expect(ours(r.stderr)).toEqual([
      `ipwatch: the Electron binary is missing: fetch it with \`npx install-electron\`${nodeHint()}, then \`npm start\`.`,
    ]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/Electron uninstall|electron-vite/);
  });
});
