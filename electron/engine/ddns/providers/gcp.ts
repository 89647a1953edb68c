/**
 * Google Cloud DNS's API v1 (https://cloud.google.com/dns/docs/reference/rest/v1/resourceRecordSets:
 * get, create, patch; errors as https://cloud.google.com/apis/design/errors writes them), as
 * qdm12/ddns-updater's internal/provider/providers/gcp/{api,update,oauth2,error}.go sends it, with
 * a service account's access token (gcp-token.ts: the key's signed assertion exchanged at its
 * token_uri) as `Authorization: Bearer`. A record set is named by its full name with the root dot.
 *
 *   GET   /dns/v1/projects/{project}/managedZones/{zone}/rrsets/{name.}/{type}
 *         -> {"kind":"dns#resourceRecordSet","name","type","ttl","rrdatas":[...]}; 404 when none
 *   POST  /dns/v1/projects/{project}/managedZones/{zone}/rrsets  {name,type,ttl,rrdatas} -> the set
 *   PATCH /dns/v1/projects/{project}/managedZones/{zone}/rrsets/{name.}/{type}  {name,type,ttl,rrdatas}
 *   a refusal: {"error":{"code":404,"message":"The 'parameters.managedZone' resource named 'z' does
 *   not exist.","errors":[{"domain":"global","reason":"notFound","message":...}]}}; 401 for a token
 *   it does not take (UNAUTHENTICATED), 403 for an account without the zone's rights, 409
 *   alreadyExists; the token address answers {"error":"invalid_grant","error_description":...}.
 *
 * A 404 names what is missing: the record set (none yet: it is made) or the managed zone or
 * project (a stop, in Google's words). A kept token the API refuses (401: revoked, or lapsed while
 * the machine slept, which the monotonic clock does not count) is dropped and asked again once.
 * ddns-updater sends no TTL (0); the record's TTL is sent here.
 */
import type { DdnsOutcome, DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { DdnsHttp } from '../http';
import type { ImportsFrom } from '../import-entry';
import {
  apiOutcome,
  isDdnsOutcome,
  type JsonCall,
  objectOf,
  type RestRequest,
  restRecordUpdater,
} from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';
import { googleTokens, readServiceAccount } from './gcp-token';

/**
 * Google's own words in a refusal's body, or null: an API's `error.message` (with its first
 * `errors[].reason`), or the token address's OAuth `error` and `error_description`, as Google's
 * client libraries say them ("invalid_grant: Invalid JWT Signature.").
 */
export function googleMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    if (typeof b.error === 'string') {
      const d = b.error_description;
      return typeof d === 'string' && d.trim() ? `${b.error}: ${d.trim()}` : b.error;
    }
    const e = objectOf(b.error);
    const reasonOf = Array.isArray(e.errors) ? objectOf(e.errors[0]).reason : undefined;
    const m = typeof e.message === 'string' ? e.message.trim() : '';
    if (!m) return null;
    return typeof reasonOf === 'string' && reasonOf ? `${m} (${reasonOf})` : m;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'gcp'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Google Cloud DNS', label: `Google Cloud DNS ${r.name} ${r.type}` };
  const tokens = googleTokens(readServiceAccount(r.secret as string), deps.clock, api);
  const zone = `${r.apiBase.replace(/\/+$/, '')}/dns/v1/projects/${encodeURIComponent(r.project)}/managedZones/${encodeURIComponent(r.managedZone)}/rrsets`;
  const fqdn = `${r.name}.`;
  const setUrl = `${zone}/${encodeURIComponent(fqdn)}/${r.type}`;
  // The status and body of the last answer: a 404 says what is missing, a 401 that a kept token lapsed.
  let last = { status: 0, body: '' };
  const http: DdnsHttp = async (req) => {
    const answer = await deps.http(req);
    last = { status: answer.status, body: answer.body };
    return answer;
  };

  /** One API call with the access token; a kept token refused with 401 is dropped and asked again, once. */
  async function authed(call: JsonCall, req: RestRequest): Promise<unknown> {
    for (;;) {
      const t = await tokens.get(call);
      if (isDdnsOutcome(t)) return t;
      last = { status: 0, body: '' };
      const got = await call({ ...req, headers: { ...req.headers, authorization: `Bearer ${t.token}` } });
      if (!isDdnsOutcome(got) || last.status !== 401 || t.fresh) return got;
      tokens.forget();
    }
  }

  const isSet = (v: unknown) => objectOf(v).kind === 'dns#resourceRecordSet';
  const sent = async (call: JsonCall, req: RestRequest): Promise<DdnsOutcome | undefined> => {
    const done = await authed(call, req);
    if (isDdnsOutcome(done)) return done;
    return isSet(done) ? undefined : apiOutcome('retry', api, 'notApi');
  };
  const body = (address: string) => JSON.stringify({ name: fqdn, type: r.type, ttl: r.ttl, rrdatas: [address] });

  return restRecordUpdater<null>(
    r,
    { ...deps, http },
    {
      ...api,
      message: googleMessage,
      headers: { accept: 'application/json' },
      async find(call) {
        const got = await authed(call, { method: 'GET', url: setUrl });
        if (isDdnsOutcome(got)) {
          const missing = got.kind === 'stop' && last.status === 404;
          return missing && !/'parameters\.(managedZone|project)'/.test(last.body) ? null : got;
        }
        const rrdatas = objectOf(got).rrdatas;
        if (!isSet(got) || !Array.isArray(rrdatas)) return apiOutcome('retry', api, 'notApi');
        const holds = rrdatas.filter((v): v is string => typeof v === 'string');
        return holds.length ? { holds, ref: null } : null;
      },
      write: (call, _found, address) => sent(call, { method: 'PATCH', url: setUrl, body: body(address) }),
      create: (call, address) => sent(call, { method: 'POST', url: zone, body: body(address) }),
    },
  );
}

/**
 * ddns-updater's gcp entry (docs/gcp.md): `project`, `zone` (the managed zone's name),
 * `credentials` (the service account's key file as a JSON object, kept here as its text) and
 * `domain` (the host name; a wildcard's `*.` left out, as IPWatch keeps names).
 */
const fromDdnsUpdater: ImportsFrom = {
  names: ['gcp'],
  fields: (e, name) => {
    const c = e.credentials;
    const secret = typeof c === 'string' ? c : typeof c === 'object' && c !== null ? JSON.stringify(c) : undefined;
    return { provider: 'gcp', project: e.project, managedZone: e.zone, name: name.replace(/^\*\./, ''), secret };
  },
};

export const gcp: DdnsProvider<'gcp'> = {
  id: 'gcp',
  label: 'Google Cloud DNS',
  create: createUpdater,
  fromDdnsUpdater,
};
