/**
 * A stand-in for Cloudflare's API v4, the parts a DDNS client uses, from Cloudflare's API
 * reference (https://developers.cloudflare.com/api/resources/zones/methods/list/ and
 * https://developers.cloudflare.com/api/resources/dns/subresources/records/: list, edit):
 * GET /zones?name=, GET /zones/{zone}/dns_records?type=&name=, PATCH /zones/{zone}/dns_records/{id}
 * (only the fields sent change), each in the `{ success, errors, messages, result }` envelope,
 * with a Bearer token; a wrong token is 403 with code 10000 (Authentication error).
 *
 * A record's `proxied` (the DNS record schema: "Whether the record is receiving the performance
 * and security benefits of Cloudflare") decides what Cloudflare's name servers answer for it:
 * "When a record is Proxied, Cloudflare sits between your visitors and your server ... When a
 * record is DNS-only, Cloudflare responds with your server's actual IP address"
 * (https://developers.cloudflare.com/dns/proxy-status/). `publicAnswer` is that answer, for a DNS
 * stand-in to serve: an address of Cloudflare's edge for a proxied record, its content otherwise.
 * `cf.fault` answers `{"success":true,"result":null}` and other envelopes the API should not give.
 */
import { type HttpStandIn, startHttpStandIn } from './ddns-http';

/**
 * Addresses in Cloudflare's published edge ranges (https://www.cloudflare.com/ips/: 104.16.0.0/13,
 * 2606:4700::/32), as its name servers answer for a proxied record. Test data only: nothing is sent there.
 */
export const CF_EDGE = { A: '104.16.132.229', AAAA: '2606:4700::6810:84e5' } as const;

/** What Cloudflare's name servers answer for the record: its edge when proxied, its content when DNS-only. */
export const publicAnswer = (r: CfRecord): string => (r.proxied ? CF_EDGE[r.type as 'A' | 'AAAA'] : r.content);

/** The envelope Cloudflare has been seen to send with no result: success, and `result: null`. */
export const SUCCESS_WITHOUT_RESULT = JSON.stringify({ success: true, errors: [], messages: [], result: null });

export interface CfRecord {
  id: string;
  zone_id: string;
  type: string;
  name: string;
  content: string;
  proxied: boolean;
  ttl: number;
}

export interface CloudflareStandIn extends HttpStandIn {
  records: CfRecord[];
}

const ok = (result: unknown) => ({
  status: 200,
  body: JSON.stringify({ success: true, errors: [], messages: [], result }),
});
const fail = (status: number, code: number, message: string) => ({
  status,
  body: JSON.stringify({ success: false, errors: [{ code, message }], messages: [], result: null }),
});

export async function startCloudflare(
  token: string,
  zone: { id: string; name: string },
  records: CfRecord[],
): Promise<CloudflareStandIn> {
  const base = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) return fail(403, 10000, 'Authentication error');
    const parts = req.url.pathname.split('/').filter(Boolean);
    if (req.method === 'GET' && parts.join('/') === 'zones') {
      return ok(req.url.searchParams.get('name') === zone.name ? [zone] : []);
    }
    if (parts[0] !== 'zones' || parts[1] !== zone.id || parts[2] !== 'dns_records')
      return fail(404, 7003, 'Could not route');
    if (req.method === 'GET' && parts.length === 3) {
      const q = req.url.searchParams;
      return ok(records.filter((r) => r.type === q.get('type') && r.name === q.get('name')));
    }
    const rec = records.find((r) => r.id === parts[3]);
    if (req.method === 'PATCH' && rec) {
      Object.assign(rec, JSON.parse(req.body) as Partial<CfRecord>);
      return ok(rec);
    }
    return fail(404, 81044, 'Record does not exist.');
  });
  return Object.assign(base, { records });
}
