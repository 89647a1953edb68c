/**
 * A stand-in for DNSPod's token API (dnsapi.cn), from its documentation (https://docs.dnspod.cn/api/:
 * the common parameters, Record.List, Record.Modify, Record.Create and the status codes) and the
 * request code of qdm12/ddns-updater (internal/provider/providers/dnspod/provider.go) and
 * jeessy2/ddns-go (dns/dnspod.go). Its quirks: every answer is HTTP 200, the outcome in
 * status.code (a string) and status.message; the key is login_token=ID,TOKEN in the POSTed form;
 * a record's sub_domain is "@" for the domain itself; a line is named ("默认", the default).
 *
 *   a wrong or missing login_token   -> {"status":{"code":"-1","message":"Login failed, please check your login token."}}
 *   another domain                   -> code "6"  "Domain ID invalid"
 *   Record.List with nothing to list -> code "10" "No records" (a missing record, not a refusal)
 *   Record.Modify of an unknown id   -> code "8"  "Record ID invalid"
 *   a TTL under 600 (the free plan)  -> code "17" "TTL value is too small for this domain plan"
 *   a value not of the type          -> code "21" "Value invalid"; no record_line -> code "18" "Line invalid"
 */
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface DnspodStandIn extends HttpStandIn {
  zone: Zone;
}

const answer = (code: string, message: string, more: Record<string, unknown> = {}): Reply => ({
  status: 200,
  headers: { 'content-type': 'text/html;charset=UTF-8' },
  body: JSON.stringify({ status: { code, message, created_at: '2026-11-29 09:00:00' }, ...more }),
});
const OK = 'Action completed successful';

export async function startDnspod(key: { id: string; token: string }, domain: string): Promise<DnspodStandIn> {
  const zone = createZone(domain);
  const lines = new Map<string, string>();
  const subName = (id: string) => {
    const r = zone.records.get(id)!;
    return r.name === domain ? '@' : subOf(r.name, domain);
  };
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    const line = lines.get(id) ?? '默认';
    return {
      id: r.id,
      name: subName(id),
      line,
      line_id: '0',
      type: r.type,
      ttl: String(r.ttl),
      value: r.content,
      enabled: '1',
    };
  };
  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'POST') return answer('-8', 'Please use POST request');
    const p = Object.fromEntries(new URLSearchParams(req.body));
    if (p.login_token !== `${key.id},${key.token}`) return answer('-1', 'Login failed, please check your login token.');
    if (p.domain !== domain) return answer('6', 'Domain ID invalid');
    const action = req.url.pathname.replace(/^\//, '');
    if (action === 'Record.List') {
      const rows = [...zone.records.keys()]
        .filter(
          (id) =>
            (!p.sub_domain || subName(id) === p.sub_domain) &&
            (!p.record_type || zone.records.get(id)!.type === p.record_type),
        )
        .map(view);
      if (rows.length === 0) return answer('10', 'No records');
      return answer('1', OK, { domain: { name: domain }, info: { record_total: String(rows.length) }, records: rows });
    }
    if (action !== 'Record.Modify' && action !== 'Record.Create') return answer('-7', 'Unknown API');
    const bad = checkRecord(p);
    if (bad) return bad;
    const name = fullName(p.sub_domain === '@' ? '' : p.sub_domain!, domain);
    if (action === 'Record.Modify') {
      const r = zone.records.get(p.record_id ?? '');
      if (!r) return answer('8', 'Record ID invalid');
      Object.assign(r, { name, type: p.record_type, content: p.value, ttl: Number(p.ttl ?? 600) });
      lines.set(r.id, p.record_line!);
      zone.writes++;
      return answer('1', OK, { record: { id: Number(r.id), name: p.sub_domain, value: p.value, status: 'enable' } });
    }
    const made = zone.add({ name, type: p.record_type!, content: p.value!, ttl: Number(p.ttl ?? 600) });
    lines.set(made.id, p.record_line!);
    zone.writes++;
    return answer('1', OK, { record: { id: made.id, name: p.sub_domain, status: 'enabled' } });
  });

  function checkRecord(p: Record<string, string>): Reply | null {
    if (!p.sub_domain) return answer('7', 'Sub domain invalid');
    if (p.record_type !== 'A' && p.record_type !== 'AAAA') return answer('13', 'Record type invalid');
    if (!p.record_line) return answer('18', 'Line invalid');
    if (isIP(p.value ?? '') !== (p.record_type === 'A' ? 4 : 6)) return answer('21', 'Value invalid');
    const ttl = Number(p.ttl ?? 600);
    if (!Number.isInteger(ttl) || ttl < 600) return answer('17', 'TTL value is too small for this domain plan');
    return null;
  }

  return Object.assign(stand, { zone });
}
