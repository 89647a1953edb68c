/**
 * Linode's (Akamai Cloud's) API v4 for Domains (https://techdocs.akamai.com/linode-api/reference/get-domains,
 * .../get-domain-records, .../put-domain-record, .../post-domain-record), as qdm12/ddns-updater's
 * internal/provider/providers/linode/provider.go sends it: a Bearer token; the domain found by
 * an X-Filter on its name, its records listed and the one of the host's name (relative to the
 * domain, "" for the domain itself) and type changed, or made when missing.
 *
 *   GET  /domains  X-Filter: {"domain":"example.org"}  -> {data:[{id,domain,status}],page,pages,results}
 *   GET  /domains/{id}/records?page_size=500           -> {data:[{id,name,type,target,ttl_sec}],...}
 *   PUT  /domains/{id}/records/{rid}  {target}                      -> 200 the record
 *   POST /domains/{id}/records  {type,name,target,ttl_sec?}         -> 200 the record
 *   a refusal: 401 {"errors":[{"reason":"Invalid Token"}]}; 400 {"errors":[{"reason","field"}]}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Linode's own words in a refusal's body (each `errors[].reason`, with its `field`), or null. */
export function linodeMessage(body: string): string | null {
  try {
    const errors = objectOf(JSON.parse(body)).errors;
    if (!Array.isArray(errors)) return null;
    const said = errors
      .map(objectOf)
      .filter((e) => typeof e.reason === 'string' && e.reason.trim())
      .map((e) => (typeof e.field === 'string' ? `${e.field}: ${String(e.reason).trim()}` : String(e.reason).trim()));
    return said.length ? said.join('; ') : null;
  } catch {
    return null;
  }
}

/** The record name of `name` in `domain`: "" for the domain itself. */
const relative = (name: string, domain: string): string => (name === domain ? '' : name.slice(0, -domain.length - 1));

interface Ref {
  domainId: number;
  recordId: number;
}

function createUpdater(r: DdnsRecordOf<'linode'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Linode', label: `Linode ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = relative(r.name, r.domain);
  let domainId: number | null = null;
  return restRecordUpdater<Ref>(r, deps, {
    ...api,
    message: linodeMessage,
    headers: { authorization: `Bearer ${r.token as string}`, accept: 'application/json' },
    async find(call) {
      const got = await call({
        method: 'GET',
        url: `${base}/domains`,
        headers: { 'x-filter': JSON.stringify({ domain: r.domain }) },
      });
      if (isDdnsOutcome(got)) return got;
      const domains = objectOf(got).data;
      if (!Array.isArray(domains)) return apiOutcome('retry', api, 'notApi');
      const zone = domains.map(objectOf).filter((d) => d.domain === r.domain && typeof d.id === 'number');
      if (zone.length !== 1) return apiOutcome('stop', api, 'noZone', { zone: r.domain });
      domainId = zone[0]!.id as number;
      const list = await call({ method: 'GET', url: `${base}/domains/${domainId}/records?page_size=500` });
      if (isDdnsOutcome(list)) return list;
      const rows = objectOf(list).data;
      if (!Array.isArray(rows)) return apiOutcome('retry', api, 'notApi');
      const mine = rows.map(objectOf).filter((x) => x.name === sub && x.type === r.type && typeof x.id === 'number');
      if (mine.length === 0) return null;
      if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
      return { holds: [String(mine[0]!.target)], ref: { domainId, recordId: mine[0]!.id as number } };
    },
    async write(call, found, address) {
      const { domainId: d, recordId } = found.ref;
      const url = `${base}/domains/${d}/records/${recordId}`;
      const done = await call({ method: 'PUT', url, body: JSON.stringify({ target: address }) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = { type: r.type, name: sub, target: address, ...(r.ttl === undefined ? {} : { ttl_sec: r.ttl }) };
      const url = `${base}/domains/${domainId}/records`;
      const done = await call({ method: 'POST', url, body: JSON.stringify(body) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's linode entry (docs/linode.md): `domain` (the host name, its registered domain the zone), `token`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['linode'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return { provider: 'linode', domain: getDomain(host) ?? host, name: host, token: e.token };
  },
};

export const linode: DdnsProvider<'linode'> = {
  id: 'linode',
  label: 'Linode (Akamai)',
  create: createUpdater,
  fromDdnsUpdater,
};
