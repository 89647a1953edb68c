/**
 * A model of the fleet's events for the fleet properties (tests/electron/engine/fleet/
 * *.property.test.ts), written from the tables in engine/fleet/changes.ts and sites.ts, not from
 * their code: what should differ between two states, and which events a watcher should keep for
 * the messages it hears. The properties compare the code with it, so neither side judges itself.
 */
import type { FleetChange, FleetRead, FleetState } from '../../shared/contract/fleet';
import { FLEET_TEXT_MAX } from '../../shared/contract/fleet';

/** A text as a fleet text holds it: at most FLEET_TEXT_MAX UTF-16 units, a cut one ending in "…". */
export const cutText = (t: string): string =>
  t.length <= FLEET_TEXT_MAX ? t : t.substring(0, FLEET_TEXT_MAX - 1) + '\u2026';
const cutOrNull = (t: string | null) => (t === null ? null : cutText(t));

type Family = FleetState['families']['v4'];

/** `AS<n> <org>`, either part alone when the other is unknown (an empty org is no org); null: neither known. */
function networkWords(f: Family | undefined): string | null {
  const id = f?.identity;
  if (!id || (id.asn === null && id.org === null)) return null;
  const asn = id.asn === null ? '' : `AS${id.asn}`;
  const org = id.org ?? '';
  return asn && org ? `${asn} ${org}` : asn + org;
}

/** Entries by name: each name once, where it first comes, with the value its last entry gives. */
function byName<T>(list: readonly T[], name: (e: T) => string, value: (e: T) => string) {
  const names: string[] = [];
  const values: Record<string, string> = {};
  for (const e of list) {
    const n = name(e);
    if (!Object.hasOwn(values, n)) names.push(n);
    values[n] = value(e);
  }
  return { names, has: (n: string) => Object.hasOwn(values, n), value: (n: string) => values[n]! };
}

/** The differences from `a` to `b`, in the order of changes.ts's table, each text cut. */
export function expectedChanges(a: FleetState, b: FleetState): FleetChange[] {
  const out: FleetChange[] = [];
  const differs = (what: string, from: string | null, to: string | null) => {
    if (from !== to) out.push({ what: cutText(what), from: cutOrNull(from), to: cutOrNull(to) });
  };
  for (const [key, label] of [
    ['v4', 'IPv4'],
    ['v6', 'IPv6'],
  ] as const) {
    const fa = a.families ? a.families[key] : null;
    const fb = b.families ? b.families[key] : null;
    differs(`${label} address`, fa ? fa.ip : null, fb ? fb.ip : null);
    differs(`${label} network`, networkWords(fa), networkWords(fb));
  }
  differs('Health', a.health ? a.health.label : null, b.health ? b.health.label : null);
  differs('NAT', a.nat ? a.nat.label : null, b.nat ? b.nat.label : null);
  const lists = [
    [
      'DNS',
      (s: FleetState) =>
        byName(
          s.ddns ?? [],
          (r) => `${r.name} (${r.type})`,
          (r) => r.state,
        ),
    ],
    [
      'Monitor',
      (s: FleetState) =>
        byName(
          s.monitors ?? [],
          (m) => m.name,
          (m) => m.state,
        ),
    ],
  ] as const;
  for (const [word, of] of lists) {
    const [was, is] = [of(a), of(b)];
    for (const n of was.names) differs(`${word} ${n}`, was.value(n), is.has(n) ? is.value(n) : null);
    for (const n of is.names) if (!was.has(n)) differs(`${word} ${n}`, null, is.value(n));
  }
  return out;
}

export interface ModelEvent {
  site: string;
  at: number;
  kind: 'changed' | 'online' | 'offline' | 'mismatch' | 'unreadable';
  changes: FleetChange[];
  detail: string | null;
  whileAway: boolean;
}

/**
 * A watcher's events for one site, message by message (sites.ts's table): an unreadable
 * message when its reason is new; a state naming another site when that name is new; a full
 * state (one with its own time) that differs from the state held; online or offline when that
 * flips (the first one heard "first seen"; offline with the state's reason). A will (no time)
 * keeps the state held, marked offline.
 */
export class WatcherModel {
  private heardBefore = false;
  private online: boolean | null = null;
  private unreadable: string | null = null;
  private mismatch: string | null = null;
  private state: FleetState | null = null;

  hear(m: { site: string; read: FleetRead<FleetState>; at: number; retained: boolean }): ModelEvent[] {
    const out: ModelEvent[] = [];
    const event = (kind: ModelEvent['kind'], detail: string | null, changes: FleetChange[] = []) =>
      out.push({ site: m.site, at: m.at, kind, changes, detail: cutOrNull(detail), whileAway: m.retained });
    const first = !this.heardBefore;
    this.heardBefore = true;
    if (!m.read.ok) {
      if (m.read.reason !== this.unreadable) event('unreadable', m.read.reason);
      this.unreadable = m.read.reason;
      return out;
    }
    const s = m.read.value;
    this.unreadable = null;
    const named = s.site === m.site ? null : s.site;
    if (named !== null && named !== this.mismatch) event('mismatch', `its state calls it "${named}"`);
    this.mismatch = named;
    const full = typeof s.at === 'number';
    if (full && this.state) {
      const changes = expectedChanges(this.state, s);
      if (changes.length > 0) event('changed', null, changes);
    }
    if (s.online !== this.online) {
      if (s.online) event('online', first ? 'first seen' : null);
      else event('offline', s.reason ?? null);
    }
    this.online = s.online;
    this.state = full || !this.state ? s : this.state;
    return out;
  }
}
