/**
 * The path part in the real runtime (electron/engine/runtime/path.ts, issue 77): off, asking for a
 * trace says so and runs nothing; switched on by a settings update, a trace on demand is kept;
 * a confirmed address change traces again by itself, and the kept paths say what changed. The
 * tool is a stand-in `tracepath` first in PATH (tests/electron/engine/path/trace.test.ts says
 * why) that prints the output recorded from the real tool named in a file the test rewrites; the
 * lab (path-lab.test.ts) runs the real tools in namespaces.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { settingsFrom } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const FIXTURES = path.join(__dirname, '../../../fixtures/path');
const A4 = '81.2.69.142';
const A4_NEW = '81.2.69.160';

let world: World | null = null;
let store: HistoryStore | null = null;
let runtime: Runtime | null = null;
let dir: string | null = null;

afterEach(async () => {
  await runtime?.close();
  await world?.close();
  vi.unstubAllEnvs();
  if (dir) rmSync(dir, { recursive: true, force: true });
  runtime = world = store = dir = null;
});

/** A `tracepath` stand-in printing the fixture `use(name)` names last. */
function standIn(): { use(fixture: string): void } {
  dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-path-'));
  const current = path.join(dir, 'current');
  writeFileSync(path.join(dir, 'tracepath'), `#!/bin/sh\nexec cat "$(cat '${current}')"\n`);
  chmodSync(path.join(dir, 'tracepath'), 0o755);
  vi.stubEnv('PATH', `${dir}${path.delimiter}${process.env.PATH ?? ''}`);
  return { use: (fixture) => writeFileSync(current, path.join(FIXTURES, fixture)) };
}

describe('the path in the runtime', () => {
  it('off says so; on, a trace on demand and one after each change are kept, with what changed', async () => {
    const tool = standIn();
    tool.use('tracepath-reached.txt');
    world = await startWorld(A4);
    const clock = new FakeClock();
    const logger = createLogger('test', { level: 'error', sink: () => undefined });
    store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
    const settings = (enabled: boolean) =>
      settingsFrom({ ...world!.settings({ monitor: { ipv6: false } }), path: { enabled, target: '9.9.9.9' } });
    runtime = createRuntime({ settings: settings(false), store, clock, logger, version: 'test' });
    await runtime.start();
    const { tracePath, getPaths } = runtime.features.handlers;
    const ctx = { actor: 'test' } as never;

    expect(await tracePath!(undefined as never, ctx)).toMatchObject({ ran: false, why: 'off' });
    expect((await getPaths!({ limit: 20 }, ctx)).items).toEqual([]);

    await runtime.updateSettings(settings(true));
    const manual = await tracePath!(undefined as never, ctx);
    expect(manual).toMatchObject({
      ran: true,
      path: { trigger: 'manual', tool: 'tracepath', target: '9.9.9.9', reached: true },
    });

    // The route changes with the address: the change traces by itself.
    tool.use('tracepath-no-reply.txt');
    world.setIp(A4_NEW, '2a02:1:2:3::5');
    await runtime.engine.checkNow('manual');
    await until(async () => (await getPaths!({ limit: 20 }, ctx)).items.length === 2, {
      what: 'the path traced after the change',
    });
    const [after, before] = (await getPaths!({ limit: 20 }, ctx)).items;
    expect(after).toMatchObject({ trigger: 'change', reached: false });
    expect(before).toMatchObject({ trigger: 'manual', reached: true });
    expect(before!.said).toEqual(['First path recorded: nothing to compare yet']);
    expect(after!.said).toEqual(['The path changed at 1 hop: hop 1 79.192.0.1 → 8.8.8.1', 'now 4 hops (was 2)']);
    expect(after!.diff).toMatchObject({ kind: 'changed', lengthBefore: 2, lengthAfter: 4 });
  }, 30_000);
});
