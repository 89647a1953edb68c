/**
 * The differences between two states of a site, in words: what the publisher sends on its event
 * topic, and what the watcher records when a state differs from the one it held (also after it was
 * away: the retained state tells the latest). Online and offline are not among them: the watcher
 * records those as events of their own. Every text is cut to the contract's FLEET_TEXT_MAX, its
 * end marked: `DNS <name> (<type>)` of a long name and type, or a network's `AS<n> <org>`, is
 * longer than either field, and a longer text makes a reader drop the change (the publisher's event
 * message, payload.ts) or the site's history answer (the watcher's own events, sites.ts). Pure.
 *
 *   field            | what                          | from / to
 *   -----------------+-------------------------------+------------------------------
 *   families.v4/v6   | IPv4 address / IPv6 address   | the address, or null
 *   identity         | IPv4 network / IPv6 network   | "AS3320 Deutsche Telekom AG"
 *   health           | Health                        | its label
 *   nat              | NAT                           | its label
 *   ddns[]           | DNS <name> (<type>)           | the record's state, null when absent
 *   monitors[]       | Monitor <name>                | the monitor's state, null when absent
 */
import { FLEET_TEXT_MAX, type FleetChange, type FleetFamily, type FleetState } from '../../../shared/contract/fleet';

/** A text cut to what a fleet text may hold (FLEET_TEXT_MAX), its end marked. */
export const clipText = (t: string): string => (t.length > FLEET_TEXT_MAX ? `${t.slice(0, FLEET_TEXT_MAX - 1)}…` : t);
const orNull = (t: string | null): string | null => (t === null ? null : clipText(t));
const change = (what: string, from: string | null, to: string | null): FleetChange => ({
  what: clipText(what),
  from: orNull(from),
  to: orNull(to),
});

const network = (f: FleetFamily | null | undefined): string | null => {
  const id = f?.identity;
  if (!id || (id.asn === null && id.org === null)) return null;
  return [id.asn === null ? null : `AS${id.asn}`, id.org].filter(Boolean).join(' ');
};

/**
 * Entries keyed by name: one change per key whose value differs (added or removed: null on one
 * side), added to `out` one by one: no spread of a list whose length a site decides (a spread of
 * 150,000 overflowed the stack in the watcher's message handler).
 */
function keyed(out: FleetChange[], what: (k: string) => string, a: Map<string, string>, b: Map<string, string>) {
  for (const [k, from] of a) if (b.get(k) !== from) out.push(change(what(k), from, b.get(k) ?? null));
  for (const [k, to] of b) if (!a.has(k)) out.push(change(what(k), null, to));
}

export function fleetChanges(before: FleetState, after: FleetState): FleetChange[] {
  const out: FleetChange[] = [];
  const one = (what: string, from: string | null, to: string | null) => {
    if (from !== to) out.push(change(what, from, to));
  };
  for (const [key, name] of [
    ['v4', 'IPv4'],
    ['v6', 'IPv6'],
  ] as const) {
    const a = before.families?.[key];
    const b = after.families?.[key];
    one(`${name} address`, a?.ip ?? null, b?.ip ?? null);
    one(`${name} network`, network(a), network(b));
  }
  one('Health', before.health?.label ?? null, after.health?.label ?? null);
  one('NAT', before.nat?.label ?? null, after.nat?.label ?? null);
  const dns = (s: FleetState) => new Map((s.ddns ?? []).map((r) => [`${r.name} (${r.type})`, r.state]));
  keyed(out, (k) => `DNS ${k}`, dns(before), dns(after));
  const monitors = (s: FleetState) => new Map((s.monitors ?? []).map((m) => [m.name, m.state]));
  keyed(out, (k) => `Monitor ${k}`, monitors(before), monitors(after));
  return out;
}
