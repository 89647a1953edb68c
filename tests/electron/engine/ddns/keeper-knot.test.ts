/**
 * The keeper (electron/engine/ddns/keeper.ts) against a real Knot primary and secondary (the Knot
 * lab, tests/helpers/knot-lab.ts): a confirmed change is sent as a signed RFC 2136 update, proven
 * at both authoritative servers with the time reported, while a record signed with a wrong key is
 * refused (NOTAUTH/BADSIG) and switched off with that reason; the good record goes on. With the
 * NS names given IPv6 addresses too, the keeper (in a namespace with no IPv6 route, as on an
 * IPv4-only host or Docker's default bridge) asks them over IPv4 only and names the IPv6 ones
 * "not asked from here", never a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../../shared/contract/ddns';
import { KNOT, type KnotLab, knotLabPeer, startKnotLab } from '../../../helpers/knot-lab';
import { seededBytes, seededRandom, testSeed } from '../../../helpers/random';

const seed = testSeed('ddns keeper against knot');
const random = seededRandom(seed);
const secret = seededBytes(random, 32).toString('base64');
const wrongSecret = seededBytes(random, 32).toString('base64');

describe.skipIf(knotLabPeer.skip)('records kept in step on a real Knot (root, ip netns, knotd)', () => {
  let lab: KnotLab;
  beforeAll(async () => {
    lab = await startKnotLab(secret);
  }, 30_000);
  afterAll(() => lab?.stop());

  it('updates on the confirmed change, proves it at both servers; a wrong key switches only its record off', async () => {
    const { records, logs } = await lab.ask<{ records: DdnsRecordStatus[]; logs: string[] }>({
      op: 'keep',
      records: [lab.record(), lab.record({ id: 'wrong-key', secret: wrongSecret })],
      address: '198.51.100.61',
      resolver: KNOT.primary,
      limitMs: 10_000,
      seed,
    });
    const byId = Object.fromEntries(records.map((r) => [r.id, r]));
    expect(byId.home, logs.join('\n')).toMatchObject({ state: 'in-step', address: '198.51.100.61', why: null });
    expect(byId.home!.lastPropagationMs).toBeGreaterThanOrEqual(0);
    console.log(`keeper on knot: update to in step at both servers in ${byId.home!.lastPropagationMs} ms`);
    expect(byId['wrong-key']).toMatchObject({ state: 'stopped', why: expect.stringContaining('NOTAUTH/BADSIG') });
    expect(await lab.dig(KNOT.primary, KNOT.record, 'A')).toEqual(['198.51.100.61']);
    expect(await lab.dig(KNOT.secondary, KNOT.record, 'A')).toEqual(['198.51.100.61']);
  }, 30_000);

  it('asks the NS over IPv4 only when this host has no IPv6 route: in step, the IPv6 servers not asked', async () => {
    await lab.knotc('primary', 'zone-begin', KNOT.zone);
    await lab.knotc('primary', 'zone-set', KNOT.zone, 'ns1', '60', 'AAAA', '2001:db8:53::1');
    await lab.knotc('primary', 'zone-set', KNOT.zone, 'ns2', '60', 'AAAA', '2001:db8:53::2');
    await lab.knotc('primary', 'zone-commit', KNOT.zone);
    expect(await lab.dig(KNOT.primary, `ns1.${KNOT.zone}`, 'AAAA')).toEqual(['2001:db8:53::1']);
    const { records, logs } = await lab.ask<{ records: DdnsRecordStatus[]; logs: string[] }>({
      op: 'keep',
      records: [lab.record()],
      address: '198.51.100.62',
      resolver: KNOT.primary,
      limitMs: 10_000,
      seed,
    });
    expect(records[0], logs.join('\n')).toMatchObject({
      state: 'in-step',
      address: '198.51.100.62',
      why: null,
      notAsked: [`ns1.${KNOT.zone} (2001:db8:53::1)`, `ns2.${KNOT.zone} (2001:db8:53::2)`],
    });
    expect(await lab.dig(KNOT.secondary, KNOT.record, 'A')).toEqual(['198.51.100.62']);
  }, 30_000);
});
