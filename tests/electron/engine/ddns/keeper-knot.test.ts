/**
 * The keeper (electron/engine/ddns/keeper.ts) against a real Knot primary and secondary (the Knot
 * lab, tests/helpers/knot-lab.ts): a confirmed change is sent as a signed RFC 2136 update, proven
 * at both authoritative servers with the time reported, while a record signed with a wrong key is
 * refused (NOTAUTH/BADSIG) and switched off with that reason; the good record goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DdnsRecordStatus } from '../../../../shared/contract-ddns';
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
});
