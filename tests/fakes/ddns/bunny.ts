/**
 * A stand-in for bunny.net's DNS API, from its documentation (https://docs.bunny.net/reference/:
 * dnszonepublic_index (list, `search` a part of the name, perPage 5 to 1000), dnszonepublic_index2
 * (a zone with its Records), dnszonepublic_addrecord (PUT, 201 the record), dnszonepublic_updaterecord
 * (POST, 204); errors as {ErrorKey,Field,Message}) and qdm12/ddns-updater's request code
 * (internal/provider/providers/bunny/provider.go: the AccessKey header, Type 0 for A and 1 for AAAA,
 * a Name of "" for the zone itself, Ttl 60 to 3600). Quirks kept: the search also finds a zone that
 * merely contains the name (a decoy "my<zone>" is there); a zone or record id not in the account is
 * 404; a Type that is not a number of the enum, or a Value that is not an address of it, is 400.
 */
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';

export interface BunnyStandIn extends HttpStandIn {
  zone: Zone;
  zoneId: number;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, ErrorKey: string, Field: string, Message: string) =>
  json(status, { ErrorKey, Field, Message });

const TYPES = ['A', 'AAAA'] as const;

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startBunny(apiKey: string, domain: string): Promise<BunnyStandIn> {
  const zone = createZone(domain);
  const zoneId = 41_007;
  const decoy = { Id: 41_001, Domain: `my${domain}`, Records: [] };
  const shown = (r: ZoneRecord) => ({
    Id: Number(r.id),
    Type: TYPES.indexOf(r.type as 'A'),
    Name: subOf(r.name, domain) ?? '',
    Value: r.content,
    Ttl: r.ttl,
    Disabled: false,
    Comment: '',
  });
  const whole = () => ({ Id: zoneId, Domain: domain, Records: [...zone.records.values()].map(shown) });
  /** The record a write asks for, or bunny.net's 400. */
  const asked = (b: Record<string, unknown> | null, old?: ZoneRecord): Omit<ZoneRecord, 'id'> | Reply => {
    const type = b?.Type ?? (old ? TYPES.indexOf(old.type as 'A') : undefined);
    if (type !== 0 && type !== 1) return error(400, 'validation.error', 'Type', 'The record type is not valid');
    const value = b?.Value ?? old?.content;
    if (typeof value !== 'string' || isIP(value) !== (type === 0 ? 4 : 6))
      return error(400, 'validation.error', 'Value', 'The record value is not valid for its type');
    const ttl = b?.Ttl ?? old?.ttl ?? 300;
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0)
      return error(400, 'validation.error', 'Ttl', 'The TTL is not valid');
    const name = typeof b?.Name === 'string' ? fullName(b.Name, domain) : (old?.name ?? domain);
    return { name, type: TYPES[type], content: value, ttl };
  };
  const stand = await startHttpStandIn((req) => {
    if (req.headers.accesskey !== apiKey) return error(401, 'auth.failed', '', 'The request authorization failed');
    const [, dnszone, id, records, recordId, more] = req.url.pathname.split('/');
    if (dnszone !== 'dnszone' || more !== undefined) return error(404, 'not.found', '', 'Not found');
    if (req.method === 'GET' && id === undefined) {
      const search = req.url.searchParams.get('search') ?? '';
      const items = [decoy, whole()].filter((z) => z.Domain.includes(search));
      return json(200, { Items: items, CurrentPage: 1, TotalItems: items.length, HasMoreItems: false });
    }
    if (Number(id) !== zoneId)
      return error(404, 'not.found', 'id', 'The DNS Zone with the requested ID does not exist');
    if (req.method === 'GET' && records === undefined) return json(200, whole());
    if (records !== 'records') return error(404, 'not.found', '', 'Not found');
    const body = parse(req.body);
    if (req.method === 'PUT' && recordId === undefined) {
      const made = asked(body);
      if ('status' in made) return made;
      const r = zone.add(made);
      zone.writes++;
      return json(201, shown(r));
    }
    if (req.method === 'POST' && recordId !== undefined) {
      const old = zone.records.get(recordId);
      if (!old) return error(404, 'not.found', 'id', 'The DNS record with the requested ID does not exist');
      const made = asked(body, old);
      if ('status' in made) return made;
      Object.assign(old, made);
      zone.writes++;
      return { status: 204, body: '' };
    }
    return error(405, 'method.not_allowed', '', 'Method not allowed');
  });
  return Object.assign(stand, { zone, zoneId });
}
