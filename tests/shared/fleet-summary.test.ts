/** The fleet in figures (shared/fleet-summary.ts) and in words (shared/words/fleet.ts fleetSummaryWords), tables. */
import { describe, expect, it } from 'vitest';

import type { FleetSite, FleetState } from '../../shared/contract/fleet';
import {
  addressChangeAt,
  EMPTY_FLEET_SUMMARY,
  FLEET_RECENT_MS,
  fleetSummary,
  type FleetSummary,
} from '../../shared/fleet-summary';
import { english } from '../../shared/i18n/translators';
import { fleetSummaryWords } from '../../shared/words/fleet';
import { fleetState } from '../helpers/fleet-state';

const NOW = 1_790_000_000_000;
const HOUR = 3_600_000;

type Fam = { ip: string; since: number | null } | null;
const state = (v4: Fam, v6: Fam = null): FleetState => fleetState('s', NOW, v4, v6);

/** A site held by a watcher; its address first seen an hour ago unless said otherwise. */
function site(online: boolean | null, addressChangedAt?: number | null, v4Since: number = NOW - HOUR): FleetSite {
  return {
    site: 's',
    thisMachine: false,
    online,
    since: null,
    lastSeenAt: NOW,
    offlineReason: null,
    nameMismatch: null,
    unreadable: null,
    state: online === null ? null : { ...state({ ip: '203.0.113.7', since: v4Since }), online },
    ...(addressChangedAt === undefined ? {} : { addressChangedAt }),
  };
}

describe('addressChangeAt', () => {
  const A = '203.0.113.7';
  const B = '198.51.100.2';
  const cases: [string, FleetState | null, FleetState, number | null][] = [
    ['first sighting of the site', null, state({ ip: A, since: NOW - HOUR }), null],
    [
      'first sighting of a family',
      state({ ip: A, since: 1 }),
      state({ ip: A, since: 1 }, { ip: '2001:db8::1', since: 9 }),
      null,
    ],
    ['held state without addresses', state(null), state({ ip: A, since: 5 }), null],
    ['the same address', state({ ip: A, since: 1 }), state({ ip: A, since: 1 }), null],
    ['a new address: its since', state({ ip: A, since: 1 }), state({ ip: B, since: NOW - HOUR }), NOW - HOUR],
    ['a new address without a since: when heard', state({ ip: A, since: 1 }), state({ ip: B, since: null }), NOW],
    ['an address lost is not a new one', state({ ip: A, since: 1 }), state({ ip: '', since: null }), null],
    ['a family switched off', state({ ip: A, since: 1 }), state(null), null],
    [
      'both families changed: the newer',
      state({ ip: A, since: 1 }, { ip: '2001:db8::1', since: 1 }),
      state({ ip: B, since: 50 }, { ip: '2001:db8::2', since: 70 }),
      70,
    ],
  ];
  it.each(cases)('%s', (_, before, after, want) => expect(addressChangeAt(before, after, NOW)).toBe(want));
});

describe('fleetSummary', () => {
  const cases: [string, FleetSite[], FleetSummary][] = [
    ['no site', [], EMPTY_FLEET_SUMMARY],
    [
      'a site seen for the first time an hour ago is not a change',
      [site(true, null)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 0 },
    ],
    [
      'a row saved before the field existed: no change known',
      [site(true)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 0 },
    ],
    [
      'a change an hour ago',
      [site(true, NOW - HOUR)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 1 },
    ],
    [
      'a change as old as the window',
      [site(true, NOW - FLEET_RECENT_MS)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 0 },
    ],
    [
      'an offline site that changed counts',
      [site(false, NOW - HOUR, NOW - 2 * FLEET_RECENT_MS)],
      { sites: 1, online: 0, offline: 1, unknown: 0, changedRecently: 1 },
    ],
    [
      'no state yet: unknown, no change',
      [site(null)],
      { sites: 1, online: 0, offline: 0, unknown: 1, changedRecently: 0 },
    ],
    [
      'a mix',
      [site(true, NOW - HOUR), site(false, NOW - 3 * FLEET_RECENT_MS), site(null), site(true, null)],
      { sites: 4, online: 2, offline: 1, unknown: 1, changedRecently: 1 },
    ],
  ];
  it.each(cases)('%s', (_, sites, want) => expect(fleetSummary(sites, NOW)).toEqual(want));
});

describe('fleetSummaryWords', () => {
  const cases: [FleetSummary, string][] = [
    [EMPTY_FLEET_SUMMARY, 'No site has published under the prefix yet.'],
    [{ sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 0 }, '1 site: 1 online, 0 offline.'],
    [
      { sites: 3, online: 1, offline: 1, unknown: 1, changedRecently: 1 },
      '3 sites: 1 online, 1 offline, 1 not known yet; 1 site with a new address in the last 24 h.',
    ],
    [
      { sites: 1000, online: 998, offline: 2, unknown: 0, changedRecently: 40 },
      '1000 sites: 998 online, 2 offline; 40 sites with a new address in the last 24 h.',
    ],
  ];
  it.each(cases)('%j', (summary, words) => expect(fleetSummaryWords(summary, english)).toBe(words));
});
