/**
 * The Docker image's entry point and HEALTHCHECK, run as processes (`docker build` cannot run
 * here): the last stage of build/docker/Dockerfile is read for its WORKDIR, ENV, ENTRYPOINT and
 * HEALTHCHECK; the runner is built as its build stage builds it and laid out as the image copies
 * it (WORKDIR/out/headless, WORKDIR/healthcheck.mjs, the production node_modules); the
 * entry point runs with the image's environment, its DATA_DIR (/data) a temporary folder. The
 * health check must pass once the runner serves, and fail once it has stopped.
 *
 * The image's IPWATCH_API_LAN=true holds: the runner serves HTTPS with the certificate it makes
 * in DATA_DIR/tls, and the health check's plain HTTP on 127.0.0.1 still passes (loopback keeps
 * plain HTTP). One departure, for this machine: the sources are a local World, so nothing
 * leaves the machine.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { problemOf } from '../../build/docker/healthcheck.mjs';
import { bundleHeadless } from '../../esbuild.headless.mjs';
import { jsonArgs, parseDockerfile } from '../../scripts/lint-dockerfile.mjs';
import { cleanEnv } from '../helpers/headless';
import { until } from '../helpers/until';
import { startWorld, type World } from '../helpers/world';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the image's last stage declares. */
function imageSpec() {
  const all = parseDockerfile(readFileSync(path.join(ROOT, 'build/docker/Dockerfile'), 'utf8'));
  const last = all.slice(all.findLastIndex((i) => i.op === 'FROM'));
  const one = (op: string) => last.filter((i) => i.op === op).at(-1)?.args ?? '';
  const env = Object.fromEntries(
    last
      .filter((i) => i.op === 'ENV')
      .flatMap((i) => i.args.split(/\s+/))
      .map((kv) => kv.split('=') as [string, string]),
  );
  const health = one('HEALTHCHECK');
  return {
    workdir: one('WORKDIR'),
    env,
    volume: jsonArgs(one('VOLUME')) ?? [],
    user: one('USER'),
    entrypoint: jsonArgs(one('ENTRYPOINT')) ?? [],
    healthcheck: jsonArgs(health.slice(health.search(/\bCMD\b/) + 3).trim()) ?? [],
  };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const spec = imageSpec();
let app: string;
let data: string;
let world: World;
let env: NodeJS.ProcessEnv;
let runner: ChildProcess | null = null;
let stderr = '';

/** An image path (under WORKDIR) on this machine; `node` is this node. */
const local = (arg: string) =>
  arg === 'node'
    ? process.execPath
    : arg.startsWith(`${spec.workdir}/`)
      ? path.join(app, arg.slice(spec.workdir.length + 1))
      : arg;

/** `docker inspect`'s view of one health check: its exit code and output. */
const healthcheck = () => {
  const [cmd, ...args] = spec.healthcheck.map(local);
  const r = spawnSync(cmd!, args, { env, encoding: 'utf8', timeout: 10_000 });
  return { status: r.status, out: r.stdout.trim() };
};

beforeAll(async () => {
  app = mkdtempSync(path.join(tmpdir(), 'ipwatch-image-app-'));
  data = mkdtempSync(path.join(tmpdir(), 'ipwatch-image-data-'));
  // As the runtime stage lays it out.
  await bundleHeadless(path.join(app, 'out/headless/index.js'));
  copyFileSync(path.join(ROOT, 'build/docker/healthcheck.mjs'), path.join(app, 'healthcheck.mjs'));
  copyFileSync(path.join(ROOT, 'package.json'), path.join(app, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  mkdirSync(data, { recursive: true });
  world = await startWorld();
  writeFileSync(path.join(data, 'settings.json'), JSON.stringify(world.settings(), null, 2), { mode: 0o600 });
  env = cleanEnv({
    ...spec.env,
    IPWATCH_DATA_DIR: data,
    IPWATCH_API: 'on',
    IPWATCH_API_PORT: String(await freePort()),
  });
}, 120_000);

afterAll(async () => {
  if (runner && runner.exitCode === null) runner.kill('SIGKILL');
  await world?.close();
  await rm(app, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

describe('the image, run as processes', () => {
  it('declares what the note says: non-root, DATA_DIR=/data as a volume, the arena cap, JSON forms', () => {
    expect(spec.user).toBe('node');
    expect(spec.env.IPWATCH_DATA_DIR).toBe('/data');
    expect(spec.volume).toEqual(['/data']);
    expect(spec.env.MALLOC_ARENA_MAX).toBe('2');
    expect(spec.env.IPWATCH_API_LAN).toBe('true');
    expect(spec.entrypoint).toEqual(['node', `${spec.workdir}/out/headless/index.js`]);
    expect(spec.healthcheck).toEqual(['node', `${spec.workdir}/healthcheck.mjs`]);
  });

  it('its health check passes while the entry point serves, and fails once it stopped', async () => {
    expect(healthcheck()).toMatchObject({ status: 1, out: expect.stringMatching(/^unhealthy: fetch failed/) });

    const [cmd, ...args] = spec.entrypoint.map(local);
    runner = spawn(cmd!, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    runner.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => runner!.on('exit', (code) => resolve(code)));

    let last = healthcheck();
    await until(() => (last = healthcheck()).status === 0 || runner!.exitCode !== null, {
      what: 'a passing health check',
      timeoutMs: 60_000,
      everyMs: 250,
    });
    expect(last, stderr).toMatchObject({ status: 0, out: expect.stringMatching(/^healthy: IPWatch 0\.1\.0, /) });
    // The runner keeps its data where the image says, in the volume.
    await until(() => healthcheck().out.includes('last check'), {
      what: 'the first check',
      timeoutMs: 30_000,
      everyMs: 250,
    });
    expect(readFileSync(path.join(data, 'api-token'), 'utf8').trim().length).toBeGreaterThanOrEqual(16);
    // HTTPS on the LAN with the certificate made at first run, its fingerprint in the log.
    const cert = new X509Certificate(readFileSync(path.join(data, 'tls', 'cert.pem')));
    expect(stderr).toContain(cert.fingerprint256);

    runner.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(healthcheck()).toMatchObject({
      status: 1,
      out: expect.stringMatching(/^unhealthy: fetch failed.*ECONNREFUSED/),
    });
  }, 120_000);
});

describe("problemOf (the health check's verdict on a /healthz answer)", () => {
  const body = { ok: true, version: '0.1.0', paused: false, lastCheckAt: 1, lastCheckAgeSec: 700 };
  it.each([
    [200, body, 0, null],
    [200, body, 900, null],
    [200, body, 600, 'the last check was 700 s ago (more than 600)'],
    [200, { ...body, paused: true }, 600, null],
    [200, { ...body, lastCheckAgeSec: null }, 600, null],
    [200, { ...body, ok: false }, 0, 'the runner did not say ok'],
    [200, null, 0, 'the runner did not say ok'],
    [503, body, 0, 'HTTP 503'],
  ])('HTTP %d %j, max age %d: %j', (status, answer, maxAge, want) => {
    expect(problemOf(status, answer, maxAge)).toBe(want);
  });
});
