/**
 * Gandi's LiveDNS API v5 (https://api.gandi.net/docs/livedns/: GET and PUT of
 * /domains/{fqdn}/records/{rrset_name}/{rrset_type}; https://api.gandi.net/docs/authentication/),
 * as qdm12/ddns-updater's internal/provider/providers/gandi/provider.go sends it: a personal access
 * token as `Authorization: Bearer` (an old API key as `Apikey`, Gandi's documented scheme; ddns-updater
 * sends it as X-Api-Key); the record set named relative to the domain ("@" for the domain itself).
 * A PUT replaces the set, and makes it when there is none.
 *
 *   GET /domains/{fqdn}/records/{name}/{type} -> {rrset_name,rrset_type,rrset_ttl,rrset_values}; 404 when none
 *   PUT /domains/{fqdn}/records/{name}/{type} {rrset_values,rrset_ttl} -> 201 {"message":"DNS Record Created"}
 *   a refusal: {"code":401,"message":"...","object":"HTTPUnauthorized","cause":"Unauthorized"}; 403 for a
 *   token without the domain's technical rights; 400 {"message":"Validation error","errors":[{name,description}]};
 *   rrset_ttl 300 at least
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { DdnsHttp } from '../http';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Gandi's own words in a refusal's body (`message`, and each of `errors`' name and description), or null. */
export function gandiMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const errors = Array.isArray(b.errors) ? b.errors.map(objectOf) : [];
    const details = errors
      .map((e) => [str(e.name), str(e.description)].filter(Boolean).join(': '))
      .filter((x) => x !== '');
    const said = [str(b.message), ...details].filter((x): x is string => x !== undefined);
    return said.length ? said.join('; ') : null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'gandi'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Gandi', label: `Gandi ${r.name} ${r.type}` };
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const url = `${r.apiBase.replace(/\/+$/, '')}/domains/${r.domain}/records/${sub}/${r.type}`;
  // Gandi answers a record set that does not exist with 404: the one status read here besides http.ts.
  let lastStatus = 0;
  const http: DdnsHttp = async (req) => {
    const answer = await deps.http(req);
    lastStatus = answer.status;
    return answer;
  };
  const put = async (call: JsonCall, address: string) => {
    const done = await call({
      method: 'PUT',
      url,
      body: JSON.stringify({ rrset_values: [address], rrset_ttl: r.ttl }),
    });
    return isDdnsOutcome(done) ? done : undefined;
  };
  const scheme = r.tokenKind === 'apikey' ? 'Apikey' : 'Bearer';
  return restRecordUpdater<null>(
    r,
    { ...deps, http },
    {
      ...api,
      message: gandiMessage,
      headers: { authorization: `${scheme} ${r.token as string}`, accept: 'application/json' },
      async find(call) {
        lastStatus = 0;
        const got = await call({ method: 'GET', url });
        if (isDdnsOutcome(got)) return got.kind === 'stop' && lastStatus === 404 ? null : got;
        const values = objectOf(got).rrset_values;
        if (!Array.isArray(values)) return apiOutcome('retry', api, 'notApi');
        const holds = values.filter((v): v is string => typeof v === 'string');
        return holds.length ? { holds, ref: null } : null;
      },
      write: (call, _found, address) => put(call, address),
      create: put,
    },
  );
}

/**
 * ddns-updater's gandi entry (docs/gandi.md): `personal_access_token`, or the old `key`; `ttl`
 * (unset: Gandi's own, here 300 at least).
 */
const fromDdnsUpdater: ImportsFrom = {
  names: ['gandi'],
  fields: (e, name) => {
    const pat = str(e.personal_access_token);
    const ttl = Number(e.ttl);
    return {
      provider: 'gandi',
      domain: getDomain(name) ?? name,
      name: name.replace(/^\*\./, ''),
      token: pat ?? e.key,
      ...(pat === undefined && str(e.key) !== undefined ? { tokenKind: 'apikey' } : {}),
      ...(Number.isInteger(ttl) && ttl > 0 ? { ttl: Math.min(2_592_000, Math.max(300, ttl)) } : {}),
    };
  },
};

export const gandi: DdnsProvider<'gandi'> = {
  id: 'gandi',
  label: 'Gandi LiveDNS',
  create: createUpdater,
  fromDdnsUpdater,
};
