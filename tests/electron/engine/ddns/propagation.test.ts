/**
 * Proof at the authoritative servers (recordState's table is in record-state.test.ts): the DNS
 * errors in words, then the real thing against the Knot lab (a primary that takes the update and a secondary that follows it by NOTIFY and
 * transfer, both named by the zone's NS records): the servers are found by NS, asked one by one,
 * and the time to "in step" is reported; a secondary held back, and a record changed by hand,
 * are seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type AuthServer, dnsErrorWords, recordState, type Seen } from '../../../../electron/engine/ddns/propagation';
import type { DdnsOutcome } from '../../../../shared/settings/ddns';
import { KNOT, type KnotLab, knotLabPeer, startKnotLab } from '../../../helpers/knot-lab';
import { seededBytes, seededRandom, testSeed } from '../../../helpers/random';

const LIMIT = 60_000;

describe('dnsErrorWords', () => {
  const coded = (code: string, message = `queryA ${code} home.example.org`) =>
    Object.assign(new Error(message), { code });
  it.each<[unknown, string]>([
    // shared/words/error.ts's words, without the full stop: they sit inside a longer line.
    [coded('ETIMEOUT'), 'No answer in time: the service may be down, or a firewall drops the traffic'],
    [
      coded('ESERVFAIL'),
      "The DNS server failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault",
    ],
    [
      coded('EREFUSED'),
      'The DNS server refused the question (REFUSED): it does not answer for this name, or not to this machine',
    ],
    [coded('ECONNREFUSED'), 'Nothing answered there: is the service running?'],
    // A code node:dns left out of its message is still read, and named when no sentence says it.
    [
      coded('ESERVFAIL', 'the look failed'),
      "The DNS server failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault",
    ],
    [coded('EWHATEVER', 'something new'), 'The request failed on the way (EWHATEVER): try again'],
    [new Error("no address for any of example.org's NS (none)"), "No address for any of example.org's NS (none)"],
    ['not an Error', 'Not an Error'],
  ])('%s', (err, words) => expect(dnsErrorWords(err)).toBe(words));
});

const random = seededRandom(testSeed('ddns propagation'));
const secret = seededBytes(random, 32).toString('base64');

interface Proof {
  outcome: DdnsOutcome;
  servers: AuthServer[];
  proof: { inStep: boolean; ms: number; seen: Seen };
}

describe.skipIf(knotLabPeer.skip)(
  'propagation against a real Knot primary and secondary (root, ip netns, knotd)',
  () => {
    let lab: KnotLab;
    const prove = (address: string, limitMs = 10_000) =>
      lab.ask<Proof>({
        op: 'update-then-prove',
        record: lab.record(),
        address,
        resolver: KNOT.primary,
        timeoutMs: 2000,
        limitMs,
        everyMs: 50,
      });
    const look = () =>
      lab.ask<{ seen: Seen }>({
        op: 'look',
        zone: KNOT.zone,
        resolver: KNOT.primary,
        name: KNOT.record,
        type: 'A',
        timeoutMs: 2000,
      });

    beforeAll(async () => {
      lab = await startKnotLab(secret);
    }, 30_000);
    afterAll(() => lab?.stop());

    it('finds both servers by NS, and reports the time until both answer the new address', async () => {
      const { outcome, servers, proof } = await prove('198.51.100.31');
      expect(outcome.kind).toBe('updated');
      expect(servers).toEqual([
        { name: `ns1.${KNOT.zone}`, address: KNOT.primary },
        { name: `ns2.${KNOT.zone}`, address: KNOT.secondary },
      ]);
      expect(proof.inStep).toBe(true);
      expect(proof.ms).toBeGreaterThanOrEqual(0);
      console.log(`propagation: update answered to both servers in step in ${proof.ms} ms`);
      expect(await lab.dig(KNOT.secondary, KNOT.record, 'A')).toEqual(['198.51.100.31']);
    });

    it('a secondary held back is waited for, then named as failed past the limit', async () => {
      await lab.knotc('secondary', 'zone-freeze', KNOT.zone);
      try {
        const { outcome, proof } = await prove('198.51.100.32', 1500);
        expect(outcome.kind).toBe('updated');
        expect(proof.inStep).toBe(false);
        const got = recordState({ phase: 'sent', at: 0 }, '198.51.100.32', proof.seen, proof.ms + 1, 1500);
        expect(got.state).toEqual({
          state: 'failed',
          why: expect.stringMatching(
            /^not in step \d+ s after the update: ns2\.lab\.test \(10\.53\.0\.2\) answers 198\.51\.100\.31$/,
          ),
          code: expect.objectContaining({ code: 'reason.ddns.notInStep' }),
        });
      } finally {
        await lab.knotc('secondary', 'zone-thaw', KNOT.zone);
      }
    });

    it('a record changed by hand is seen at the next look, and set right', async () => {
      expect((await prove('198.51.100.33')).proof.inStep).toBe(true);
      await lab.knotc('primary', 'zone-begin', KNOT.zone);
      await lab.knotc('primary', 'zone-unset', KNOT.zone, 'home', 'A');
      await lab.knotc('primary', 'zone-set', KNOT.zone, 'home', '60', 'A', '203.0.113.66');
      await lab.knotc('primary', 'zone-commit', KNOT.zone);
      const { seen: what } = await look();
      const judged = recordState({ phase: 'settled' }, '198.51.100.33', what, 0, LIMIT);
      expect(judged.resend).toBe(true);
      expect(judged.state).toMatchObject({
        state: 'updating',
        why: expect.stringContaining('ns1.lab.test (10.53.0.1) answers 203.0.113.66'),
      });
      const again = await prove('198.51.100.33');
      expect(again.outcome.kind).toBe('updated');
      expect(again.proof.inStep).toBe(true);
    });
  },
);
