/**
 * The flag's truth table (classify.ts) on named ASNs, the lists it reads, and its three words
 * (shared/network-identity.ts): "VPN service", "hosting or cloud network", or none.
 */
import { describe, expect, it } from 'vitest';

import { ACCESS_NETWORKS } from '../../../../electron/engine/identity/access-asns';
import { classifyVpn, warpFromTrace } from '../../../../electron/engine/identity/classify';
import { HOSTING_ASNS, VPN_ASNS } from '../../../../electron/engine/identity/vpn-asns';
import { english } from '../../../../shared/i18n/translators';
import { flagWords, formatIdentity, providerChanged, VPN_REASONS } from '../../../../shared/identity';

describe('classifyVpn', () => {
  it.each([
    // asn, warp, reason
    [3320, null, null], // Deutsche Telekom: an access network
    [3320, 'off', null],
    [6939, null, null], // Hurricane Electric: tunnel broker, in X4BNet's datacenter list
    [6939, 'on', 'warp'],
    [31242, null, null], // P4 (Play), a Polish mobile operator, in X4BNet's datacenter list
    [41828, null, null], // Telemach, cable and mobile, in X4BNet's datacenter list
    [37170, null, null], // University of Lagos, in X4BNet's datacenter list
    [7922, null, null], // Comcast
    [7018, null, null], // AT&T
    [701, null, null], // Verizon
    [3215, null, null], // Orange
    [2856, null, null], // BT
    [5089, null, null], // Virgin Media
    [22773, null, null], // Cox
    [20115, null, null], // Charter
    [6830, null, null], // Liberty Global
    [12322, null, null], // Free
    [3352, null, null], // Telefonica
    [4134, null, null], // China Telecom
    [4713, null, null], // NTT OCN
    [64512, null, null], // a private AS no list names
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

  it('never flags an access network, and says truly which of them the hosting list holds', () => {
    expect(new Set(ACCESS_NETWORKS.map((n) => n.asn)).size).toBe(ACCESS_NETWORKS.length);
    for (const n of ACCESS_NETWORKS) {
      expect({ asn: n.asn, reason: classifyVpn(n.asn) }).toEqual({ asn: n.asn, reason: null });
      expect({ asn: n.asn, vpnList: VPN_ASNS.includes(n.asn) }).toEqual({ asn: n.asn, vpnList: false });
      const hosting = HOSTING_ASNS.includes(n.asn);
      expect({ asn: n.asn, hosting }).toEqual({ asn: n.asn, hosting: n.inHostingList === true });
    }
  });
});

describe('flagWords', () => {
  it.each([
    ['vpn-asn', 'VPN service'],
    ['warp', 'VPN service'],
    ['hosting-asn', 'hosting or cloud network'],
    [null, null],
  ] as const)('%s: %s', (reason, words) => {
    expect(flagWords(reason, english)).toBe(words);
  });

  it('has three outcomes, none of them the old "VPN or proxy"', () => {
    const words = new Set([...VPN_REASONS, null].map((r) => flagWords(r, english)));
    expect(words).toEqual(new Set(['VPN service', 'hosting or cloud network', null]));
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
    [{ asn: 9009, org: 'M247 Europe SRL', country: 'RO', vpn: 'vpn-asn' }, 'AS9009 M247 Europe SRL, RO (VPN service)'],
    [
      { asn: 24940, org: 'Hetzner Online GmbH', country: 'DE', vpn: 'hosting-asn' },
      'AS24940 Hetzner Online GmbH, DE (hosting or cloud network)',
    ],
    [{ asn: 6939, org: 'Hurricane Electric LLC', country: 'US', vpn: null }, 'AS6939 Hurricane Electric LLC, US'],
    [{ asn: 64500, org: null, country: null, vpn: null }, 'AS64500'],
    [{ asn: null, org: null, country: 'DE', vpn: null }, 'DE'],
    [{ asn: null, org: null, country: null, vpn: null }, ''],
    [null, ''],
  ] as const)('%j: %s', (identity, text) => {
    expect(formatIdentity(identity, english)).toBe(text);
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
