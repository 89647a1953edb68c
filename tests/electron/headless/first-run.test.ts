/**
 * The first run over the real headless runner's API: a data folder the runner creates waits for
 * the dashboard's first steps until they are done or skipped, and never again after that, across
 * a restart; a folder that already had its settings never shows them.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { firstRunPath, isPendingText } from '../../../electron/host/first-run';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { startWorld, type World } from '../../helpers/world';

let world: World;
let runner: ApiRunner | null = null;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await runner?.stop();
  runner = null;
  await world.close();
});

// A new folder gets the default settings: no source of the world, and the port from here.
const FRESH = { IPWATCH_API_PORT: '0', IPWATCH_BUILTIN_SOURCES: 'false' };
const freshDir = () => mkdtemp(path.join(tmpdir(), 'ipwatch-first-run-'));
const state = async (r: ApiRunner) => (await (await r.fetch('/api/v1/first-run')).json()) as { pending: boolean };
const end = (r: ApiRunner, outcome: unknown) => r.fetch('/api/v1/first-run', { method: 'POST', json: { outcome } });
const audited = async (r: ApiRunner) =>
  ((await (await r.fetch('/api/v1/audit')).json()) as { items: { actor: string; action: string }[] }).items.filter(
    (a) => a.action.startsWith('first-run.'),
  );

describe('the first run of a new data folder', () => {
  it('is pending until skipped, then stays ended across a restart', async () => {
    runner = await startApiRunner({ world, dataDir: await freshDir(), env: FRESH });
    expect(await state(runner)).toEqual({ pending: true });
    // It is kept like settings.json: readable by its owner only.
    if (process.platform !== 'win32') expect((await stat(firstRunPath(runner.dataDir))).mode & 0o077).toBe(0);

    const refused = await end(runner, 'later');
    expect(refused.status).toBe(400);
    expect(await state(runner)).toEqual({ pending: true });

    const skipped = await end(runner, 'skipped');
    expect(skipped.status).toBe(200);
    expect(await skipped.json()).toEqual({ pending: false });
    expect(await audited(runner)).toEqual([
      expect.objectContaining({ actor: 'admin (admin, token)', action: 'first-run.skipped' }),
    ]);
    // Ending it again changes nothing, and is not audited again.
    expect(await (await end(runner, 'done')).json()).toEqual({ pending: false });
    expect(await audited(runner)).toHaveLength(1);

    const dataDir = runner.dataDir;
    await runner.stop(true);
    runner = await startApiRunner({ world, dataDir, env: FRESH });
    expect(await state(runner)).toEqual({ pending: false });
  }, 60_000);

  it('is never pending in a folder that had its settings before the runner started', async () => {
    runner = await startApiRunner({ world });
    expect(await state(runner)).toEqual({ pending: false });
  });
});

describe('the first-run file', () => {
  it.each([
    [null, false],
    ['{"state":"pending","at":1}\n', true],
    ['{"state":"done","at":1}', false],
    ['{"state":"skipped"}', false],
    ['{"state":"pending"', false],
    ['"pending"', false],
    ['null', false],
  ])('%j is pending: %s', (text, pending) => expect(isPendingText(text)).toBe(pending));

  it('is written when the folder is created', async () => {
    runner = await startApiRunner({ world, dataDir: await freshDir(), env: FRESH });
    expect(isPendingText(await readFile(firstRunPath(runner.dataDir), 'utf8'))).toBe(true);
  }, 60_000);
});
