/**
 * dynv6's Update API (https://dynv6.com/docs/apis), as qdm12/ddns-updater's
 * internal/provider/providers/dynv6/provider.go sends it: one GET that sets the address of a zone
 * (its A or its AAAA), with the zone's HTTP token. ddns-go (dns/dynv6.go) uses the REST API v2
 * with the same token as a Bearer; its entries are imported here as their zone.
 *
 *   GET /api/update?zone=Z&token=T&ipv4=A (or &ipv6=A)
 *
 *   answer                                   | outcome
 *   -----------------------------------------+---------------------------------------------
 *   200 "addresses updated"                  | updated
 *   200 "addresses unchanged"                | unchanged
 *   401 "invalid authentication token"       | stop: the token is refused (http.ts, in words)
 *   404 "zone not found"                     | stop: the zone is not this token's (http.ts)
 *   another 200 body                         | retry: not dynv6's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater, saidOneOf } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';

/** dynv6's words in its answers, as its Update API writes them. */
const PHRASES = ['addresses updated', 'addresses unchanged', 'invalid authentication token', 'zone not found'];

export function readDynv6(body: string, api: { provider: string; label: string }): DdnsOutcome {
  const said = saidOneOf(body, PHRASES);
  if (said === 'addresses updated') return { kind: 'updated', detail: `${api.label}: ${said}` };
  if (said === 'addresses unchanged') return { kind: 'unchanged', detail: `${api.label}: ${said}` };
  return apiOutcome('retry', api, 'other');
}

function createUpdater(r: DdnsRecordOf<'dynv6'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'dynv6', label: `dynv6 ${r.zone} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address, family) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'api/update', {
        zone: r.zone,
        token: r.token as string,
        [family === 4 ? 'ipv4' : 'ipv6']: address,
      }),
    }),
    read: (body) => readDynv6(body, api),
    message: (body) => saidOneOf(body, PHRASES),
  });
}

/** ddns-updater's dynv6 entry (docs/dynv6.md): `domain` (and `host`) name the zone; `token`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['dynv6'],
  fields: (e, name) => ({ provider: 'dynv6', zone: name, token: e.token }),
};

/** ddns-go's dynv6 entry: its `secret` is the HTTP token; each domain a zone. */
const fromDdnsGo: ImportsFrom = {
  names: ['dynv6'],
  fields: (e, name) => ({ provider: 'dynv6', zone: name, token: str(e.secret) ?? str(e.Secret) }),
};

export const dynv6: DdnsProvider<'dynv6'> = {
  id: 'dynv6',
  label: 'dynv6',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
