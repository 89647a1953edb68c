/**
 * A stand-in for NameSilo's API, from its documentation
 * (https://www.namesilo.com/api-reference#dns/dns-list-records, dns-add-record, dns-update-record,
 * "Response Codes") and the request code of qdm12/ddns-updater
 * (internal/provider/providers/namesilo/provider.go) and jeessy2/ddns-go (dns/namesilo.go): every
 * call a GET with version=1, type=json, key and domain in the query; every answer HTTP 200, its
 * `reply.code` the outcome (300 success, 110 "Invalid API Key", 200 "Domain is not active, or does
 * not belong to this user", 280 DNS modification error with its detail); a record's host is its
 * full name; an rrttl below 3600 or above 2592000 is refused (280); a list of one record is an
 * object, not an array, as NameSilo's XML-born JSON has it.
 *
 *   GET /dnsListRecords    {request,reply:{code,detail,resource_record}}
 *   GET /dnsUpdateRecord   rrid, rrhost, rrvalue, rrttl   {reply:{code:300,record_id}}
 *   GET /dnsAddRecord      rrtype, rrhost, rrvalue, rrttl {reply:{code:300,record_id}}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone, type ZoneRecord } from '../ddns-zone';

export interface NamesiloStandIn extends HttpStandIn {
  zone: Zone;
}

const answer = (operation: string, code: number, detail: string, more: Record<string, unknown> = {}): Reply => ({
  status: 200,
  body: JSON.stringify({ request: { operation, ip: '127.0.0.1' }, reply: { code, detail, ...more } }),
  headers: { 'content-type': 'application/json' },
});

export async function startNamesilo(key: string, domain: string): Promise<NamesiloStandIn> {
  const zone = createZone(domain);
  let ids = 0;
  const shown = (r: ZoneRecord) => ({
    record_id: r.id,
    type: r.type,
    host: r.name,
    value: r.content,
    ttl: String(r.ttl),
    distance: 0,
  });
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    const op = req.url.pathname.split('/').at(-1) ?? '';
    if (req.method !== 'GET' && req.method !== 'POST') return { status: 405, body: '' };
    if (q.get('version') !== '1' || q.get('type') !== 'json') return answer(op, 109, 'Invalid Version or Type');
    if (q.get('key') !== key) return answer(op, 110, 'Invalid API Key');
    if (q.get('domain') !== domain) return answer(op, 200, 'Domain is not active, or does not belong to this user');
    if (op === 'dnsListRecords') {
      const rows = [...zone.records.values()].map(shown);
      return answer(
        op,
        300,
        'success',
        rows.length === 0 ? {} : { resource_record: rows.length === 1 ? rows[0] : rows },
      );
    }
    const ttl = Number(q.get('rrttl') ?? 7207);
    if (!Number.isInteger(ttl) || ttl < 3600 || ttl > 2_592_000) return answer(op, 280, 'Invalid TTL');
    const value = q.get('rrvalue') ?? '';
    const host = fullName(q.get('rrhost') ?? '', domain);
    if (op === 'dnsUpdateRecord') {
      const r = zone.records.get(q.get('rrid') ?? '');
      if (!r) return answer(op, 280, 'Invalid rrid');
      if (!value) return answer(op, 280, 'Invalid rrvalue');
      Object.assign(r, { name: host, content: value, ttl });
      zone.writes++;
      return answer(op, 300, 'success', { record_id: r.id });
    }
    if (op === 'dnsAddRecord') {
      const type = q.get('rrtype') ?? '';
      if ((type !== 'A' && type !== 'AAAA') || !value) return answer(op, 280, 'Invalid rrtype or rrvalue');
      const made = zone.add({ id: `rec${++ids}${type}`, name: host, type, content: value, ttl });
      zone.writes++;
      return answer(op, 300, 'success', { record_id: made.id });
    }
    return { status: 404, body: 'Not Found' };
  });
  return Object.assign(stand, { zone });
}
