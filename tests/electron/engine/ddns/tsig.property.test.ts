/**
 * Properties (fast-check, seeded by tests/helpers/properties.ts) of DNS packets and TSIG
 * (electron/engine/ddns/tsig.ts) against the stand-in server's signer (tests/fakes/dns-update-server.ts),
 * written apart on purpose: for any key and any update, the answer the stand-in signs verifies;
 * signed with another secret or not at all it does not, in words; and no answer changed on the way
 * (a bit flipped, a byte cut) verifies unless what it says is what was signed.
 */
import dnsPacket from 'dns-packet';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { signPacket, type TsigKey, verifyAnswer } from '../../../../electron/engine/ddns/tsig';
import { answerTo, type UpdateFault } from '../../../fakes/dns-update-server';
import { propertyRun } from '../../../helpers/properties';

const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,14}[a-zA-Z0-9])?$/);
const domain = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
const secret = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from(b));
const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((b) => b.join('.'));

const update = fc.record({
  keyName: domain,
  secret,
  zone: domain,
  host: label,
  address: v4,
  check: fc.boolean(),
  id: fc.nat(0xffff),
});
type Update = typeof update extends fc.Arbitrary<infer U> ? U : never;
/** A record as dns-packet decodes a TSIG one (its types do not say so for every record kind). */
interface Rr {
  name: string;
  class: string;
  ttl: number;
  flush?: boolean;
  data: Buffer;
}

/** The request as the updater sends it (rfc2136.ts): the zone as the question, then a prerequisite or an update. */
function signed(u: Update): { key: TsigKey; wire: Buffer; mac: Buffer } {
  const key: TsigKey = { name: u.keyName, algorithm: 'hmac-sha256', secret: u.secret };
  const rr = { name: `${u.host}.${u.zone}`, type: 'A', class: 'IN', data: u.address } as const;
  const packet: dnsPacket.Packet = {
    id: u.id,
    type: 'query',
    flags: 5 << 11,
    questions: [{ name: u.zone, type: 'SOA', class: 'IN' }],
    answers: u.check ? [{ ...rr, ttl: 0 }] : [],
    authorities: u.check ? [] : [{ ...rr, ttl: 300 }],
  };
  return { key, ...signPacket(packet, key, Date.now()) };
}

const answer = (u: Update, fault: UpdateFault) => {
  const s = signed(u);
  return { ...s, msg: answerTo(s.wire, u.keyName, u.secret, fault, false) };
};

/**
 * What an answer says, apart from its id (the MAC covers the original id) and the letter case of
 * the TSIG record's key and algorithm names (the MAC covers them in canonical form, RFC 8945 4.3.3).
 */
function says(msg: Buffer): unknown {
  const d = dnsPacket.decode(msg);
  const tsig = d.additionals!.at(-1) as unknown as Rr;
  const data = Buffer.from(tsig.data);
  for (let i = 0; data[i] !== 0; i++) if (data[i]! >= 0x41 && data[i]! <= 0x5a) data[i]! |= 0x20;
  return { ...d, id: 0, additionals: [{ ...tsig, name: tsig.name.toLowerCase(), data }] };
}

describe('TSIG on any update', () => {
  it("verifies the stand-in's signed answer, and the rcode it carries is the one the stand-in chose", () => {
    fc.assert(
      fc.property(update, (u) => {
        const { msg, mac, key } = answer(u, 'none');
        expect(verifyAnswer(msg, mac, key, Date.now())).toEqual({ ok: true });
        expect(msg[3]! & 0x0f).toBe(u.check ? 8 : 0); // NXRRSET for the check, NOERROR for the update
      }),
      propertyRun('TSIG signed answers verify'),
    );
  });

  it('refuses in words an answer signed with another secret, or not signed', () => {
    fc.assert(
      fc.property(update, fc.constantFrom<UpdateFault>('forged', 'unsigned'), (u, fault) => {
        const { msg, mac, key } = answer(u, fault);
        const check = verifyAnswer(msg, mac, key, Date.now());
        expect(check.ok).toBe(false);
        if (!check.ok && 'problem' in check) expect(check.problem).toMatch(/^the answer('s)? [A-Za-z ]+/);
        if (fault === 'unsigned') expect(check).toMatchObject({ unsigned: true });
      }),
      propertyRun('TSIG forged answers refused'),
    );
  });

  it('refuses an answer to another request (its MAC covers the request it answers)', () => {
    fc.assert(
      fc.property(update, update, (u, other) => {
        const { msg, key } = answer(u, 'none');
        const { mac: otherMac } = signed({ ...other, keyName: u.keyName, secret: u.secret });
        fc.pre(!otherMac.equals(answer(u, 'none').mac));
        expect(verifyAnswer(msg, otherMac, key, Date.now()).ok).toBe(false);
      }),
      propertyRun('TSIG answer bound to its request'),
    );
  });

  it('never verifies a changed answer that says anything other than what was signed', () => {
    fc.assert(
      fc.property(update, fc.nat(), fc.nat(7), (u, at, bit) => {
        const { msg, mac, key } = answer(u, 'none');
        const changed = Buffer.from(msg);
        changed[at % msg.length]! ^= 1 << bit;
        let check;
        try {
          check = verifyAnswer(changed, mac, key, Date.now());
        } catch {
          return; // rfc2136.ts turns a throw into "a malformed answer", a retry
        }
        if (check.ok) expect(says(changed)).toEqual(says(msg));
      }),
      propertyRun('TSIG flipped bits'),
    );
  });

  it('never verifies an answer cut short', () => {
    fc.assert(
      fc.property(update, fc.nat(), (u, cut) => {
        const { msg, mac, key } = answer(u, 'none');
        const short = msg.subarray(0, cut % msg.length);
        let ok = false;
        try {
          ok = verifyAnswer(short, mac, key, Date.now()).ok;
        } catch {
          // a malformed answer: a retry
        }
        expect(ok).toBe(false);
      }),
      propertyRun('TSIG cut answers'),
    );
  });
});

describe('the counterexamples the flipped-bit property found, kept as plain tests', () => {
  const u: Update = {
    keyName: 'ddns.example.org',
    secret: Buffer.alloc(32, 5),
    zone: 'example.org',
    host: 'home',
    address: '192.0.2.7',
    check: false,
    id: 4242,
  };
  /** The signed answer with its TSIG record changed where the MAC does not look. */
  const withTsig = (change: (tsig: Rr) => void) => {
    const { msg, mac, key } = answer(u, 'none');
    const d = dnsPacket.decode(msg);
    const tsig = d.additionals!.at(-1) as unknown as Rr;
    change(tsig);
    return verifyAnswer(dnsPacket.encode(d), mac, key, Date.now());
  };

  it('the unchanged answer verifies', () => {
    expect(withTsig(() => undefined)).toEqual({ ok: true });
  });

  it.each<[string, (tsig: Rr) => void, RegExp]>([
    ['class IN, not ANY', (t) => void (t.class = 'IN'), /not of class ANY with TTL 0 \(IN, 0\)/],
    ['the class top bit set (0x80FF)', (t) => void (t.flush = true), /not of class ANY with TTL 0/],
    ['a TTL', (t) => void (t.ttl = 60), /not of class ANY with TTL 0 \(ANY, 60\)/],
    ['an Other Len past the end', (t) => void (t.data[t.data.length - 2] = 1), /lengths do not add up to its size/],
  ])('a TSIG record with %s is refused in words', (_what, change, why) => {
    expect(withTsig(change)).toMatchObject({ ok: false, problem: expect.stringMatching(why) });
  });
});
