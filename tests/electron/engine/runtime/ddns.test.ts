/**
 * The runtime's DDNS part (electron/engine/runtime/ddns.ts) in the real runtime, on the local
 * world of sources: the engine's first confirmed address reaches the dyndns2 stand-in
 * (tests/fakes/dyndns2.ts), whose `badauth` switches that record off; a record turned off and
 * one that cannot be built are shown with why; the status never carries a secret; the Test
 * answers for a saved record and for one being edited (its secret kept as `{ "set": true }`).
 * No record here reaches a look at the authoritative servers (that would ask the system's
 * resolver): the keeper's own tests do that against stand-ins and Knot.
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

const PASSWORD = 'right-password-1234';
let world: World | null = null;
let dyn: Dyndns2StandIn | null = null;
let runtime: Runtime | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), dyn?.close()]);
  runtime = world = dyn = null;
});

describe('dynamic DNS in the running monitor', () => {
  it('sends the confirmed address, shows each record state without secrets, and tests a record', async () => {
    world = await startWorld('81.2.69.142', '2a02:1:2:3::5');
    dyn = await startDyndns2('user', PASSWORD, ['home.example.org']);
    const { logger } = captureLogger();
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger });
    const dynRecord = {
      id: 'dyn',
      provider: 'dyndns2' as const,
      server: dyn.url,
      username: 'user',
      password: 'wrong-password-99',
      hostname: 'home.example.org',
    };
    const settings = settingsFrom({
      ...world.settings(),
      ddns: {
        records: [
          dynRecord,
          { ...dynRecord, id: 'off', enabled: false },
          {
            id: 'bad',
            provider: 'rfc2136',
            server: '127.0.0.1',
            zone: 'example.org',
            name: 'home.example.org',
            keyName: 'k',
            secret: 'not base64 !!',
          },
        ],
      },
    });
    runtime = createRuntime({ settings, store, logger, version: 'test' });
    let changes = 0;
    runtime.features.onChange(() => void changes++);
    await runtime.start();
    const record = (id: string) => runtime!.status().ddns!.records.find((r) => r.id === id);
    await until(() => record('dyn')?.state === 'stopped', { what: 'the dyndns2 record refused' });

    expect(dyn.requests.map((r) => r.url.searchParams.get('myip'))).toEqual(['81.2.69.142']);
    expect(record('dyn')!.why).toContain('badauth');
    expect(record('off')).toMatchObject({ state: 'off' });
    expect(record('bad')).toMatchObject({ state: 'stopped', why: expect.stringMatching(/base64/i) });
    expect(changes).toBeGreaterThan(0);
    expect(JSON.stringify(runtime.status())).not.toContain('wrong-password-99');

    const { testDdnsRecord } = runtime.features.handlers;
    const ctx = {} as never;
    expect(await testDdnsRecord({ recordId: 'dyn' }, ctx)).toMatchObject({ ok: true, holds: null });
    const edited = { ...dynRecord, password: { set: true } } as never;
    expect(await testDdnsRecord({ record: edited }, ctx)).toMatchObject({ ok: true, holds: null });
    const unsaved = { ...dynRecord, id: 'new', password: { set: true } } as never;
    expect(await testDdnsRecord({ record: unsaved }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringContaining('no stored secret'),
    });
    await expect(testDdnsRecord({ recordId: 'nope' }, ctx)).rejects.toThrow(/no dynamic DNS record "nope"/);
    expect(dyn.requests).toHaveLength(1); // a Test never updates
  }, 30_000);
});
