/**
 * The online enrichment through the real runtime: the local world's sources confirm an address
 * the shipped databases only half name, the identity part asks the ipinfo stand-in once, off the
 * check's path, and the status and the history's run name the network from then on; a token given as a secret
 * reference is resolved, sent, and never logged.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { identityServiceFor } from '../../../../electron/host/identity';
import { startIpinfo } from '../../../fakes/ipinfo';
import { settingsFrom } from '../../../helpers/engine';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';
import { captureLogger } from '../notify/helpers';

let world: World | null = null;
let runtime: Runtime | null = null;
let dir: string | null = null;
let ipinfo: Awaited<ReturnType<typeof startIpinfo>> | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), ipinfo?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
  runtime = world = ipinfo = dir = null;
});

describe('online identity in the running monitor', () => {
  it('asks once for a confirmed address the databases half name, and the status shows the answer', async () => {
    world = await startWorld('223.255.255.1', '2003::1');
    ipinfo = await startIpinfo({ tokens: ['tok-from-env-1234'] });
    ipinfo.known.set('223.255.255.1', { country: 'AU', org: 'AS4764 Aussie Broadband' });
    dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-identity-online-'));
    const { logger, records } = captureLogger('debug');
    const identity = identityServiceFor(dir);
    const store = await openHistoryStore({
      dataDir: ':memory:',
      clock: systemClock,
      logger,
      identify: identity.identify,
    });
    const settings = settingsFrom({
      ...world.settings(),
      identity: { provider: 'ipinfo', url: ipinfo.url, token: { env: 'IPINFO_TOKEN' } },
    });
    runtime = createRuntime({
      settings,
      store,
      logger,
      version: 'test',
      identity,
      secrets: { env: { IPINFO_TOKEN: 'tok-from-env-1234' }, readFile: () => '' },
    });

    const report = await runtime.start();
    // The check did not wait for the service: its report has what the databases know.
    expect(report.families.v4).toMatchObject({ ip: '223.255.255.1' });
    await until(() => runtime!.status().families.v4.identity?.asn === 4764, { what: 'the online answer' });
    expect(runtime.status().families.v4.identity).toEqual({
      asn: 4764,
      org: 'Aussie Broadband',
      country: 'AU',
      vpn: null,
    });
    // The run kept before the answer came has it too.
    await until(() => store.history({ family: 4 }).items[0]?.identity?.asn === 4764, { what: 'the run restamped' });
    expect(store.history({ family: 4 }).items[0]?.identity).toMatchObject({ org: 'Aussie Broadband', country: 'AU' });
    // 2003::1 is fully named offline: never asked. And the address was asked exactly once.
    await runtime.engine.checkNow('manual');
    expect(ipinfo.requests.map((r) => r.url.pathname)).toEqual(['/223.255.255.1/json']);
    expect(ipinfo.requests[0]?.headers.authorization).toBe('Bearer tok-from-env-1234');
    expect(JSON.stringify(records)).not.toContain('tok-from-env-1234');
  });
});
