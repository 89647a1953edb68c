/**
 * What the generated certificate names and when it is made again (engine/tls/host-names.ts):
 * the truth tables of its doc comment, and Node's reading of a certificate made by generate.ts
 * compared back with what was asked for.
 */
import { X509Certificate } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { generateCertificate } from '../../../../electron/engine/tls/generate';
import {
  compressIpv6,
  type HostNames,
  parseSubjectAltName,
  RENEW_BEFORE_MS,
  renewalReason,
  VALIDITY_DAYS,
  wantedNames,
} from '../../../../electron/engine/tls/host-names';

const nic = (address: string, internal = false) => ({
  address,
  family: address.includes(':') ? 'IPv6' : 'IPv4',
  internal,
});

describe('wantedNames', () => {
  it.each([
    [
      'nas',
      { eth0: [nic('192.168.1.5'), nic('fd00::5'), nic('fe80::1')] },
      ['nas', 'nas.local', 'localhost'],
      ['127.0.0.1', '::1', '192.168.1.5', 'fd00::5'],
    ],
    ['NAS.example.org.', {}, ['nas.example.org', 'localhost'], ['127.0.0.1', '::1']],
    ['', { lo: [nic('127.0.0.1', true)] }, ['localhost'], ['127.0.0.1', '::1']],
    ['bad name!', { wg0: [nic('10.0.0.2')], eth0: undefined }, ['localhost'], ['127.0.0.1', '::1', '10.0.0.2']],
    [
      'box',
      { a: [nic('2001:DB8::1')], b: [nic('2001:db8::1')] },
      ['box', 'box.local', 'localhost'],
      ['127.0.0.1', '::1', '2001:db8::1'],
    ],
  ])('%j with %j: %j and %j', (host, interfaces, dns, ip) => {
    expect(wantedNames(host, interfaces)).toEqual({ dns, ip });
  });
});

describe('renewalReason', () => {
  const now = Date.UTC(2026, 10, 26);
  const day = 24 * 3600_000;
  const names: HostNames = { dns: ['nas', 'nas.local', 'localhost'], ip: ['127.0.0.1', '::1', '192.168.1.5'] };
  it.each([
    ['none stored', null, names, 'missing'],
    ['past its end', { notAfter: now - 1, names }, names, 'expired'],
    ['ends now', { notAfter: now, names }, names, 'expired'],
    ['ends within 30 days', { notAfter: now + RENEW_BEFORE_MS, names }, names, 'expiring'],
    ['ends in 31 days', { notAfter: now + 31 * day, names }, names, null],
    [
      'a new LAN address',
      { notAfter: now + 300 * day, names },
      { ...names, ip: [...names.ip, '192.168.2.9'] },
      'names',
    ],
    [
      'a new host name',
      { notAfter: now + 300 * day, names },
      { ...names, dns: ['box', 'box.local', 'localhost'] },
      'names',
    ],
    ['an address went away', { notAfter: now + 300 * day, names }, { ...names, ip: ['127.0.0.1', '::1'] }, null],
    [
      'names in another case',
      { notAfter: now + 300 * day, names: { ...names, dns: ['NAS', 'NAS.local', 'localhost'] } },
      names,
      null,
    ],
  ] as const)('%s: %j', (_what, stored, wanted, want) => {
    expect(renewalReason(stored as never, wanted as HostNames, now)).toBe(want);
  });
});

describe('compressIpv6 (RFC 5952)', () => {
  it.each([
    ['0:0:0:0:0:0:0:1', '::1'],
    ['FD00:0:0:0:1:0:0:5', 'fd00::1:0:0:5'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0002:0001', '2001:db8::2:1'],
    ['2001:db8:1:1:1:1:1:1', '2001:db8:1:1:1:1:1:1'],
    ['2001:db8::', '2001:db8::'],
    ['192.168.1.5', '192.168.1.5'],
  ])('%s -> %s', (from, to) => expect(compressIpv6(from)).toBe(to));
});

describe('generateCertificate', () => {
  it('makes an ECDSA P-256 certificate naming exactly what was asked, valid VALIDITY_DAYS, that Node reads back', async () => {
    const names = wantedNames('nas', { eth0: [nic('192.168.1.5'), nic('fd00::1:0:0:5')] });
    const now = Date.now();
    const pair = await generateCertificate(names, now);
    const cert = new X509Certificate(pair.cert);
    expect(parseSubjectAltName(cert.subjectAltName)).toEqual(names);
    expect(
      renewalReason(
        { notAfter: Date.parse(cert.validTo), names: parseSubjectAltName(cert.subjectAltName) },
        names,
        now,
      ),
    ).toBeNull();
    expect(cert.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(Math.round((Date.parse(cert.validTo) - now) / 86_400_000)).toBe(VALIDITY_DAYS);
    expect(cert.ca).toBe(false);
    expect(cert.subject).toContain('CN=nas');
  });
});
