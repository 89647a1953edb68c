/**
 * A watched site's retained message (shared/contract/fleet.ts FleetState) for the fleet's pure
 * tables: online, nothing but its addresses (no identity), heard at `at`. One copy for the
 * figures (tests/shared/fleet-summary.test.ts) and the words (tests/shared/words/fleet.test.ts).
 */
import type { FleetState } from '../../shared/contract/fleet';

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
