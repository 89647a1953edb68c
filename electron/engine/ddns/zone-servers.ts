/**
 * Which servers to ask about a record: its zone's authoritative servers (propagation.ts). A record
 * whose settings name the zone (rfc2136, Cloudflare) uses it, as its provider's file says
 * (shared/settings/ddns-providers); the others find it by walking up from the host name to the
 * first name that has NS records.
 */
import type { DdnsRecord } from '../../../shared/settings/ddns';
import { specOf } from '../../../shared/settings/ddns-providers';
import type { DdnsProviderSpec } from '../../../shared/settings/ddns-providers/spec';
import { type AuthServer, authoritativeServers, type NsResolver } from './propagation';

/** The record's host name and type, as the authoritative servers are asked about it. */
export function recordName(r: DdnsRecord): { name: string; zone: string | null } {
  const spec = specOf(r.provider) as DdnsProviderSpec | undefined;
  if (!spec) throw new Error(`no provider ${String(r.provider)}`);
  return spec.where(r as never);
}

const NO_NS = new Set(['ENODATA', 'ENOTFOUND']);

/**
 * The names asked for NS records, in order, to find the zone: the zone when given, else `name`
 * and each name above it of two labels or more. The egress inventory declares these (issue 63).
 */
export function zoneWalk(where: { name: string; zone: string | null }): string[] {
  if (where.zone) return [where.zone];
  const labels = where.name.split('.');
  return labels.flatMap((_, i) => (labels.length - i >= 2 ? [labels.slice(i).join('.')] : []));
}

/** The zone's servers; with no zone given, the nearest name up from `name` (two labels at least) that has NS. */
export async function zoneServers(
  where: { name: string; zone: string | null },
  resolver: NsResolver,
): Promise<{ zone: string; servers: AuthServer[] }> {
  if (where.zone) return { zone: where.zone, servers: await authoritativeServers(where.zone, resolver) };
  for (const zone of zoneWalk(where)) {
    try {
      return { zone, servers: await authoritativeServers(zone, resolver) };
    } catch (err) {
      if (!NO_NS.has((err as { code?: string }).code ?? '')) throw err;
    }
  }
  throw new Error(`no zone with NS records above ${where.name}`);
}
