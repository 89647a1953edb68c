/**
 * The field report, end to end: the only source hangs, SIGTERM arrives while the first
 * check waits on it. The real runner must stop cleanly without printing `offline`, and the
 * history must hold no outage, only the monitor session that ended at the stop.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { jsonLines, runHeadless, spawnHeadless } from '../../helpers/headless';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

let world: World;
let dir: string;

beforeEach(async () => {
  world = await startWorld();
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-stop-'));
});
afterEach(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

describe('headless runner, SIGTERM during a check', () => {
  it('prints no offline line and keeps no outage', async () => {
    world.v4.http[0]!.setFault('timeout');
    const settings = {
      ...world.settings({ monitor: { ipv6: false, timeoutMs: 60_000 } }),
      sources: { builtIn: false, custom: world.sources.filter((s) => s.id === 'http0-v4') },
    };
    await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
    const child = spawnHeadless(['--data-dir', dir, '--json']);
    const out = jsonLines(child);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      await until(() => world.v4.http[0]!.requests === 1, { timeoutMs: 20_000, what: 'the check asking the source' });
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    expect(out.lines.filter((l) => l.type === 'offline' || l.type === 'check')).toEqual([]);
    const exported = await runHeadless(['--data-dir', dir, 'export', '--format', 'json']);
    expect(exported.code, exported.stderr).toBe(0);
    const data = JSON.parse(exported.stdout) as { outages: unknown[]; sessions: { end: number | null }[] };
    expect(data.outages).toEqual([]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions[0]).toMatchObject({ clean: true, end: expect.any(Number) as number });
  }, 60_000);
});
