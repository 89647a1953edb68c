/**
 * A site's state for the broker, taken from the one status the runtime computes (already
 * redacted, runtime/index.ts): no figure is computed a second time, and what is published is what
 * this runner's own API shows. Only what a watcher shows is taken: addresses with their since and
 * network identity, health, the NAT verdict, the DDNS records' and the monitors' states (at most
 * FLEET_LIST_MAX of each). Pure.
 */
import type { AppStatus } from '../../../shared/contract';
import {
  FLEET_EVENT_CHANGES_MAX,
  FLEET_LIST_MAX,
  FLEET_PAYLOAD_VERSION,
  type FleetEventPayload,
  type FleetFamily,
  type FleetState,
} from '../../../shared/contract/fleet';
import type { FamilyStatus } from '../../../shared/types';
import { fleetChanges } from './changes';

const family = (f: FamilyStatus): FleetFamily | null =>
  f.enabled ? { ip: f.ip, since: f.since, identity: f.identity ?? null } : null;

export function fleetState(status: AppStatus, site: string, version: string, at: number): FleetState {
  return {
    v: FLEET_PAYLOAD_VERSION,
    site,
    online: true,
    reason: null,
    families: { v4: family(status.families.v4), v6: family(status.families.v6) },
    health: { state: status.health.state, label: status.health.label },
    nat: { verdict: status.nat.verdict, label: status.nat.label },
    // The first FLEET_LIST_MAX of each: a watcher reads no longer list (contract/fleet.ts).
    ddns: (status.ddns?.records ?? [])
      .slice(0, FLEET_LIST_MAX)
      .map((r) => ({ name: r.name, type: r.type, state: r.state })),
    monitors: (status.monitors?.items ?? []).slice(0, FLEET_LIST_MAX).map((m) => ({ name: m.name, state: m.state })),
    version,
    at,
  };
}

/** What the site's MQTT will says when its connection dies: all it can know when it connects. */
export const willState = (site: string): Pick<FleetState, 'v' | 'site' | 'online' | 'reason'> => ({
  v: FLEET_PAYLOAD_VERSION,
  site,
  online: false,
  reason: 'connection lost',
});

/** The same state apart from when it was taken: nothing to publish. */
export const sameState = (a: FleetState | null, b: FleetState): boolean =>
  a !== null && JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 });

/**
 * The event a site publishes beside a new state: the differences from the state it held (at most
 * FLEET_EVENT_CHANGES_MAX, each text within FLEET_TEXT_MAX: changes.ts cuts them), or null when
 * there is none or no state before it.
 */
export function fleetEvent(site: string, before: FleetState | null, now: FleetState): FleetEventPayload | null {
  const changes = before ? fleetChanges(before, now) : [];
  if (changes.length === 0) return null;
  const kept = changes.slice(0, FLEET_EVENT_CHANGES_MAX);
  return { v: FLEET_PAYLOAD_VERSION, site, at: now.at ?? 0, changes: kept };
}
