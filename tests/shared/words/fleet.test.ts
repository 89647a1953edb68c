/**
 * A watched site's words (shared/words/fleet.ts), tables: its addresses marked last known when
 * it is offline or its newest message is unreadable, and "online just now" under a second.
 */
import { describe, expect, it } from 'vitest';

import type { FleetSite } from '../../../shared/contract/fleet';
import { english } from '../../../shared/i18n/translators';
import { siteAddressIsLastKnown, siteAddressWords, siteSinceWords } from '../../../shared/words/fleet';
import { fleetState } from '../../helpers/fleet-state';

const NOW = 1_790_000_000_000;

function site(
  over: Partial<FleetSite> = {},
  families = { v4: '203.0.113.7', v6: '2001:db8::7' as string | null },
): FleetSite {
  const fam = (ip: string | null) => ({ ip, since: NOW - 60_000 });
  return {
    site: 'office',
    thisMachine: false,
    online: true,
    since: NOW - 3_600_000,
    lastSeenAt: NOW,
    offlineReason: null,
    nameMismatch: null,
    unreadable: null,
    state: { ...fleetState('office', NOW, fam(families.v4), fam(families.v6)), online: over.online ?? true },
    ...over,
  };
}

describe('siteAddressWords', () => {
  it.each([
    // [what, the site, is last known, the words]
    ['online', site(), false, ['IPv4 203.0.113.7', 'IPv6 2001:db8::7']],
    [
      'offline (a will kept its state)',
      site({ online: false, offlineReason: 'connection lost' }),
      true,
      ['IPv4 203.0.113.7, last known', 'IPv6 2001:db8::7, last known'],
    ],
    [
      'online, its newest message unreadable',
      site({ unreadable: 'written by a newer IPWatch' }),
      true,
      ['IPv4 203.0.113.7, last known', 'IPv6 2001:db8::7, last known'],
    ],
    [
      'offline with an unknown IPv6: unknown is not "last known"',
      site({ online: false }, { v4: '203.0.113.7', v6: null }),
      true,
      ['IPv4 203.0.113.7, last known', 'IPv6 unknown'],
    ],
    ['no state read yet', site({ online: null, state: null }), false, ['addresses unknown']],
    [
      'known only by its will (no state of its own)',
      site({
        online: false,
        state: { ...site().state!, online: false, families: { v4: null, v6: null }, at: null },
      }),
      false,
      ['addresses unknown'],
    ],
  ])('%s', (_what, s, lastKnown, words) => {
    expect(siteAddressIsLastKnown(s)).toBe(lastKnown);
    expect(siteAddressWords(s, english)).toEqual(words);
  });

  it('writes the mark after the address as the reader may see it', () => {
    expect(siteAddressWords(site({ online: false }), english, () => '203.0.113.x')).toEqual([
      'IPv4 203.0.113.x, last known',
      'IPv6 203.0.113.x, last known',
    ]);
  });
});

describe('siteSinceWords', () => {
  it.each([
    // [what, the site, the words]
    ['heard this very millisecond', site({ since: NOW }), 'online just now'],
    ['999 ms ago', site({ since: NOW - 999 }), 'online just now'],
    ['a second ago', site({ since: NOW - 1000 }), 'online for 1 s'],
    ['a clock a little ahead', site({ since: NOW + 300 }), 'online just now'],
    ['for hours', site({ since: NOW - 3 * 3_600_000 - 120_000 }), 'online for 3 h 2 min'],
    [
      'offline just now',
      site({ online: false, since: NOW - 10, offlineReason: 'connection lost' }),
      'offline just now (connection lost)',
    ],
    ['offline, since unknown', site({ online: false, since: null, offlineReason: 'stopped' }), 'offline (stopped)'],
    ['no state read yet', site({ online: null, state: null, since: null }), 'no state read yet'],
  ])('%s', (_what, s, words) => {
    expect(siteSinceWords(s, NOW, english)).toBe(words);
  });
});
