/**
 * A site's state is data, checked (issue 73): whatever names, labels and addresses a site
 * publishes, the state the watcher reads (contract/fleet/checked.ts readSiteState, the watcher's
 * edge) holds no control, bidi or non-character, and no address but one of its family; a value
 * that was fine comes through unchanged, and each value refused is counted once.
 *
 * Property (fast-check, seeded, the seed printed: tests/helpers/properties.ts). The oracle is this
 * file's own: a regular expression of the forbidden code points written out here (not
 * shared/text-chars.ts), and Node's `net.isIP` for the addresses (not ipaddr.js).
 */
import { isIP } from 'node:net';

import fc from 'fast-check';
import { expect, it } from 'vitest';

import { type FleetState, readSiteState } from '../../../shared/contract/fleet';
import { propertyRun } from '../../helpers/properties';

/** C0, DEL, C1; bidi marks, embeddings, overrides and isolates; non-characters; lone surrogates. */
const PLANE_ENDS = Array.from({ length: 17 }, (_, p) => {
  const hex = (p * 0x10000 + 0xfffe).toString(16);
  return `\\u{${hex}}\\u{${(p * 0x10000 + 0xffff).toString(16)}}`;
}).join('');
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufdd0-\\ufdef\\ud800-\\udfff${PLANE_ENDS}]`,
  'u',
);

const cp = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => String.fromCodePoint(n));
/** Mostly plain text, sometimes what a hostile site would send. */
const char = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...'abcXYZ019 .-_<>"\'&=/:é日本\u{1f3e0}Ω') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  { weight: 1, arbitrary: cp(0, 0x1f) },
  { weight: 1, arbitrary: cp(0x7f, 0x9f) },
  { weight: 1, arbitrary: fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u061c') },
  { weight: 1, arbitrary: fc.constantFrom('\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f') },
  {
    weight: 1,
    arbitrary: fc.oneof(cp(0xfdd0, 0xfdef), fc.constantFrom('\ufffe', '\uffff', '\u{1fffe}', '\u{10ffff}')),
  },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff') },
);
const text = fc.array(char, { maxLength: 24 }).map((cs) => cs.join(''));

/** An address of either family (no IPv4-mapped spelling: that is IPv4), or something that is not one. */
const address = fc.oneof(
  fc.ipV4(),
  fc.ipV6().filter((a) => !a.includes('.')),
  fc.constantFrom('<img src=x onerror=alert(1)>', '1.2.3', '999.1.1.1', 'example.org', '', '::g', '1.2.3.4\u202e'),
  text,
);
const family = fc.option(
  fc.record({
    ip: fc.option(address, { nil: null }),
    since: fc.option(fc.nat(), { nil: null }),
    identity: fc.option(
      fc.record({
        asn: fc.option(fc.nat(), { nil: null }),
        org: fc.option(text, { nil: null }),
        country: fc.option(text, { nil: null }),
        vpn: fc.option(text, { nil: null }),
      }),
      { nil: null },
    ),
  }),
  { nil: null },
);
const state = fc.record({
  v: fc.constant(1),
  site: text,
  online: fc.boolean(),
  reason: fc.option(text, { nil: null }),
  families: fc.record({ v4: family, v6: family }),
  health: fc.option(fc.record({ state: text, label: text }), { nil: null }),
  nat: fc.option(fc.record({ verdict: text, label: text }), { nil: null }),
  ddns: fc.array(fc.record({ name: text, type: text, state: text }), { maxLength: 4 }),
  monitors: fc.array(fc.record({ name: text, state: text }), { maxLength: 4 }),
  version: fc.option(text, { nil: null }),
  at: fc.option(fc.nat(), { nil: null }),
  instance: fc.option(text, { nil: null }),
});

/** Every string of `v` but the addresses, with its path. */
function texts(v: unknown, path = ''): [string, string][] {
  if (typeof v === 'string') return /^families\.v[46]\.ip$/.test(path) ? [] : [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => texts(x, `${path}.${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => texts(x, path ? `${path}.${k}` : k));
  return [];
}
const addressOk = (ip: string | null, fam: 4 | 6) => ip === null || isIP(ip) === fam;

it('a state read holds no forbidden character and no non-address as an address; each refusal counted once', () => {
  fc.assert(
    fc.property(state, (sent) => {
      const { read, refused } = readSiteState(JSON.stringify(sent));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const got: FleetState = read.value;
      const sentTexts = new Map(texts(sent));
      let bad = 0;
      for (const [path, t] of texts(got)) {
        expect(FORBIDDEN.test(t), `${path}: ${JSON.stringify(t)}`).toBe(false);
        const before = sentTexts.get(path)!;
        // Lone surrogates do not survive JSON's UTF-16 round trip differently: compare what was sent.
        if (FORBIDDEN.test(before)) bad += 1;
        else expect(t, path).toBe(before);
      }
      for (const fam of [4, 6] as const) {
        const key = fam === 4 ? 'v4' : 'v6';
        const ip = got.families[key]?.ip ?? null;
        expect(addressOk(ip, fam), `IPv${fam} ${JSON.stringify(ip)}`).toBe(true);
        const sentIp = sent.families[key]?.ip ?? null;
        if (addressOk(sentIp, fam)) expect(ip).toBe(sentIp);
        else bad += 1;
      }
      expect(refused).toBe(bad);
    }),
    propertyRun('fleet state checked'),
  );
});
