/**
 * The headless runner on the oldest Node the README claims (.ci/oldest-node): the esbuild
 * bundle that `npm run build:headless` makes runs one check against the local world under
 * that Node binary. `.ci/fetch-node` puts the binary in the cache (.ci/run does); without it
 * the test is skipped, or fails with IPWATCH_REQUIRE_PEERS=1.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cleanEnv, collect } from '../../helpers/headless';
import { peer } from '../../helpers/peers';
import { startWorld } from '../../helpers/world';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const VERSION = readFileSync(path.join(ROOT, '.ci/oldest-node'), 'utf8').trim();
/** Where .ci/fetch-node caches it. */
const NODE = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
  'ipwatch',
  `node-v${VERSION}`,
  'bin',
  'node',
);
const oldest = peer(`node ${VERSION}`, { files: [NODE], install: '.ci/fetch-node' });
const run = promisify(execFile);

// Inside the repository, so the bundle's external imports resolve from node_modules.
const OUT = path.join(ROOT, 'out', `oldest-node-test-${process.pid}`);
const BUNDLE = path.join(OUT, 'index.js');

describe.skipIf(oldest.skip)(`headless runner on Node ${VERSION}`, () => {
  beforeAll(async () => {
    await run('npm', ['run', 'build:headless', '--silent', '--', `--outfile=${BUNDLE}`], { cwd: ROOT });
  });
  afterAll(() => rm(OUT, { recursive: true, force: true }));

  it('--once --json finds both addresses and exits 0', async () => {
    const { stdout: version } = await run(oldest.path(NODE), ['--version']);
    expect(version.trim()).toBe(`v${VERSION}`);
    const world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-oldest-node-'));
    try {
      await writeFile(path.join(dir, 'settings.json'), JSON.stringify(world.settings()));
      const r = await collect(
        spawn(oldest.path(NODE), [BUNDLE, '--data-dir', dir, '--once', '--json'], { cwd: ROOT, env: cleanEnv() }),
      );
      expect(r.code, r.stderr).toBe(0);
      const changes = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; family?: number; to?: string })
        .filter((l) => l.type === 'change');
      expect(changes.map((c) => [c.family, c.to]).sort()).toEqual([
        [4, '81.2.69.142'],
        [6, '2a02:1:2:3::5'],
      ]);
    } finally {
      await world.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
