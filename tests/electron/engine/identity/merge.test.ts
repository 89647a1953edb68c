/** mergeIdentity's truth table: which side names the network, and the flag decided over it. */
import { describe, expect, it } from 'vitest';

import { fullyNamed, mergeIdentity, type OnlineIdentity } from '../../../../electron/engine/identity/merge';
import type { NetworkIdentity } from '../../../../shared/identity';

const telekom: NetworkIdentity = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null };
const countryOnly: NetworkIdentity = { asn: null, org: null, country: 'AU', vpn: null };
const online: OnlineIdentity = { asn: 4764, org: 'Aussie Broadband', country: 'AU' };
const google: OnlineIdentity = { asn: 15169, org: 'Google LLC', country: 'US' };
const nothing: OnlineIdentity = { asn: null, org: null, country: null };

describe('mergeIdentity', () => {
  it.each([
    // offline, online, warp, prefer, result
    ['offline only', telekom, null, null, 'offline', telekom],
    ['online fills what offline lacks', countryOnly, online, null, 'offline', { ...online, vpn: null }],
    ['offline wins where both know', telekom, google, null, 'offline', telekom],
    ['online wins when asked always', telekom, google, null, 'online', { ...google, vpn: 'hosting-asn' }],
    ['online knew nothing: offline stays', telekom, nothing, null, 'online', telekom],
    ['online only, nothing offline', null, google, null, 'offline', { ...google, vpn: 'hosting-asn' }],
    ['WARP flags whatever the AS', telekom, null, 'on', 'offline', { ...telekom, vpn: 'warp' }],
    ['WARP off changes nothing', telekom, null, 'off', 'offline', telekom],
    ['WARP on an unknown address', null, null, 'on', 'offline', { asn: null, org: null, country: null, vpn: 'warp' }],
    ['nothing anywhere', null, nothing, null, 'offline', null],
    [
      'an organisation never sits beside another AS number',
      { asn: 3320, org: null, country: 'DE', vpn: null },
      google,
      null,
      'offline',
      { asn: 3320, org: null, country: 'DE', vpn: null },
    ],
    [
      'the same AS: its name from the other side',
      { asn: 15169, org: null, country: null, vpn: 'hosting-asn' },
      google,
      null,
      'offline',
      { ...google, vpn: 'hosting-asn' },
    ],
  ] as const)('%s', (_what, off, on, warp, prefer, expected) => {
    expect(mergeIdentity(off, on, warp, prefer)).toEqual(expected);
  });

  it.each([
    [telekom, true],
    [countryOnly, false],
    [{ ...telekom, org: null }, false],
    [null, false],
  ] as const)('fullyNamed(%j) is %s', (identity, expected) => {
    expect(fullyNamed(identity)).toBe(expected);
  });
});
