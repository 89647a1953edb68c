/**
 * The router's port mappings read from Debian's real miniupnpd (the router lab,
 * tests/helpers/router-lab.ts; skipped without root, ip netns, nft and miniupnpd unless
 * IPWATCH_REQUIRE_PEERS=1): the engine's UPnP-IGD client in `lan` lists none, adds one by
 * AddPortMapping, and lists it (tests/fixtures/router/lan-mappings.ts).
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LAB, routerLabPeer, type RouterLab, startRouterLab } from '../../../helpers/router-lab';

const SCRIPT = path.resolve(import.meta.dirname, '../../../fixtures/router/lan-mappings.ts');

describe.skipIf(routerLabPeer.skip)('port mappings on the lab router (root, ip netns, miniupnpd)', () => {
  let lab: RouterLab;
  beforeAll(async () => {
    lab = await startRouterLab();
  }, 60_000);
  afterAll(() => lab?.stop());

  it('lists the mapping AddPortMapping made, as miniupnpd keeps it', async () => {
    const { stdout } = await lab.exec('lan', [
      process.execPath,
      '--import',
      'tsx',
      SCRIPT,
      LAB.gateway,
      LAB.lanAddress,
      '8022',
    ]);
    const out = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(out.before).toEqual({ ok: true, value: [] });
    expect(out.added).toEqual({ kind: 'ok', values: {} });
    expect(out.after).toEqual({
      ok: true,
      value: [
        {
          protocol: 'TCP',
          externalPort: 8022,
          internalPort: 8022,
          internalClient: LAB.lanAddress,
          enabled: true,
          description: 'ipwatch lab',
        },
      ],
    });
  }, 60_000);
});
