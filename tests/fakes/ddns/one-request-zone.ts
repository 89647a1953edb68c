/**
 * What the one-request providers' stand-ins (dynv6, FreeDNS, ddnss.de...) share under their own
 * answers: an update sets the one address a name holds of a family in the stand-in's zone
 * (tests/fakes/ddns-zone.ts), making the record when it is missing, as these APIs do, and says
 * whether anything changed (their "updated" or "unchanged" answer). A change counts as a write.
 */
import type { Zone } from '../ddns-zone';

export type SetResult = 'updated' | 'unchanged';

export function setAddress(zone: Zone, name: string, type: 'A' | 'AAAA', content: string, ttl = 60): SetResult {
  const held = zone.find(name, type);
  if (held.length === 1 && held[0]!.content === content) return 'unchanged';
  for (const r of held) zone.records.delete(r.id);
  zone.add({ name, type, content, ttl });
  zone.writes++;
  return 'updated';
}

/** The record type of an address (a colon is IPv6), or null when it is neither family's form. */
export function typeOf(address: string): 'A' | 'AAAA' | null {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return 'A';
  return address.includes(':') ? 'AAAA' : null;
}
