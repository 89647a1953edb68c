/**
 * A deSEC record read without changing it (the Settings page's Test), through deSEC's REST API
 * with the same token as the updates:
 * - https://desec.readthedocs.io/en/latest/dns/domains.html ("Identifying the Responsible Domain
 *   for a DNS Name"): `GET /domains/?owns_qname=H` is a JSON array with the account's domain that
 *   holds H, or empty;
 * - https://desec.readthedocs.io/en/latest/dns/rrsets.html ("Retrieving a Specific RRset",
 *   "Accessing the Zone Apex"): `GET /domains/{domain}/rrsets/{subname}/{type}/` is the RRset
 *   (`records`, `ttl`...), 404 when there is none; the apex's empty subname is written `@`.
 * Every path ends with a slash, as deSEC's routes do. 401 is a refused token; 403 a token deSEC
 * lets update but not read (a login token waiting for its second factor, docs/auth/tokens.rst).
 */
import { parseAddress } from '../../../shared/ip';
import type { Reason } from '../../../shared/reason';
import type { DdnsRecordOf } from '../../../shared/settings/ddns';
import { wrongFamily } from './family';
import { type DdnsHttp, type DdnsHttpAnswer, type DdnsHttpRequest, isOutcome, providerHttp } from './http';
import { apiUrl } from './one-request';
import type { DdnsDeps, DdnsOutcome, DdnsUpdater } from './types';
import { asDetail, why } from './why';

export type CheckOutcome = Awaited<ReturnType<NonNullable<DdnsUpdater['check']>>>;

/** The RRset's subname inside `domain` as the URL writes it (`@` for the apex), or null when `hostname` is not in it. */
export function subnameOf(hostname: string, domain: string): string | null {
  if (hostname === domain) return '@';
  return hostname.endsWith(`.${domain}`) ? hostname.slice(0, -(domain.length + 1)) : null;
}

const canonical = (ip: string) => parseAddress(ip)?.addr.toString() ?? ip;

/** Whether the RRset's records (null: no RRset) are exactly `address`, in words. Pure. */
export function compareRecords(records: readonly string[] | null, address: string, label: string): CheckOutcome {
  if (!records || records.length === 0) return { kind: 'differs', ...asDetail('reason.ddns.holdsNone', { label }) };
  if (records.length === 1 && canonical(records[0]!) === canonical(address))
    return { kind: 'unchanged', detail: `${label} already holds ${address}` };
  const one = records.length === 1 ? { holds: canonical(records[0]!) } : {};
  return { kind: 'differs', ...asDetail('reason.ddns.holds', { label, addresses: records.join(', ') }), ...one };
}

/** Why a 403 on a read is not a refused update: the words Test shows. */
export const READ_REFUSED =
  'deSEC lets this token update the record but not read it, so Test cannot check it; updates are sent as before';

/**
 * The REST requests of one check, their statuses read by providerHttp, with two answers of
 * deSEC's own put in words: 403 (READ_REFUSED) and 404 (`notFound`, which differs per request).
 */
function restExchange(deps: DdnsDeps, label: string) {
  let last: DdnsHttpAnswer | null = null;
  const seen: DdnsHttp = async (req) => (last = await deps.http(req));
  const answered = () => last;
  const send = providerHttp(seen, () => deps.clock.now(), label, desecMessage);
  return async (req: DdnsHttpRequest, notFound: () => CheckOutcome): Promise<DdnsHttpAnswer | CheckOutcome> => {
    last = null;
    const answer = await send(req);
    const raw = answered();
    if (!isOutcome(answer) || answer.kind !== 'stop' || !raw) return answer;
    const { status, body } = raw;
    if (status === 404) return notFound();
    if (status === 403) {
      const said = desecMessage(body);
      const { text, code } = said
        ? why('reason.ddns.desecReadRefusedSaid', { label, said })
        : why('reason.ddns.desec', { label, what: 'readRefused' });
      return { kind: 'stop', reason: text, code, readOnly: true };
    }
    return answer;
  };
}

/** An outcome of reason.ddns.desec: `what` went wrong for the record `label` names, with its facts. */
export function desecOutcome(
  kind: 'retry' | 'stop',
  label: string,
  what: string,
  values: Record<string, string> = {},
): DdnsOutcome & { code: Reason } {
  const { text, code } = why('reason.ddns.desec', { label, what, ...values });
  return { kind, reason: text, code };
}

/** deSEC's own error words (`{"detail": "..."}`); null when the body has none. */
export const desecMessage = (body: string): string | null => {
  const detail = (parseJson(body) as { detail?: unknown } | null | undefined)?.detail;
  return typeof detail === 'string' && detail.trim() ? detail.trim() : null;
};

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** `check` for a deSEC record: the domain that holds its name found, then its RRset read and compared. */
export function desecCheck(r: DdnsRecordOf<'desec'>, deps: DdnsDeps, label: string): NonNullable<DdnsUpdater['check']> {
  const headers = { authorization: `Token ${r.token as string}`, accept: 'application/json' };
  const said = `${label} ${r.type}`;
  const notJson = (what: 'domainsNotJson' | 'rrsetNotJson'): CheckOutcome => desecOutcome('retry', said, what);
  return async (address, signal) => {
    const wrong = wrongFamily(address, r.type);
    if (wrong) return wrong;
    const send = restExchange(deps, said);

    const listed = await send(
      { method: 'GET', url: apiUrl(r.restBase, 'domains/', { owns_qname: r.hostname }), headers, signal },
      () => desecOutcome('stop', said, 'noDomains', { base: r.restBase }),
    );
    if ('kind' in listed) return listed;
    const domains = parseJson(listed.body);
    if (!Array.isArray(domains)) return notJson('domainsNotJson');
    const domain = (domains[0] as { name?: unknown } | undefined)?.name;
    const subname = typeof domain === 'string' ? subnameOf(r.hostname, domain) : null;
    if (typeof domain !== 'string' || !subname) return desecOutcome('stop', said, 'noDomain', { hostname: r.hostname });

    // As the docs write it: `@` as is; the names are DNS labels (the schema's), the domain's is encoded.
    const path = `domains/${encodeURIComponent(domain)}/rrsets/${subname}/${r.type}/`;
    const got = await send({ method: 'GET', url: apiUrl(r.restBase, path, {}), headers, signal }, () =>
      compareRecords(null, address, said),
    );
    if ('kind' in got) return got;
    const records = (parseJson(got.body) as { records?: unknown } | undefined)?.records;
    if (!Array.isArray(records)) return notJson('rrsetNotJson');
    return compareRecords(records.map(String), address, said);
  };
}
