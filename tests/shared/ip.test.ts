/**
 * The truth table of shared/ip.ts: which echo-service answers are a usable public address.
 */
import { describe, expect, it } from 'vitest';

import { addressKey, maskAddress, parseAddress, type Rejection, validateAnswer } from '../../shared/ip';
import type { Family } from '../../shared/types';

const CLOUDFLARE_CHALLENGE = `<!DOCTYPE html>
<html lang="en-US"><head><title>Just a moment...</title></head>
<body><div id="challenge-running">Checking if the site connection is secure</div></body></html>`;

describe('validateAnswer: rejected answers', () => {
  it.each<[label: string, raw: string, family: Family, reason: Rejection]>([
    // empty
    ['empty string', '', 4, 'empty'],
    ['only whitespace', ' \n\t ', 6, 'empty'],
    // html
    ['Cloudflare challenge page', CLOUDFLARE_CHALLENGE, 4, 'html'],
    ['html fragment around an address', '<b>1.1.1.1</b>', 4, 'html'],
    ['html comment', '<!-- 1.1.1.1 -->', 4, 'html'],
    // several addresses
    ['two v4 separated by a space', '1.1.1.1 8.8.8.8', 4, 'several-addresses'],
    ['two v4 separated by a comma', '1.1.1.1,8.8.8.8', 4, 'several-addresses'],
    ['two v4 on two lines', '1.1.1.1\n8.8.8.8', 4, 'several-addresses'],
    ['two v6 separated by a semicolon', '2606:4700::1;2a02:1::3', 6, 'several-addresses'],
    // not an address
    ['hex-and-short v4 form', '0x7f.1', 4, 'not-an-ip'],
    ['three-part v4', '1.2.3', 4, 'not-an-ip'],
    ['a word', 'hello', 4, 'not-an-ip'],
    ['octet above 255', '1.2.3.256', 4, 'not-an-ip'],
    ['leading-zero octet (octal ambiguity)', '01.2.3.4', 4, 'not-an-ip'],
    ['trailing dot', '1.1.1.1.', 4, 'not-an-ip'],
    ['single integer', '16843009', 4, 'not-an-ip'],
    ['bad v6 group', '2606:4700::g', 6, 'not-an-ip'],
    ['v6 with zone id', 'fe80::1%eth0', 6, 'not-an-ip'],
    ['one address plus a word', '1.1.1.1 hello', 4, 'not-an-ip'],
    ['key=value line, not cut out', 'ip=1.1.1.1', 4, 'not-an-ip'],
    // wrong family
    ['v4 on a v6 source', '1.1.1.1', 6, 'wrong-family'],
    ['v6 on a v4 source', '2606:4700::1111', 4, 'wrong-family'],
    ['IPv4-mapped v6 on a v6 source', '::ffff:1.1.1.1', 6, 'wrong-family'],
    // unspecified
    ['0.0.0.0', '0.0.0.0', 4, 'unspecified'],
    ['0.255.255.255 (0/8)', '0.255.255.255', 4, 'unspecified'],
    [':: (v6)', '::', 6, 'unspecified'],
    // private
    ['10.0.0.0 (10/8 low edge)', '10.0.0.0', 4, 'private'],
    ['10.255.255.255 (10/8 high edge)', '10.255.255.255', 4, 'private'],
    ['172.16.0.0 (172.16/12 low edge)', '172.16.0.0', 4, 'private'],
    ['172.31.255.255 (172.16/12 high edge)', '172.31.255.255', 4, 'private'],
    ['192.168.0.1', '192.168.0.1', 4, 'private'],
    ['192.168.255.255', '192.168.255.255', 4, 'private'],
    ['fc00::1 (ULA)', 'fc00::1', 6, 'private'],
    ['fd12:3456::1 (ULA)', 'fd12:3456::1', 6, 'private'],
    // loopback
    ['127.0.0.1', '127.0.0.1', 4, 'loopback'],
    ['127.255.255.254', '127.255.255.254', 4, 'loopback'],
    ['::1', '::1', 6, 'loopback'],
    // link-local
    ['169.254.1.1', '169.254.1.1', 4, 'link-local'],
    ['fe80::1', 'fe80::1', 6, 'link-local'],
    ['febf::1 (fe80::/10 high end)', 'febf::1', 6, 'link-local'],
    // multicast
    ['224.0.0.1', '224.0.0.1', 4, 'multicast'],
    ['239.255.255.255', '239.255.255.255', 4, 'multicast'],
    ['ff02::1', 'ff02::1', 6, 'multicast'],
    // documentation
    ['192.0.2.1 (TEST-NET-1)', '192.0.2.1', 4, 'documentation'],
    ['198.51.100.7 (TEST-NET-2)', '198.51.100.7', 4, 'documentation'],
    ['203.0.113.9 (TEST-NET-3)', '203.0.113.9', 4, 'documentation'],
    ['2001:db8::1', '2001:db8::1', 6, 'documentation'],
    ['2001:db8:ffff:ffff::1 (2001:db8::/32 high end)', '2001:db8:ffff:ffff::1', 6, 'documentation'],
    ['3fff::1', '3fff::1', 6, 'documentation'],
    ['3fff:fff::1 (3fff::/20 high end)', '3fff:fff::1', 6, 'documentation'],
    // benchmarking
    ['198.18.0.1', '198.18.0.1', 4, 'benchmarking'],
    ['198.19.255.255 (198.18/15 high edge)', '198.19.255.255', 4, 'benchmarking'],
    ['2001:2::1', '2001:2::1', 6, 'benchmarking'],
    // reserved
    ['192.0.0.8 (IETF protocol assignments)', '192.0.0.8', 4, 'reserved'],
    ['192.88.99.1 (6to4 relay anycast)', '192.88.99.1', 4, 'reserved'],
    ['240.0.0.1 (class E)', '240.0.0.1', 4, 'reserved'],
    ['255.255.255.255 (broadcast)', '255.255.255.255', 4, 'reserved'],
    ['2001:10::1 (ORCHID)', '2001:10::1', 6, 'reserved'],
    ['2001:20::1 (ORCHIDv2)', '2001:20::1', 6, 'reserved'],
    // cgnat
    ['100.64.0.0 (CGNAT low edge)', '100.64.0.0', 4, 'cgnat'],
    ['100.100.100.100', '100.100.100.100', 4, 'cgnat'],
    ['100.127.255.255 (CGNAT high edge)', '100.127.255.255', 4, 'cgnat'],
    // non-global v6
    ['64:ff9b::1 (NAT64)', '64:ff9b::1', 6, 'non-global'],
    ['100::1 (discard-only)', '100::1', 6, 'non-global'],
    ['4000::1 (outside 2000::/3)', '4000::1', 6, 'non-global'],
  ])('%s: %j as IPv%i -> %s', (_label, raw, family, reason) => {
    const v = validateAnswer(raw, family);
    expect(v).toMatchObject({ ok: false, reason });
    if (!v.ok) expect(v.detail).not.toBe('');
  });

  it('names the well-formed address it rejected', () => {
    expect(validateAnswer(' 10.1.2.3\n', 4)).toMatchObject({ ok: false, reason: 'private', address: '10.1.2.3' });
    expect(validateAnswer('::ffff:1.1.1.1', 6)).toMatchObject({
      ok: false,
      reason: 'wrong-family',
      address: '1.1.1.1',
    });
    expect(validateAnswer('2001:DB8::0001', 6)).toMatchObject({
      ok: false,
      reason: 'documentation',
      address: '2001:db8::1',
    });
  });

  it('says which family was expected and which came', () => {
    const v = validateAnswer('1.1.1.1', 6);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.detail).toMatch(/IPv6.*IPv4/);
  });

  it('keeps a long junk answer out of the detail', () => {
    const v = validateAnswer('x'.repeat(5000), 4);
    expect(v).toMatchObject({ ok: false, reason: 'not-an-ip' });
    if (!v.ok) expect(v.detail.length).toBeLessThan(100);
  });
});

describe('validateAnswer: accepted public addresses', () => {
  it.each<[label: string, raw: string, family: Family, ip: string]>([
    ['plain v4', '1.1.1.1', 4, '1.1.1.1'],
    ['v4 with trailing newline', '8.8.8.8\n', 4, '8.8.8.8'],
    ['v4 with surrounding whitespace', '  \t93.184.216.34 \r\n', 4, '93.184.216.34'],
    ['100.63.255.255 (just below CGNAT)', '100.63.255.255', 4, '100.63.255.255'],
    ['100.128.0.0 (just above CGNAT)', '100.128.0.0', 4, '100.128.0.0'],
    ['172.15.255.255 (just below 172.16/12)', '172.15.255.255', 4, '172.15.255.255'],
    ['172.32.0.0 (just above 172.16/12)', '172.32.0.0', 4, '172.32.0.0'],
    ['198.20.0.0 (just above 198.18/15)', '198.20.0.0', 4, '198.20.0.0'],
    ['223.255.255.255 (just below multicast)', '223.255.255.255', 4, '223.255.255.255'],
    ['IPv4-mapped v6 on a v4 source', '::ffff:8.8.8.8', 4, '8.8.8.8'],
    ['plain v6', '2606:4700:4700::1111', 6, '2606:4700:4700::1111'],
    ['v6 with trailing newline', '2a00:1450:4001:80b::200e\n', 6, '2a00:1450:4001:80b::200e'],
    ['v6 canonicalised (case, leading zeros, zero run)', '2A02:0001:0000::0003', 6, '2a02:1::3'],
    ['v6 fully written out', '2a02:0001:0000:0000:0000:0000:0000:0003', 6, '2a02:1::3'],
    ['v6 with whitespace', ' 2A02:1::3 \n', 6, '2a02:1::3'],
    ['3fff:1000::1 (just above 3fff::/20)', '3fff:1000::1', 6, '3fff:1000::1'],
    ['2001:db9::1 (just above 2001:db8::/32)', '2001:db9::1', 6, '2001:db9::1'],
  ])('%s: %j as IPv%i -> %s', (_label, raw, family, ip) => {
    expect(validateAnswer(raw, family)).toEqual({ ok: true, ip });
  });
});

describe('addressKey', () => {
  it.each<[label: string, ip: string, family: Family, mode: 'prefix64' | 'full' | undefined, key: string]>([
    ['v4 is its own key', '1.1.1.1', 4, undefined, '1.1.1.1'],
    ['v4 ignores the v6 mode', '1.1.1.1', 4, 'full', '1.1.1.1'],
    ['v6 prefix64 by default', '2a02:1:2:3:4:5:6:7', 6, undefined, '2a02:1:2:3::/64'],
    ['v6 prefix64 explicit', '2a02:1:2:3:4:5:6:7', 6, 'prefix64', '2a02:1:2:3::/64'],
    ['v6 prefix64 with zeros in the prefix', '2a02:1::3', 6, 'prefix64', '2a02:1::/64'],
    ['v6 full mode keeps the whole address', '2a02:1:2:3:4:5:6:7', 6, 'full', '2a02:1:2:3:4:5:6:7'],
  ])('%s', (_label, ip, family, mode, key) => {
    expect(addressKey(ip, family, mode)).toBe(key);
  });

  it('prefix64: a new interface id (privacy address) is the same key', () => {
    expect(addressKey('2a02:1:2:3:aaaa:bbbb:cccc:dddd', 6)).toBe(addressKey('2a02:1:2:3::1', 6));
  });

  it('prefix64: a different /64 is a different key', () => {
    expect(addressKey('2a02:1:2:4::1', 6)).not.toBe(addressKey('2a02:1:2:3::1', 6));
  });

  it('full: a new interface id is a different key', () => {
    expect(addressKey('2a02:1:2:3::2', 6, 'full')).not.toBe(addressKey('2a02:1:2:3::1', 6, 'full'));
  });
});

describe('maskAddress', () => {
  it.each<[label: string, ip: string, masked: string]>([
    ['v4 hides the last octet', '203.0.113.7', '203.0.113.xxx'],
    ['v4 with a three-digit last octet', '1.1.1.255', '1.1.1.xxx'],
    [
      'v6 keeps the /64 and hides the interface id',
      '2001:db8:1:2:aaaa:bbbb:cccc:dddd',
      '2001:db8:1:2:xxxx:xxxx:xxxx:xxxx',
    ],
    ['v6 compressed', '2001:db8:1:2::5', '2001:db8:1:2:xxxx:xxxx:xxxx:xxxx'],
    // The /64 ends in zero groups: all four prefix groups must still be shown, or the mask
    // reads as a different prefix (2a02:1:xxxx:... looks like groups 3-4 were hidden).
    ['v6 whose prefix ends in zero groups', '2a02:1::3', '2a02:1:0:0:xxxx:xxxx:xxxx:xxxx'],
    ['not an address', 'hello', 'hidden'],
    ['empty', '', 'hidden'],
  ])('%s: %j -> %j', (_label, ip, masked) => {
    expect(maskAddress(ip)).toBe(masked);
  });

  it.each(['203.0.113.7', '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2a02:1::3'])('never shows the full address %s', (ip) => {
    expect(maskAddress(ip)).not.toContain(ip);
  });
});

// Found by the history export property (history-import/formats.property.test.ts): ipaddr.js reads
// the IPv4-compatible `::a.b.c.d` as the IPv4-mapped `::ffff:a.b.c.d`, so one IPv6 address read as
// IPv4 or IPv6 by its spelling, and an export's IPv6 row "::0.0.0.0" was refused.
describe('parseAddress: one address, one family, whatever its spelling', () => {
  it.each<[string, Family, string]>([
    ['::0.0.0.0', 6, '::'],
    ['::0:0.0.0.0', 6, '::'],
    ['::1.2.3.4', 6, '::102:304'],
    ['0:0:0:0:0:0:1.2.3.4', 6, '::102:304'],
    ['::ffff:1.2.3.4', 4, '1.2.3.4'],
    ['::FFFF:1.2.3.4', 4, '1.2.3.4'],
    ['::ffff:102:304', 4, '1.2.3.4'],
  ])('%s is IPv%d %s', (text, family, canonical) => {
    const p = parseAddress(text);
    expect([p?.family, p?.addr.toString()]).toEqual([family, canonical]);
  });
});
