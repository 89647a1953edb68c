/**
 * deSEC's IP update API, as https://desec.readthedocs.io/en/latest/dyndns/update-api.html says:
 * `GET /?hostname=H&myipv4=IP&myipv6=preserve` (or the other way round for AAAA: `preserve`
 * keeps the other family, which deSEC would otherwise clear), authenticated with
 * `Authorization: Token T`. `good` on success; 401 when the token is refused (stop); 429 with
 * Retry-After when throttled. deSEC says `good` whether the address changed or not. The record
 * is read (check) through deSEC's REST API with the same token: desec-rest.ts. Statuses are read
 * as every provider reads them (http.ts); a 2xx that does not say `good` is no answer the API
 * gives (a proxy's page, a cut answer): retry with the backoff.
 */

import type { DdnsRecordOf } from '../../../shared/settings/ddns';
import { desecCheck, desecMessage, desecOutcome } from './desec-rest';
import type { ImportsFrom } from './import-entry';
import { apiUrl, oneRequestUpdater } from './one-request';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';

export function readDesec(body: string, label: string): DdnsOutcome {
  const said = body.trim().split('\n')[0] ?? '';
  return said === 'good'
    ? { kind: 'updated', detail: `${label}: good` }
    : desecOutcome('retry', label, said.trim() ? 'notGood' : 'empty');
}

function createUpdater(r: DdnsRecordOf<'desec'>, deps: DdnsDeps): DdnsUpdater {
  const label = `deSEC ${r.hostname}`;
  const updater = oneRequestUpdater(r, deps, {
    label,
    request(address, family) {
      const [mine, other] = family === 4 ? ['myipv4', 'myipv6'] : ['myipv6', 'myipv4'];
      return {
        method: 'GET',
        url: apiUrl(r.apiBase, '', { hostname: r.hostname, [mine]: address, [other]: 'preserve' }),
        headers: { authorization: `Token ${r.token as string}` },
      };
    },
    read: (body) => readDesec(body, label),
    message: desecMessage,
  });
  return { ...updater, check: desecCheck(r, deps, label) };
}

const fromDdnsUpdater: ImportsFrom = {
  names: ['desec'],
  fields: (e, name) => ({ provider: 'desec', token: e.token, hostname: name }),
};

export const desec: DdnsProvider<'desec'> = { id: 'desec', label: 'deSEC', create: createUpdater, fromDdnsUpdater };
