/**
 * The fleet that cannot start (electron/engine/runtime/fleet.ts, issue 62): a broker password given
 * by a reference that does not resolve leaves the link failing with its why as a code beside the
 * English the status gave before (`fleet.password: ...`), so Settings' fleet line says it in its
 * language; the status as the contract types it. The real runtime over loopback sources.
 */
import { afterEach, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { fleetStatusSchema } from '../../../../shared/contract/fleet';
import { settingsFrom } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';

let world: World | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await world?.close();
  runtime = world = null;
});

it("a broker password's reference not resolved: failing, with the reference's code", async () => {
  world = await startWorld('81.2.69.142');
  const settings = settingsFrom({
    ...world.settings({ monitor: { ipv6: false } }),
    fleet: {
      publish: true,
      site: 'home',
      brokerUrl: 'mqtt://127.0.0.1:1',
      username: 'home',
      password: { env: 'FLEET_PASS_UNSET' },
    },
  });
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
  runtime = createRuntime({ settings, store, logger, version: 'test', secrets: { env: {}, readFile: () => '' } });
  await runtime.start();
  const fleet = runtime.status().fleet!;
  expect(fleetStatusSchema.parse(fleet)).toEqual(fleet);
  expect(fleet.link).toEqual({
    state: 'failing',
    error: 'fleet.password: environment variable FLEET_PASS_UNSET is not set',
    reason: {
      code: 'reason.secret.unresolved',
      values: { field: 'fleet.password', kind: 'env', name: 'FLEET_PASS_UNSET' },
    },
    since: null,
  });
});
