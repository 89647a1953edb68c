/**
 * Saving settings through the real runner's API: sources added for a family check that family
 * at once, and any other change keeps the check already planned. The interval is a day, so
 * no check would come otherwise while the test runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SettingsView, SettingsWriteResult } from '../../../shared/contract';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

let world: World;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  const base = world.settings({ monitor: { intervalSec: 86_400 } });
  runner = await startApiRunner({
    world,
    // IPv6 is watched but has no source yet: its first check finds nothing.
    settings: { ...base, sources: { builtIn: false, custom: world.sources.filter((s) => s.family === 4) } },
  });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

const status = async () =>
  (await (await runner.fetch('/api/v1/status')).json()) as { nextCheckAt: number | null; families: unknown };
const read = async () => (await (await runner.fetch('/api/v1/settings')).json()) as SettingsView;
const save = async (settings: unknown) => {
  const res = await runner.fetch('/api/v1/settings', { method: 'PUT', json: { settings } });
  expect(res.status).toBe(200);
  const result = (await res.json()) as SettingsWriteResult;
  expect(result.ok).toBe(true);
  return result;
};
const checks = (trigger: string) => runner.lines.lines.filter((l) => l.type === 'check' && l.trigger === trigger);

describe('saving settings', () => {
  it('keeps the planned check when neither sources nor families change', async () => {
    // The first check's end plans the next.
    await until(async () => (await status()).nextCheckAt !== null, { what: 'a planned check' });
    const planned = (await status()).nextCheckAt;
    const view = await read();
    const monitor = { ...(view.settings.monitor as Record<string, unknown>), quorum: 1 };
    expect(await save({ ...view.settings, monitor })).toMatchObject({ live: ['monitor.quorum'] });
    expect((await status()).nextCheckAt).toBe(planned);
    expect(checks('settings')).toEqual([]);
  });

  it('checks a family at once when its sources are added, and only that family', async () => {
    expect(runner.lines.lines).toContainEqual(
      expect.objectContaining({ type: 'check', family: 6, trigger: 'start', result: 'unavailable' }),
    );
    const view = await read();
    const sources = { ...(view.settings.sources as Record<string, unknown>), custom: world.sources };
    expect(await save({ ...view.settings, sources })).toMatchObject({ live: ['sources.custom'] });
    const check = await runner.lines.until((l) => l.type === 'check' && l.trigger === 'settings');
    expect(check).toMatchObject({ family: 6, result: 'confirmed', ip: '2a02:1:2:3::5' });
    expect(checks('settings').map((l) => l.family)).toEqual([6]);
    // The check planned the next one a whole interval after itself.
    const next = (await status()).nextCheckAt;
    expect(next).toBeGreaterThanOrEqual(Number(check.at) + 86_400_000 - 1000);
  });
});
