/**
 * Who and where beside the address, through the real runtime: the local world's sources answer
 * public addresses, the lookup reads the shipped databases (no request of its own), and a
 * webhook stand-in gets the change notification with the network named in it.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createIdentityLookup, type IdentityLookup } from '../../../../electron/engine/identity';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { settingsFrom } from '../../../helpers/engine';
import { startWorld, type World } from '../../../helpers/world';
import { captureLogger } from '../notify/helpers';

let world: World | null = null;
let fake: NotifyFake | null = null;
let runtime: Runtime | null = null;
let lookup: IdentityLookup | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), fake?.close()]);
  lookup?.close();
  runtime = world = fake = lookup = null;
});

const DTAG = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null };
const NETCUP = { asn: 197540, org: 'netcup GmbH', country: 'DE', vpn: 'hosting-asn' };

describe('network identity in the running monitor', () => {
  it('is in the status, on the change event, in the stored run and in the notification', async () => {
    world = await startWorld('79.192.1.1', '2003::1');
    fake = await startNotifyFake();
    const { logger } = captureLogger();
    const identity = (lookup = createIdentityLookup());
    const identify = (ip: string) => identity.lookup(ip);
    const store = await openHistoryStore({ dataDir: ':memory:', clock: systemClock, logger, identify });
    const settings = settingsFrom({
      ...world.settings(),
      notifications: {
        flapWindowSec: 0,
        timezone: 'UTC',
        retry: { initialSec: 0.05, maxSec: 0.2, timeoutSec: 2 },
        channels: [{ id: 'hook', type: 'webhook', url: `${fake.url}/hook` }],
      },
    });
    runtime = createRuntime({ settings, store, logger, version: 'test', identify });
    const changes: unknown[] = [];
    runtime.engine.on((e) => void (e.type === 'change' && changes.push(e)));

    const report = await runtime.start();
    expect(report.families.v4).toMatchObject({ ip: '79.192.1.1', identity: DTAG });
    expect(runtime.status().families.v6).toMatchObject({ ip: '2003::1', identity: DTAG });

    world.setIp('5.45.96.1', '2003::1');
    await runtime.engine.checkNow('manual');
    expect(changes.at(-1)).toMatchObject({ to: '5.45.96.1', identity: NETCUP, fromIdentity: DTAG });
    expect(store.history({ family: 4 }).items.map((e) => [e.ip, e.identity])).toEqual([
      ['5.45.96.1', NETCUP],
      ['79.192.1.1', DTAG],
    ]);

    await fake.waitFor((r) => r.some((x) => x.body.includes('5.45.96.1')), 10_000);
    const sent = JSON.parse(fake.requests.find((x) => x.body.includes('5.45.96.1'))!.body) as {
      text: string;
      data: Record<string, unknown>;
    };
    expect(sent.text).toContain('Network: AS197540 netcup GmbH, DE (hosting or cloud network)');
    expect(sent.text).toContain('Old network: AS3320 Deutsche Telekom AG, DE');
    expect(sent.data).toMatchObject({ kind: 'ipv4-changed', identity: NETCUP, fromIdentity: DTAG });
  });
});
