/**
 * A record's IPv6 suffix (shared/ipv6-suffix.ts) and its `address` setting (shared/settings/ddns.ts):
 * the suffix's table, the /64 it is put behind, and the messages a bad setting gets (a MAC, a
 * prefix length and a named prefix too: shared/ipv6-host.ts, whose own table is ipv6-host.test.ts).
 */
import { describe, expect, it } from 'vitest';

import { parseSuffix, prefix64, withSuffix } from '../../shared/ipv6-suffix';
import { ddnsRecordSchema, recordAddressOf } from '../../shared/settings/ddns';

describe('an IPv6 suffix', () => {
  it.each([
    ['::1:2:3:4', { ok: true, suffix: '::1:2:3:4' }],
    [' 0:0:0:0:72AD:8FBB:0:1 ', { ok: true, suffix: '::72ad:8fbb:0:1' }],
    ['::1', { ok: true, suffix: '::1' }],
    [
      '2001:db8::1',
      { ok: false, error: '2001:db8::1 sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4' },
    ],
    ['::', { ok: false, error: "the suffix :: is all zeros: give the device's own, such as ::1:2:3:4" }],
    ['::1:2:3:4/64', { ok: false, error: '"::1:2:3:4/64" is not an IPv6 suffix such as ::1:2:3:4' }],
    ['::1:2:3:4:5:6:7:8', { ok: false, error: '"::1:2:3:4:5:6:7:8" is not an IPv6 suffix such as ::1:2:3:4' }],
    ['::ffff:192.0.2.1', { ok: false, error: '"::ffff:192.0.2.1" is not an IPv6 suffix such as ::1:2:3:4' }],
  ])('%j -> %j', (text, want) => {
    expect(parseSuffix(text)).toEqual(want);
  });

  it.each([
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '::1:2:3:4', '2001:db8:1:2:1:2:3:4', '2001:db8:1:2::/64'],
    ['2001:db8::9', '::5', '2001:db8::5', '2001:db8::/64'],
    ['2a02:1::3', '::72ad:8fbb:0:1', '2a02:1::72ad:8fbb:0:1', '2a02:1::/64'],
  ])('%s behind ::%s is %s', (address, suffix, want, prefix) => {
    expect(withSuffix(address, suffix)).toBe(want);
    expect(prefix64(address)).toBe(prefix);
  });

  it('is no prefix of an IPv4 address', () => {
    expect(prefix64('192.0.2.1')).toBeNull();
  });
});

describe("a record's address setting", () => {
  const base = { id: 'x', provider: 'duckdns', token: 't', domain: 'myhome' };
  const parse = (extra: Record<string, unknown>) => {
    const r = ddnsRecordSchema.safeParse({ ...base, ...extra });
    return r.success ? { ok: r.data } : { errors: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  };

  it.each([
    [{}, 'observed', undefined],
    [{ type: 'AAAA' }, 'stable', undefined],
    [{ type: 'AAAA', address: ' Observed ' }, 'observed', 'observed'],
    [{ type: 'AAAA', address: '0:0:0:0:72ad:8fbb:a54e:bedd' }, '::72ad:8fbb:a54e:bedd', '::72ad:8fbb:a54e:bedd'],
    [{ type: 'A', address: 'observed' }, 'observed', 'observed'],
    [{ type: 'AAAA', address: 'MAC:00-11-22-33-44-55' }, 'mac:00:11:22:33:44:55', 'mac:00:11:22:33:44:55'],
    [{ type: 'AAAA', address: '::1:0:0:0:5/56 @ eth1' }, '::1:0:0:0:5/56@eth1', '::1:0:0:0:5/56@eth1'],
    [{ type: 'AAAA', address: 'Stable@Wi-Fi' }, 'stable@Wi-Fi', 'stable@Wi-Fi'],
  ])('%j publishes %s (stored as %s)', (extra, publishes, stored) => {
    const got = parse(extra);
    expect(got.ok?.address).toBe(stored);
    expect(recordAddressOf(got.ok!)).toBe(publishes);
  });

  it('leaves a record written before the setting as it was, so its fingerprint and jobs hold', () => {
    expect(Object.keys(parse({ type: 'AAAA' }).ok!)).not.toContain('address');
  });

  it.each([
    [
      { type: 'AAAA', address: 'static' },
      'address: expected stable, observed, an IPv6 suffix such as ::1:2:3:4 or a MAC such as mac:00:11:22:33:44:55, not "static"',
    ],
    [
      { type: 'AAAA', address: '2001:db8::1' },
      'address: 2001:db8::1 sets the prefix too: a suffix gives only the last 64 bits, such as ::1:2:3:4',
    ],
    [
      { type: 'AAAA', address: '::100:0:0:0:5/56' },
      "address: ::100:0:0:0:5 does not fit behind a /56: it sets bits of the prefix, and only the last 72 bits are the host's",
    ],
    [
      { type: 'A', address: 'mac:00:11:22:33:44:55' },
      'address: only an AAAA record chooses its address: an A record holds the observed IPv4 address',
    ],
    [
      { type: 'A', address: 'stable' },
      'address: only an AAAA record chooses its address: an A record holds the observed IPv4 address',
    ],
    [
      { type: 'A', address: '::1:2:3:4' },
      'address: only an AAAA record chooses its address: an A record holds the observed IPv4 address',
    ],
  ])('%j is refused: %s', (extra, error) => {
    expect(parse(extra).errors).toEqual([error]);
  });
});
