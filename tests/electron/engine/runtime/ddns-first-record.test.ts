/**
 * The runtime's DDNS part when the settings first hold a record after the start (issue 49: the
 * keeper, runtime/ddns-keeper.ts, loads only then): a runtime started with no record shows none,
 * then a record added through the settings is built, started and sent the confirmed address
 * (the dyndns2 stand-in, tests/fakes/dyndns2.ts), and removing it again empties the status.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';
import { captureLogger } from '../notify/helpers';

let world: World | null = null;
let dyn: Dyndns2StandIn | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), dyn?.close()]);
  runtime = world = dyn = null;
});

describe('dynamic DNS set up after the start', () => {
  it('keeps a record first added through the settings, and lets it go when removed', async () => {
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    dyn = await startDyndns2('user', 'right-password-1234', ['home.example.org']);
    const { logger } = captureLogger();
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    const settings = settingsFrom(world.settings());
    runtime = createRuntime({ settings, store, logger, version: 'test' });
    await runtime.start();
    expect(runtime.status().ddns!.records).toEqual([]);

    const record = {
      id: 'dyn',
      provider: 'dyndns2' as const,
      server: dyn.url,
      username: 'user',
      password: 'right-password-1234',
      hostname: 'home.example.org',
    };
    await runtime.updateSettings(settingsFrom({ ...world.settings(), ddns: { records: [record] } }));
    await until(() => dyn!.requests.length > 0, { what: 'the first update of the added record' });
    expect(dyn.requests.map((r) => r.url.searchParams.get('myip'))).toEqual(['81.2.69.142']);
    expect(runtime.status().ddns!.records.map((r) => r.id)).toEqual(['dyn']);
    await until(() => (runtime!.status().ddns!.updates?.['updated'] ?? 0) > 0, { what: 'the update counted' });

    await runtime.updateSettings(settingsFrom(world.settings()));
    expect(runtime.status().ddns!.records).toEqual([]);
  }, 30_000);
});
