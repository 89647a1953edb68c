/**
 * What a DNS provider's stand-in holds, under its API: records with an id, a name, a type, a
 * content and a TTL, as every provider's API documentation describes its records. Each
 * provider's stand-in (tests/fakes/ddns/<provider>.ts) answers its own API over this, so the
 * contract suite (tests/electron/engine/ddns/contract/) can ask any of them the same things:
 * what a name holds, how many writes were made, and mirror the zone into the stand-in
 * authoritative server (dns-server.ts), as the provider's own name servers serve it.
 */
import type { FakeDnsServer } from './dns-server';

export interface ZoneRecord {
  id: string;
  /** The full name, without the root dot, in lower case. */
  name: string;
  type: string;
  content: string;
  ttl: number;
}

export interface Zone {
  /** The zone's own name ("example.org"). */
  readonly name: string;
  readonly records: Map<string, ZoneRecord>;
  /** The records of `name` and `type`. */
  find(name: string, type: string): ZoneRecord[];
  /** A new record; its id is the next number (as text), unless given. */
  add(r: Omit<ZoneRecord, 'id'> & { id?: string }): ZoneRecord;
  /** Writes (made or changed records) so far: the contract counts them. */
  writes: number;
  /** The addresses `name` holds of `type`. */
  holds(name: string, type: 'A' | 'AAAA'): string[];
  /** Serves the zone's A and AAAA records from `dns` (the provider's servers caught up). */
  mirror(dns: FakeDnsServer): void;
}

export function createZone(name: string): Zone {
  const records = new Map<string, ZoneRecord>();
  let next = 1;
  const zone: Zone = {
    name,
    records,
    writes: 0,
    find: (n, type) =>
      [...records.values()].filter((r) => r.name === n.toLowerCase().replace(/\.$/, '') && r.type === type),
    add(r) {
      const id = r.id ?? String(next++);
      const made = { ...r, id, name: r.name.toLowerCase().replace(/\.$/, '') };
      records.set(id, made);
      return made;
    },
    holds: (n, type) => zone.find(n, type).map((r) => r.content),
    mirror(dns) {
      const by = new Map<string, string[]>();
      for (const r of records.values()) {
        if (r.type !== 'A' && r.type !== 'AAAA') continue;
        const key = `${r.name} ${r.type}`;
        by.set(key, [...(by.get(key) ?? []), r.content]);
      }
      for (const [key, values] of by) {
        const [n, type] = key.split(' ') as [string, 'A' | 'AAAA'];
        dns.setRecord(n, type, values);
      }
    },
  };
  return zone;
}

/** The full name of `sub` under `zone` ("@" or "" for the zone itself), as the providers' APIs join them. */
export const fullName = (sub: string, zone: string): string =>
  sub === '' || sub === '@' ? zone : `${sub}.${zone}`.toLowerCase();

/** The part of `name` under `zone` ("" for the zone itself), or null when it is not in the zone. */
export function subOf(name: string, zone: string): string | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n === zone) return '';
  return n.endsWith(`.${zone}`) ? n.slice(0, -zone.length - 1) : null;
}
