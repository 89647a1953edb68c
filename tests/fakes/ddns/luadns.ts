/**
 * A stand-in for LuaDNS's REST API, from its documentation (https://www.luadns.com/api.html:
 * authentication, zones, records) and qdm12/ddns-updater's request code
 * (internal/provider/providers/luadns/provider.go): HTTP Basic with the account's email and API
 * key, and only `Accept: application/json` answered (else 406); an error is
 * {"status","message"} (401 "Unauthorized", 404 "Not Found", 400 "Bad Request"); a record's name
 * is the full name with the root dot; a record is sent whole (name, type, content, ttl).
 *
 *   GET  /zones                      [{id,name}]
 *   GET  /zones/{id}/records         [{id,name,type,content,ttl,zone_id}]
 *   PUT  /zones/{id}/records/{rid}   {name,type,content,ttl}  200 the record
 *   POST /zones/{id}/records         {name,type,content,ttl}  200 the record
 */
import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone, type ZoneRecord } from '../ddns-zone';

export interface LuadnsStandIn extends HttpStandIn {
  zone: Zone;
}

const ZONE_ID = 71;

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, text: string, message: string): Reply => json(status, { status: text, message });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startLuadns(keys: { email: string; apiKey: string }, domain: string): Promise<LuadnsStandIn> {
  const zone = createZone(domain);
  const shown = (r: ZoneRecord) => ({
    id: Number(r.id),
    name: `${r.name}.`,
    type: r.type,
    content: r.content,
    ttl: r.ttl,
    zone_id: ZONE_ID,
  });
  /** A whole record in a body, its name under the zone (with the root dot), or the refusal. */
  const wholeRecord = (body: Record<string, unknown> | null) => {
    if (!body) return error(400, 'Bad Request', 'Invalid JSON');
    const { name, type, content, ttl } = body;
    if (typeof name !== 'string' || !name.endsWith('.') || !`.${name}`.endsWith(`.${domain}.`))
      return error(400, 'Bad Request', 'Invalid record name');
    if ((type !== 'A' && type !== 'AAAA') || typeof content !== 'string' || !content)
      return error(400, 'Bad Request', 'Invalid record');
    if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl <= 0) return error(400, 'Bad Request', 'Invalid TTL');
    return { name: name.slice(0, -1), type, content, ttl };
  };
  const stand = await startHttpStandIn((req) => {
    const who = basicAuth(req.headers);
    if (!who || who[0] !== keys.email || who[1] !== keys.apiKey)
      return error(401, 'Unauthorized', 'Invalid username or API key');
    if (req.headers.accept !== 'application/json') return error(406, 'Not Acceptable', 'Accept application/json');
    const [, zones, id, records, rid, ...more] = req.url.pathname.split('/');
    if (zones !== 'zones' || more.length) return error(404, 'Not Found', 'Not found');
    if (!id && req.method === 'GET') return json(200, [{ id: ZONE_ID, name: domain }]);
    if (Number(id) !== ZONE_ID || records !== 'records') return error(404, 'Not Found', 'Zone not found');
    if (req.method === 'GET' && !rid) return json(200, [...zone.records.values()].map(shown));
    const got = wholeRecord(parse(req.body));
    if ('status' in got) return got;
    if (req.method === 'POST' && !rid) {
      const made = zone.add(got);
      zone.writes++;
      return json(200, shown(made));
    }
    if (req.method === 'PUT' && rid) {
      const r = zone.records.get(rid);
      if (!r) return error(404, 'Not Found', 'Record not found');
      Object.assign(r, got);
      zone.writes++;
      return json(200, shown(r));
    }
    return error(405, 'Method Not Allowed', 'Method not allowed');
  });
  return Object.assign(stand, { zone });
}
