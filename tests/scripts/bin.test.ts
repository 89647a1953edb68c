/**
 * The package's `ipwatch` bin, as a user runs it: `npx ipwatch ...` in a copy of the package
 * (its package.json and the runner built where `bin` points), and the built file run directly,
 * as a global install's link runs it (its shebang). stdout carries only what the command prints.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { bundleHeadless } from '../../esbuild.headless.mjs';
import { cleanEnv, collect } from '../helpers/headless';
import { startWorld } from '../helpers/world';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Inside the repository, so the runner's external imports resolve from its node_modules.
const PACKAGE = path.join(ROOT, 'out', `bin-test-${process.pid}`);
const run = promisify(execFile);
let bin = '';
let dataDir = '';
/** npx's own cache (where it links the package), removed after. */
let npmCache = '';

beforeAll(async () => {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { ipwatch: string } };
  bin = path.join(PACKAGE, pkg.bin.ipwatch);
  await cp(path.join(ROOT, 'package.json'), path.join(PACKAGE, 'package.json'));
  // npx links the package into its cache and runs its prepare (scripts/headless.mjs: nothing stale here).
  await cp(path.join(ROOT, 'scripts'), path.join(PACKAGE, 'scripts'), { recursive: true });
  await bundleHeadless(bin);
  dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bin-'));
  // A data folder (a reading command refuses any other): settings, no history yet.
  await writeFile(path.join(dataDir, 'settings.json'), '{}\n', { mode: 0o600 });
  npmCache = await mkdtemp(path.join(tmpdir(), 'ipwatch-bin-npm-'));
});
afterAll(async () => {
  await rm(PACKAGE, { recursive: true, force: true });
  for (const dir of [dataDir, npmCache]) if (dir) await rm(dir, { recursive: true, force: true });
});

const npxEnv = () => cleanEnv({ npm_config_cache: npmCache });
const npx = (args: string[]) => run('npx', ['--offline', 'ipwatch', ...args], { cwd: PACKAGE, env: npxEnv() });

describe('the ipwatch bin', () => {
  it('ipwatch --help, run as the linked file itself', async () => {
    const { stdout } = await run(bin, ['--help'], { env: cleanEnv() });
    expect(stdout).toMatch(/^Usage: ipwatch \[options\] \[command\]/);
    expect(stdout).toContain('history');
  });

  it('npx ipwatch history --json: stdout is one JSON document', async () => {
    const { stdout } = await npx(['--data-dir', dataDir, 'history', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ items: [], total: 0 });
  });

  it('npx ipwatch --once --json: one JSON object per line, both addresses found', async () => {
    const world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-bin-once-'));
    try {
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify(world.settings()));
      const r = await collect(
        spawn('npx', ['--offline', 'ipwatch', '--data-dir', dir, '--once', '--json'], {
          cwd: PACKAGE,
          env: cleanEnv(),
        }),
      );
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; family?: number; to?: string });
      const changes = lines.filter((l) => l.type === 'change').map((c) => [c.family, c.to]);
      expect(changes.sort()).toEqual([
        [4, '81.2.69.142'],
        [6, '2a02:1:2:3::5'],
      ]);
    } finally {
      await world.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
