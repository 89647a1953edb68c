/**
 * A check's one cause (shared/check-cause.ts, issue 75): the table of what each source did to the
 * cause, the family beside the other, and the outage's; then a property with an oracle of its own
 * (counting by hand what the sources gave): "did not agree" only with two different addresses,
 * "no IPv6" only when IPv4 reached out and IPv6 reached nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type CauseAttempt,
  type CheckCause,
  checkCauses,
  familyCause,
  outageCause,
  withOther,
} from '../../shared/check-cause';
import { propertyRun } from '../helpers/properties';

const addr = (ip: string): CauseAttempt => ({ ok: true, ip });
const refused: CauseAttempt = { ok: false }; // a timeout, no route, a DNS lookup that failed
const page: CauseAttempt = { ok: false, replied: true }; // a portal's page, NXDOMAIN, HTTP 503
const filtered: CauseAttempt = { ok: false, filtered: true }; // an address the detection filter dropped (issue 76)
const unbound: CauseAttempt = { ok: false, unbound: true }; // the interface chosen to leave from has no address

describe('familyCause', () => {
  it.each<[string, CauseAttempt[], boolean, CheckCause | null]>([
    ['an address confirmed', [addr('81.2.69.142'), addr('81.2.69.142')], true, null],
    ['confirmed by one, whatever the others met', [addr('81.2.69.142'), refused, page], true, null],
    ['no request sent', [], false, 'no-source'],
    ['every request failed to connect', [refused, refused, refused], false, 'network'],
    ['one request only, failed to connect', [refused], false, 'network'],
    ['one reply without an address among failures to connect', [refused, page, refused], false, 'no-address'],
    ['replies without an address only', [page, page], false, 'no-address'],
    ['one address, too few to confirm', [addr('81.2.69.142'), refused], false, 'too-few'],
    ['one address twice, beside a page', [addr('81.2.69.142'), addr('81.2.69.142'), page], false, 'too-few'],
    ['two different addresses', [addr('81.2.69.142'), addr('81.2.69.222')], false, 'differ'],
    [
      'two different addresses among failures',
      [refused, addr('81.2.69.142'), page, addr('81.2.69.222')],
      false,
      'differ',
    ],
    ['every address dropped by the filter', [filtered, filtered], false, 'filtered'],
    ['an address dropped by the filter beside pages and failures', [refused, page, filtered], false, 'filtered'],
    ['one address kept, another dropped: too few', [addr('81.2.69.142'), filtered], false, 'too-few'],
    ['the way out chosen cannot be used', [unbound, unbound], false, 'no-egress'],
    ['a reply without an address beside a way out not usable', [unbound, page], false, 'no-address'],
  ])('%s', (_name, attempts, confirmed, expected) => {
    expect(familyCause(attempts, confirmed)).toBe(expected);
  });
});

describe('withOther and checkCauses', () => {
  it.each<[string, CheckCause | null, 4 | 6, CheckCause | null | undefined, CheckCause | null]>([
    ['IPv6 unreachable, IPv4 confirmed', 'network', 6, null, 'no-ipv6'],
    ['IPv6 unreachable, IPv4 gave addresses that differ', 'network', 6, 'differ', 'no-ipv6'],
    ['IPv6 unreachable, IPv4 gave too few alike', 'network', 6, 'too-few', 'no-ipv6'],
    ['IPv4 unreachable, IPv6 confirmed', 'network', 4, null, 'no-ipv4'],
    ['both unreachable: the network, never "no IPv6"', 'network', 6, 'network', 'network'],
    ['IPv6 unreachable, IPv4 met only pages', 'network', 6, 'no-address', 'network'],
    ['IPv6 unreachable, IPv4 off or not checked yet', 'network', 6, undefined, 'network'],
    ['IPv6 unreachable, IPv4 has no source', 'network', 6, 'no-source', 'network'],
    ['IPv6 met a page, IPv4 confirmed', 'no-address', 6, null, 'no-address'],
    ['IPv6 confirmed', null, 6, 'network', null],
    ['IPv6 unreachable, IPv4 gave only filtered addresses: it reached out', 'network', 6, 'filtered', 'no-ipv6'],
    ['IPv6 cannot leave from its interface, IPv4 confirmed', 'no-egress', 6, null, 'no-egress'],
  ])('%s', (_name, own, family, other, expected) => {
    expect(withOther(own, family, other)).toBe(expected);
  });

  it('weighs each family beside the other, and only the families asked', () => {
    expect(checkCauses({ 4: null, 6: 'network' })).toEqual({ 4: null, 6: 'no-ipv6' });
    expect(checkCauses({ 4: 'network', 6: 'network' })).toEqual({ 4: 'network', 6: 'network' });
    expect(checkCauses({ 6: 'network' })).toEqual({ 6: 'network' });
  });
});

describe('outageCause', () => {
  it.each<[(CheckCause | null | undefined)[], 'network' | 'no-address']>([
    [['network', 'network'], 'network'],
    [['network'], 'network'],
    [['network', 'no-address'], 'no-address'],
    [['no-address'], 'no-address'],
    [[undefined], 'network'],
  ])('%j: %s', (causes, expected) => {
    expect(outageCause(causes)).toBe(expected);
  });
});

describe('property: a cause is said only when it is true', () => {
  const attempt = fc.oneof(
    fc.constantFrom('81.2.69.142', '81.2.69.222', '81.2.69.160').map(addr),
    fc.constant(refused),
    fc.constant(page),
    fc.constant(filtered),
    fc.constant(unbound),
  );
  it('differ, too-few, filtered, no-address, no-egress and network follow what the sources gave', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 8 }), (attempts) => {
        const cause = familyCause(attempts, false);
        // The oracle: count by hand.
        const seen: string[] = [];
        let replies = 0;
        let dropped = 0;
        let stuck = 0;
        for (const a of attempts) {
          if (a.ok && a.ip && !seen.includes(a.ip)) seen.push(a.ip);
          if (!a.ok && a.replied) replies++;
          if (a.filtered) dropped++;
          if (a.unbound) stuck++;
        }
        if (attempts.length === 0) return cause === 'no-source';
        if (cause === 'differ') return seen.length >= 2;
        if (seen.length >= 2) return false;
        if (cause === 'too-few') return seen.length === 1;
        if (seen.length) return false;
        if (cause === 'filtered') return dropped > 0;
        if (cause === 'no-address') return dropped === 0 && replies > 0;
        if (cause === 'no-egress') return dropped === 0 && replies === 0 && stuck > 0;
        return cause === 'network' && dropped === 0 && replies === 0 && stuck === 0;
      }),
      propertyRun('check cause: family'),
    );
  });

  it('no IPv6 only when IPv4 reached out and IPv6 reached nothing', () => {
    const own = fc.constantFrom<CheckCause | null>(null, 'network', 'no-address', 'differ', 'too-few', 'no-source');
    fc.assert(
      fc.property(own, own, (v4, v6) => {
        const out = checkCauses({ 4: v4, 6: v6 });
        const v4Out = v4 === null || v4 === 'differ' || v4 === 'too-few';
        return (out[6] === 'no-ipv6') === (v6 === 'network' && v4Out);
      }),
      propertyRun('check cause: no IPv6'),
    );
  });
});
