/**
 * A watched site's retained message (shared/contract/fleet.ts FleetState) for the fleet's pure
 * tables: online, nothing but its addresses (no identity), heard at `at`. One copy for the
 * figures (tests/shared/fleet-summary.test.ts) and the words (tests/shared/words/fleet.test.ts).
 * And a site as the watcher lists it (FleetSite), for the Sites page and the words that say it.
 */
import type { FleetEvent, FleetSite, FleetState } from '../../shared/contract/fleet';

/** A family's address and since; null where the family is off. */
export type FleetFamily = { ip: string | null; since: number | null } | null;

export function fleetState(site: string, at: number, v4: FleetFamily, v6: FleetFamily = null): FleetState {
  const fam = (f: FleetFamily) => (f === null ? null : { ...f, identity: null });
  return {
    v: 1,
    site,
    online: true,
    reason: null,
    families: { v4: fam(v4), v6: fam(v6) },
    health: null,
    nat: null,
    ddns: [],
    monitors: [],
    version: null,
    at,
  };
}

/**
 * A watched site as the watcher lists it (FleetSite): online for the last hour, heard 5 s before
 * `now`, its state IPv4 203.0.113.7 for two hours, healthy, version 1.2.3. `over` replaces fields
 * of the listing, `state` fields of its retained state.
 */
export function fleetSite(
  name: string,
  now: number,
  over: Partial<FleetSite> = {},
  state: Partial<FleetState> = {},
): FleetSite {
  return {
    site: name,
    thisMachine: false,
    online: true,
    since: now - 3_600_000,
    lastSeenAt: now - 5000,
    offlineReason: null,
    nameMismatch: null,
    unreadable: null,
    state: {
      ...fleetState(name, now - 5000, { ip: '203.0.113.7', since: now - 7_200_000 }),
      health: { state: 'ok', label: 'Healthy' },
      version: '1.2.3',
      ...state,
    },
    ...over,
  };
}

/** The office's events, newest first: offline 40 s before `now` (connection lost), after its IPv4 changed 10 min before. */
export const officeEvents = (now: number): FleetEvent[] => [
  {
    id: 2,
    site: 'office',
    at: now - 40_000,
    kind: 'offline',
    changes: [],
    detail: 'connection lost',
    whileAway: false,
  },
  {
    id: 1,
    site: 'office',
    at: now - 600_000,
    kind: 'changed',
    changes: [{ what: 'IPv4 address', from: '198.51.100.2', to: '203.0.113.9' }],
    detail: null,
    whileAway: true,
  },
];
