/** The fleet in figures (shared/fleet-summary.ts) and in words (shared/words/fleet.ts fleetSummaryWords), tables. */
import { describe, expect, it } from 'vitest';

import type { FleetSite } from '../../shared/contract/fleet';
import { EMPTY_FLEET_SUMMARY, FLEET_RECENT_MS, fleetSummary, type FleetSummary } from '../../shared/fleet-summary';
import { fleetSummaryWords } from '../../shared/words/fleet';

const NOW = 1_790_000_000_000;
const HOUR = 3_600_000;

function site(online: boolean | null, v4Since: number | null, v6Since: number | null = null): FleetSite {
  const fam = (since: number | null) => (since === null ? null : { ip: '203.0.113.7', since, identity: null });
  return {
    site: 's',
    thisMachine: false,
    online,
    since: null,
    lastSeenAt: NOW,
    offlineReason: null,
    nameMismatch: null,
    unreadable: null,
    state:
      online === null
        ? null
        : {
            v: 1,
            site: 's',
            online,
            reason: null,
            families: { v4: fam(v4Since), v6: fam(v6Since) },
            health: null,
            nat: null,
            ddns: [],
            monitors: [],
            version: null,
            at: NOW,
          },
  };
}

describe('fleetSummary', () => {
  const cases: [string, FleetSite[], FleetSummary][] = [
    ['no site', [], EMPTY_FLEET_SUMMARY],
    [
      'one online, address of an hour',
      [site(true, NOW - HOUR)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 1 },
    ],
    [
      'an address older than the window',
      [site(true, NOW - FLEET_RECENT_MS)],
      { sites: 1, online: 1, offline: 0, unknown: 0, changedRecently: 0 },
    ],
    [
      'the newer family counts',
      [site(false, NOW - 2 * FLEET_RECENT_MS, NOW - HOUR)],
      { sites: 1, online: 0, offline: 1, unknown: 0, changedRecently: 1 },
    ],
    [
      'no state yet: unknown, no change',
      [site(null, null)],
      { sites: 1, online: 0, offline: 0, unknown: 1, changedRecently: 0 },
    ],
    [
      'a mix',
      [site(true, NOW - HOUR), site(false, NOW - 3 * FLEET_RECENT_MS), site(null, null), site(true, null)],
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
  it.each(cases)('%j', (summary, words) => expect(fleetSummaryWords(summary)).toBe(words));
});
