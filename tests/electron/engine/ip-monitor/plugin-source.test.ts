/**
 * A plugin source backs off as a built-in one does: its failures are held against it in the
 * source health book, its breaker opens after `health.failureThreshold` in a row, and it is not
 * asked while open, the others still checked. A real plugin program (it ends without answering)
 * beside a local HTTP echo, in the real engine on a fake clock.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { readPlugins } from '../../../../electron/engine/plugins/load';
import { pluginSourceSpecs } from '../../../../electron/engine/runtime/plugins';
import { type EngineHarness, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let h: EngineHarness;
let root: string;

beforeEach(async () => {
  world = await startWorld();
  root = mkdtempSync(path.join(tmpdir(), 'ipwatch-plugin-source-'));
  const folder = path.join(root, 'plugins');
  mkdirSync(folder);
  writeFileSync(
    path.join(folder, 'broken.mjs'),
    'process.stdin.resume(); process.stdin.on("end", () => process.exit(1));\n',
  );
  writeFileSync(
    path.join(folder, 'broken.json'),
    JSON.stringify({ v: 1, kind: 'source', name: 'broken', command: process.execPath, args: ['broken.mjs'] }),
  );
  const clock = new FakeClock();
  const read = readPlugins(folder, { env: {}, readFile: () => '' });
  const settings = world.httpOnlyV4({ quorum: 2, intervalSec: 60 });
  h = await startEngineHarness(
    { ...settings, sources: { builtIn: false, custom: settings.sources!.custom!.slice(0, 1) } },
    { clock, deps: { pluginSources: () => pluginSourceSpecs(read, clock) } },
  );
});
afterEach(async () => {
  await h.close();
  await world.close();
  rmSync(root, { recursive: true, force: true });
});

it('is asked in each check until its breaker opens, then set aside while the echo is still asked', async () => {
  const asked = () => h.of('check').map((c) => c.attempts.some((a) => a.sourceId === 'plugin-broken'));
  await h.engine.start();
  await h.engine.checkNow('manual');
  await h.engine.checkNow('manual');
  const health = h.engine.getStatus().sources.find((s) => s.id === 'plugin-broken');
  expect(health).toMatchObject({ kind: 'plugin', state: 'open', consecutiveFailures: 3 });
  expect(health?.lastError).toContain('the plugin broken ended without an answer (exit code 1)');
  await h.engine.checkNow('manual');
  expect(asked()).toEqual([true, true, true, false]);
  // The echo answered every time: the runner went on checking.
  expect(h.of('check').every((c) => c.attempts.some((a) => a.ok))).toBe(true);
});
