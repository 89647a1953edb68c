/**
 * A stand-in for Hostinger's DNS API v1, from its documentation (https://developers.hostinger.com/
 * #tag/dns-zone: "Get DNS records" GET /api/dns/v1/zones/{domain}, "Update DNS records" PUT with
 * `overwrite` and `zone`; errors as {error, correlation_id}, a 422 as {message, errors, correlation_id})
 * (the shapes as hostinger/api-typescript-sdk's docs/DNSZoneApi.md and DNSV1ZoneRecordResource.md
 * give them) and qdm12/ddns-updater's request code (internal/provider/providers/hostinger/provider.go: a Bearer
 * token, {overwrite:true,zone:[{name,records:[{content}],ttl,type}]}, success only on 200). Quirks
 * kept: the records come as sets by name and type; `overwrite: false` (or left out) adds the values
 * beside the old ones, `true` replaces the set; a domain not in the account is 404; a set without a
 * name, type, TTL or records is 422 naming the field.
 */
import { randomUUID } from 'node:crypto';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface HostingerStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: object): Reply => ({
  status,
  body: JSON.stringify({ ...body, ...(status >= 400 ? { correlation_id: randomUUID() } : {}) }),
  headers: { 'content-type': 'application/json' },
});
const invalid = (field: string, why: string) => json(422, { message: why, errors: { [field]: [why] } });

type Set = { name: string; type: string; ttl: number; records: string[] };

/** The record sets of a PUT's `zone`, or Hostinger's 422. */
function setsOf(body: unknown): Set[] | Reply {
  const zone = (body as { zone?: unknown } | null)?.zone;
  if (!Array.isArray(zone) || zone.length === 0) return invalid('zone', 'The zone field is required.');
  const sets: Set[] = [];
  for (const [i, s] of zone.entries()) {
    const x = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    if (typeof x.name !== 'string') return invalid(`zone.${i}.name`, `The zone.${i}.name field is required.`);
    if (typeof x.type !== 'string') return invalid(`zone.${i}.type`, `The zone.${i}.type field is required.`);
    if (x.ttl !== undefined && (!Number.isInteger(x.ttl) || (x.ttl as number) < 60))
      return invalid(`zone.${i}.ttl`, `The zone.${i}.ttl field must be at least 60.`);
    const records = Array.isArray(x.records) ? x.records.map((c) => (c as { content?: unknown }).content) : [];
    if (!records.length || !records.every((c) => typeof c === 'string'))
      return invalid(`zone.${i}.records`, `The zone.${i}.records field is required.`);
    sets.push({
      name: x.name,
      type: x.type,
      ttl: (x.ttl as number | undefined) ?? 14_400,
      records: records as string[],
    });
  }
  return sets;
}

export async function startHostinger(token: string, domain: string): Promise<HostingerStandIn> {
  const zone = createZone(domain);
  const stand = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) return json(401, { error: 'Unauthenticated.' });
    const [, api, dns, v1, zones, d, more] = req.url.pathname.split('/');
    if (api !== 'api' || dns !== 'dns' || v1 !== 'v1' || zones !== 'zones' || !d || more !== undefined)
      return json(404, { error: 'Route not found.' });
    if (d !== domain) return json(404, { error: `Domain ${d} not found.` });
    if (req.method === 'GET') {
      const by = new Map<string, { name: string; type: string; ttl: number; records: object[] }>();
      for (const r of zone.records.values()) {
        const name = subOf(r.name, domain) || '@';
        const key = `${name} ${r.type}`;
        const set = by.get(key) ?? { name, type: r.type, ttl: r.ttl, records: [] };
        set.records.push({ content: r.content, is_disabled: false });
        by.set(key, set);
      }
      return { status: 200, body: JSON.stringify([...by.values()]), headers: { 'content-type': 'application/json' } };
    }
    if (req.method !== 'PUT') return json(405, { error: 'Method not allowed.' });
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      return invalid('zone', 'The zone field is required.');
    }
    const sets = setsOf(body);
    if (!Array.isArray(sets)) return sets;
    const overwrite = (body as { overwrite?: unknown }).overwrite === true;
    for (const s of sets) {
      const full = fullName(s.name, domain);
      if (overwrite) for (const r of zone.find(full, s.type)) zone.records.delete(r.id);
      for (const content of s.records) zone.add({ name: full, type: s.type, content, ttl: s.ttl });
    }
    zone.writes++;
    return json(200, { message: 'Request accepted' });
  });
  return Object.assign(stand, { zone });
}
