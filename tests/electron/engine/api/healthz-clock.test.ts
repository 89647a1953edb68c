/**
 * GET /healthz's age of the last check is real time (the monotonic clock): a wall clock set back a
 * day or forward a year (NTP, an admin) must not make a container's health check (docker-entry)
 * see a stale or a negative age. The real runtime and API server on one fake clock (step() moves
 * the wall clock only), the IP sources a local World (tests/helpers/world.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { type RunningApi, startApi } from '../../../../electron/engine/api';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { settingsSchema } from '../../../../shared/settings';
import { quietLogger } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';
import { startWorld, type World } from '../../../helpers/world';

const DAY = 86_400_000;
const open: { world: World; runtime: Runtime; api: RunningApi; dataDir: string }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.api.close();
    await o.runtime.close();
    await o.world.close();
    rmSync(o.dataDir, { recursive: true, force: true });
  }
});

async function start() {
  const clock = new FakeClock(Date.now());
  const world = await startWorld();
  const settings = settingsSchema.parse({ ...world.settings(), monitor: { ...world.settings().monitor, ipv6: false } });
  const store = await openHistoryStore({ dataDir: ':memory:', clock, logger: quietLogger });
  const runtime = createRuntime({ settings, store, logger: quietLogger, version: 'test', clock });
  await runtime.start();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ipwatch-healthz-'));
  const api = await startApi({
    services: runtime.services,
    settings: {
      read: async () => ({ settings, envOverrides: [] }),
      write: async () => ({ ok: true, live: [], restart: [] }),
    },
    api: { ...settings.api, port: 0 },
    dataDir,
    logger: quietLogger,
    version: 'test',
    clock,
  });
  open.push({ world, runtime, api, dataDir });
  const healthz = async () =>
    (await (await fetch(`${api.url}/healthz`)).json()) as {
      lastCheckAt: number | null;
      lastCheckAgeSec: number | null;
    };
  return { clock, healthz };
}

describe.each([
  ['set back a day', -DAY],
  ['set forward a year', 365 * DAY],
])('GET /healthz with the wall clock %s', (_, step) => {
  it('says the real time since the last check', async () => {
    const { clock, healthz } = await start();
    const first = await healthz();
    expect(first.lastCheckAt).not.toBeNull();
    expect(first.lastCheckAgeSec).toBe(0);
    await clock.advance(30_000);
    clock.step(step);
    expect(await healthz()).toMatchObject({ lastCheckAt: first.lastCheckAt, lastCheckAgeSec: 30 });
  });
});
