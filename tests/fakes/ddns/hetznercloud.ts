/**
 * A stand-in for Hetzner's Cloud API for DNS, from its documentation
 * (https://docs.hetzner.cloud/reference/cloud#tag/zone-rrsets, #tag/zone-rrset-actions, and the
 * overview's "Errors" and "Rate limiting") and qdm12/ddns-updater's request code
 * (internal/provider/providers/hetznercloud/): a Bearer token; an error is
 * {"error":{"code","message","details"}} (401 unauthorized, 404 not_found, 422 invalid_input,
 * 409 uniqueness_error for an RRSet that exists); 3600 requests an hour per project, past it 429
 * rate_limit_exceeded with RateLimit-Limit/-Remaining/-Reset headers (no Retry-After). Changes
 * answer 201 with an action, here "running" as the real API's do at first.
 *
 *   GET  /zones/{zone}/rrsets?name=&type=                        {rrsets:[...],meta}
 *   POST /zones/{zone}/rrsets/{name}/{type}/actions/set_records  {records:[{value}]} 201 {action}
 *   POST /zones/{zone}/rrsets  {name,type,ttl?,records}          201 {rrset,action}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface HetznerCloudStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});
const error = (status: number, code: string, message: string): Reply =>
  json(status, { error: { code, message, details: {} } });

let actions = 1000;
const action = (command: string) => ({
  action: { id: actions++, command, status: 'running', progress: 0, error: null, resources: [] },
});

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const valuesOf = (v: unknown): string[] | null =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof (x as { value?: unknown }).value === 'string')
    ? v.map((x) => (x as { value: string }).value)
    : null;

export async function startHetznerCloud(token: string, domain: string, perHour = 3600): Promise<HetznerCloudStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(
    perHour,
    3600,
    JSON.stringify({
      error: { code: 'rate_limit_exceeded', message: 'limit of 3600 requests per hour reached', details: {} },
    }),
  );
  const rrset = (sub: string, type: string) => {
    const rows = zone.find(fullName(sub, domain), type);
    return {
      id: `${sub}/${type}`,
      name: sub,
      type,
      ttl: rows[0]?.ttl ?? null,
      records: rows.map((r) => ({ value: r.content, comment: '' })),
      zone: 1,
    };
  };
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) {
      delete limited.headers!['retry-after'];
      return {
        ...limited,
        headers: { ...limited.headers, 'ratelimit-limit': String(perHour), 'ratelimit-remaining': '0' },
      };
    }
    if (req.headers.authorization !== `Bearer ${token}`) return error(401, 'unauthorized', 'unable to authenticate');
    const [, zones, z, rrsets, name, type, actionsPart, command] = req.url.pathname.split('/');
    if (zones !== 'zones' || rrsets !== 'rrsets') return error(404, 'not_found', 'resource not found');
    if (decodeURIComponent(z ?? '') !== domain) return error(404, 'not_found', 'zone not found');
    if (req.method === 'GET' && !name) {
      const n = req.url.searchParams.get('name');
      const t = req.url.searchParams.get('type');
      const keys = new Set([...zone.records.values()].map((r) => `${subOf(r.name, domain) || '@'}/${r.type}`));
      const sets = [...keys]
        .map((k) => k.split('/') as [string, string])
        .filter(([s, ty]) => (!n || s === n) && (!t || ty === t))
        .map(([s, ty]) => rrset(s, ty));
      return json(200, { rrsets: sets, meta: { pagination: { page: 1, per_page: 25, total_entries: sets.length } } });
    }
    const body = parse(req.body);
    if (req.method === 'POST' && !name) {
      const values = valuesOf(body?.records);
      const ttl = body?.ttl;
      if (!body || typeof body.name !== 'string' || typeof body.type !== 'string' || !values)
        return error(422, 'invalid_input', 'invalid input in field records');
      if (ttl !== undefined && (typeof ttl !== 'number' || ttl < 60))
        return error(422, 'invalid_input', 'invalid input in field ttl');
      if (zone.find(fullName(body.name, domain), body.type).length)
        return error(409, 'uniqueness_error', 'rrset already exists');
      for (const v of values)
        zone.add({
          name: fullName(body.name, domain),
          type: body.type,
          content: v,
          ttl: (ttl as number | undefined) ?? 3600,
        });
      zone.writes++;
      return json(201, { rrset: rrset(body.name, body.type), ...action('create_rrset') });
    }
    if (req.method === 'POST' && actionsPart === 'actions' && command === 'set_records' && name && type) {
      const sub = decodeURIComponent(name);
      const existing = zone.find(fullName(sub, domain), type);
      if (!existing.length) return error(404, 'not_found', 'rrset not found');
      const values = valuesOf(body?.records);
      if (!values) return error(422, 'invalid_input', 'invalid input in field records');
      const ttl = existing[0]!.ttl;
      for (const r of existing) zone.records.delete(r.id);
      for (const v of values) zone.add({ name: fullName(sub, domain), type, content: v, ttl });
      zone.writes++;
      return json(201, action('set_rrset_records'));
    }
    return error(404, 'not_found', 'resource not found');
  });
  return Object.assign(stand, { zone });
}
