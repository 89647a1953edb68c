/** The "VPN or proxy" classifier's truth table, and the list it reads. */
import { describe, expect, it } from 'vitest';

import { classifyVpn, warpFromTrace } from '../../../../electron/engine/identity/classify';
import { HOSTING_ASNS, VPN_ASNS } from '../../../../electron/engine/identity/vpn-asns';
import { formatIdentity, providerChanged } from '../../../../shared/identity';

describe('classifyVpn', () => {
  it.each([
    // asn, warp, reason
    [3320, null, null], // Deutsche Telekom: an access network
    [3320, 'off', null],
    [3320, 'on', 'warp'], // WARP on a home line: the trace knows better than the AS
    [13335, 'on', 'warp'], // Cloudflare's own exit
    [9009, null, 'vpn-asn'], // M247 (NordVPN)
    [209854, 'off', 'vpn-asn'], // Surfshark
    [24940, null, 'hosting-asn'], // Hetzner
    [16509, null, 'hosting-asn'], // Amazon AWS
    [14061, null, 'hosting-asn'], // DigitalOcean
    [null, null, null],
    [null, 'on', 'warp'],
  ] as const)('AS%s, warp %s: %s', (asn, warp, reason) => {
    expect(classifyVpn(asn, warp)).toBe(reason);
  });

  it('reads a sorted list of plain AS numbers, the VPN ones apart from the hosting ones', () => {
    for (const list of [VPN_ASNS, HOSTING_ASNS]) {
      expect(list.every((n) => Number.isInteger(n) && n > 0 && n < 2 ** 32)).toBe(true);
      expect([...list].sort((a, b) => a - b)).toEqual(list);
    }
    expect(VPN_ASNS.filter((n) => HOSTING_ASNS.includes(n))).toEqual([]);
  });
});

describe('warpFromTrace', () => {
  it.each([
    ['on', 'on'],
    ['plus', 'on'],
    [' ON ', 'on'],
    ['off', 'off'],
    ['', null],
    [undefined, null],
    ['maybe', null],
  ] as const)('%j: %s', (value, state) => {
    expect(warpFromTrace(value)).toBe(state);
  });
});

describe('formatIdentity', () => {
  it.each([
    [{ asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null }, 'AS3320 Deutsche Telekom AG, DE'],
    [{ asn: 9009, org: 'M247 Europe SRL', country: 'RO', vpn: 'vpn-asn' }, 'AS9009 M247 Europe SRL, RO (VPN or proxy)'],
    [{ asn: 64500, org: null, country: null, vpn: null }, 'AS64500'],
    [{ asn: null, org: null, country: 'DE', vpn: null }, 'DE'],
    [{ asn: null, org: null, country: null, vpn: null }, ''],
    [null, ''],
  ] as const)('%j: %s', (identity, text) => {
    expect(formatIdentity(identity)).toBe(text);
  });
});

describe('providerChanged', () => {
  const dtag = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null };
  it.each([
    [dtag, { ...dtag }, false],
    [dtag, { ...dtag, org: 'DTAG' }, false], // a new name for the same AS is no new provider
    [dtag, { ...dtag, asn: 6805 }, true],
    [dtag, { ...dtag, country: 'AT' }, true],
    [dtag, { ...dtag, asn: null }, false], // a gap in the data is no change
    [null, dtag, false],
    [dtag, null, false],
  ] as const)('%j -> %j: %s', (before, after, changed) => {
    expect(providerChanged(before, after)).toBe(changed);
  });
});
