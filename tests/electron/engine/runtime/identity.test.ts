/**
 * Who and where beside the address, through the real runtime: the local world's sources answer
 * public addresses, the lookup reads the shipped databases (no request of its own), and a
 * webhook stand-in gets the change notification with the network named in it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { systemClock } from '../../../../electron/engine/clock';
import { createIdentityLookup, type IdentityLookup } from '../../../../electron/engine/identity';
import { createRuntime, type Runtime } from '../../../../electron/engine/runtime';
import { openHistoryStore } from '../../../../electron/engine/store';
import { IDENTITY_FOLDER, identityServiceFor } from '../../../../electron/host/identity';
import { type NotifyFake, startNotifyFake } from '../../../fakes/notify-http';
import { settingsFrom } from '../../../helpers/engine';
import { IDENTITY_FILES, openFiles } from '../../../helpers/open-files';
import { startWorld, type World } from '../../../helpers/world';
import { captureLogger } from '../notify/helpers';

let world: World | null = null;
let fake: NotifyFake | null = null;
let runtime: Runtime | null = null;
let lookup: IdentityLookup | null = null;
let dir: string | null = null;

afterEach(async () => {
  await runtime?.close();
  await Promise.all([world?.close(), fake?.close()]);
  lookup?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  runtime = world = fake = lookup = dir = null;
});

const DTAG = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '79.192.0.0/10' };
const DTAG6 = { ...DTAG, block: '2003::/23' };
const NETCUP = { asn: 197540, org: 'netcup GmbH', country: 'DE', vpn: 'hosting-asn', block: '5.45.96.0/20' };

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
    expect(runtime.status().families.v6).toMatchObject({ ip: '2003::1', identity: DTAG6 });

    world.setIp('5.45.96.1', '2003::1');
    await runtime.engine.checkNow('manual');
    expect(changes.at(-1)).toMatchObject({ to: '5.45.96.1', identity: NETCUP, fromIdentity: DTAG });
    expect(store.history({ family: 4 }).items.map((e) => [e.ip, e.identity])).toEqual([
      ['5.45.96.1', NETCUP],
      ['79.192.1.1', DTAG],
    ]);
    expect(store.history({ family: 4 }).items[0]?.change?.network).toEqual({
      kind: 'network',
      fromAsn: 3320,
      toAsn: 197540,
    });

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

describe("the identity databases' files", () => {
  /** The host's service on a data folder, and a runtime on it started: it looks up both families. */
  async function started(dataDir: string, identity = identityServiceFor(dataDir)) {
    const { logger, records } = captureLogger();
    const store = await openHistoryStore({
      dataDir: ':memory:',
      clock: systemClock,
      logger,
      identify: identity.identify,
    });
    runtime = createRuntime({ settings: settingsFrom(world!.settings()), store, logger, version: 'test', identity });
    await runtime.start();
    return { identity, records };
  }

  it('are closed when the runtime stops, and again after a runtime is started on the same service', async () => {
    world = await startWorld('79.192.1.1', '2003::1');
    dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-identity-fds-'));
    const before = openFiles(IDENTITY_FILES);
    let identity = undefined as ReturnType<typeof identityServiceFor> | undefined;
    for (let round = 0; round < 2; round++) {
      ({ identity } = await started(dir, identity));
      expect(runtime!.status().families.v6.identity).toEqual(DTAG6);
      expect(openFiles(IDENTITY_FILES)).toHaveLength(before.length + 4);
      await runtime!.close();
      runtime = null;
      expect(openFiles(IDENTITY_FILES)).toEqual(before);
    }
  });

  it('say at start, in words, a country database that cannot be read, and the AS is still shown', async () => {
    world = await startWorld('79.192.1.1', '2003::1');
    dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-identity-bad-'));
    mkdirSync(path.join(dir, IDENTITY_FOLDER));
    const bad = path.join(dir, IDENTITY_FOLDER, 'geo-whois-asn-country-ipv6.mmdb');
    writeFileSync(bad, 'not a database\n');
    const { records } = await started(dir);
    expect(
      records.filter((r) => r.message.includes('identity database')).map((r) => [r.message, r.data?.problem]),
    ).toEqual([
      [
        'an identity database cannot be read; addresses are shown without what it holds',
        `IPv6: the database ${bad} is not a readable MMDB file (truncated or of another format): no MMDB metadata in its last 128 KiB`,
      ],
    ]);
    expect(runtime!.status().families.v6.identity).toEqual({ ...DTAG6, country: null });
    expect(runtime!.status().families.v4.identity).toEqual(DTAG);
  });
});
