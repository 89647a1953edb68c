/**
 * RFC 2136 updates signed with TSIG, against Debian's real Knot (tests/helpers/knot-lab.ts): the
 * engine's updater runs in a probe inside the lab's namespace; every result is asked back from
 * Knot directly with kdig, never from our own code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DdnsOutcome } from '../../../../shared/settings/ddns';
import { KNOT, type KnotLab, knotLabPeer, startKnotLab } from '../../../helpers/knot-lab';
import { seededBytes, seededRandom, testSeed } from '../../../helpers/random';

const random = seededRandom(testSeed('ddns rfc2136'));
const secret = seededBytes(random, 32).toString('base64');
const wrongSecret = seededBytes(random, 32).toString('base64');

describe.skipIf(knotLabPeer.skip)('RFC 2136 with TSIG against a real Knot (root, ip netns, knotd)', () => {
  let lab: KnotLab;
  const update = (address: string, over: Record<string, unknown> = {}) =>
    lab.ask<DdnsOutcome>({ op: 'update', record: lab.record(over), address, timeoutMs: 3000 });
  const serial = async () => (await lab.dig(KNOT.primary, KNOT.zone, 'SOA'))[0]?.split(' ')[2];

  beforeAll(async () => {
    lab = await startKnotLab(secret);
  }, 30_000);
  afterAll(() => lab?.stop());

  it('an update lands: the primary answers the new address, and the other type is left alone', async () => {
    expect(await update('198.51.100.7')).toEqual({ kind: 'updated', detail: 'home.lab.test A 198.51.100.7 (TTL 60)' });
    expect(await lab.dig(KNOT.primary, KNOT.record, 'A')).toEqual(['198.51.100.7']);
    expect(await lab.dig(KNOT.primary, KNOT.record, 'AAAA')).toEqual(['2001:db8::1']);
    expect(lab.log('primary')).toMatch(/DDNS, finished, serial \d+ -> \d+/);
  });

  it('a second identical update is unchanged and changes nothing in the zone', async () => {
    await update('198.51.100.9');
    const before = await serial();
    expect(await update('198.51.100.9')).toMatchObject({ kind: 'unchanged' });
    expect(await serial()).toBe(before);
    expect(await lab.dig(KNOT.primary, KNOT.record, 'A')).toEqual(['198.51.100.9']);
  });

  it('AAAA follows an IPv6 address; an IPv4 address for an AAAA record is refused before sending', async () => {
    expect(await update('2001:db8:5::7', { type: 'AAAA' })).toMatchObject({ kind: 'updated' });
    expect(await lab.dig(KNOT.primary, KNOT.record, 'AAAA')).toEqual(['2001:db8:5::7']);
    expect(await update('198.51.100.7', { type: 'AAAA' })).toMatchObject({ kind: 'stop' });
  });

  it('a wrong secret is refused (NOTAUTH/BADSIG): stop, with the reason, and the record is untouched', async () => {
    await update('198.51.100.20');
    const outcome = await update('198.51.100.21', { secret: wrongSecret });
    expect(outcome).toEqual({
      kind: 'stop',
      reason: `${KNOT.primary}:53 refused the TSIG key: NOTAUTH/BADSIG; check the key name (${KNOT.keyName}) and its secret`,
      code: expect.objectContaining({ code: 'reason.ddns.tsigRefused' }),
    });
    expect(await lab.dig(KNOT.primary, KNOT.record, 'A')).toEqual(['198.51.100.20']);
  });

  it('an unknown key name is refused (NOTAUTH/BADKEY): stop', async () => {
    const outcome = await update('198.51.100.22', { keyName: 'nobody.lab.test' });
    expect(outcome).toMatchObject({ kind: 'stop', reason: expect.stringContaining('NOTAUTH/BADKEY') });
  });

  it('a zone the server does not serve: stop (NOTAUTH)', async () => {
    const outcome = await update('198.51.100.23', { zone: 'other.test', name: 'home.other.test' });
    expect(outcome).toMatchObject({ kind: 'stop', reason: expect.stringContaining('NOTAUTH') });
  });

  // Issue 47: BADTIME used to stop the record until someone edited it; a clock heals (NTP, a
  // clock battery), so it waits and says by how much the clock is off, read from Knot's answer.
  it.each([
    ['ahead', 600_000, /this machine's clock is (59\d|60\d) s off \(ahead of the server's\)$/],
    ['behind', -900_000, /this machine's clock is (89\d|90\d) s off \(behind the server's\)$/],
  ])('a clock %s of the server: BADTIME, retry, saying how far off it is', async (_name, skewMs, words) => {
    await update('198.51.100.30');
    const outcome = await lab.ask<DdnsOutcome>({
      op: 'update',
      record: lab.record(),
      address: '198.51.100.31',
      timeoutMs: 3000,
      skewMs,
    });
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringMatching(words) });
    expect(outcome).toMatchObject({ reason: expect.stringContaining('(NOTAUTH/BADTIME)') });
    expect(await lab.dig(KNOT.primary, KNOT.record, 'A')).toEqual(['198.51.100.30']);
  });

  it('no server on the port: retry, not stop', async () => {
    const outcome = await update('198.51.100.24', { port: 5353 });
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringContaining(`${KNOT.primary}:5353`) });
  });
});
