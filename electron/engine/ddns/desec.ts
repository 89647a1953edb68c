/**
 * deSEC's IP update API, as https://desec.readthedocs.io/en/latest/dyndns/update-api.html says:
 * `GET /?hostname=H&myipv4=IP&myipv6=preserve` (or the other way round for AAAA: `preserve`
 * keeps the other family, which deSEC would otherwise clear), authenticated with
 * `Authorization: Token T`. `good` on success; 401 when the token is refused (stop); 429 with
 * Retry-After when throttled. deSEC says `good` whether the address changed or not.
 */

import type { DdnsRecordOf } from '../../../shared/ddns-settings';
import { recordFamily, wrongFamily } from './family';
import { isOutcome, providerHttp } from './http';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from './types';

function createUpdater(r: DdnsRecordOf<'desec'>, deps: DdnsDeps): DdnsUpdater {
  const label = `deSEC ${r.hostname}`;
  const send = providerHttp(deps.http, () => deps.clock.now(), label);
  const family = recordFamily(r.type);
  return {
    id: r.id,
    async update(address, signal) {
      const wrong = wrongFamily(address, r.type);
      if (wrong) return wrong;
      const url = new URL(`${r.apiBase.replace(/\/+$/, '')}/`);
      const [mine, other] = family === 4 ? ['myipv4', 'myipv6'] : ['myipv6', 'myipv4'];
      url.search = new URLSearchParams({ hostname: r.hostname, [mine]: address, [other]: 'preserve' }).toString();
      const answer = await send({
        method: 'GET',
        url: url.toString(),
        headers: { authorization: `Token ${r.token as string}` },
        signal,
      });
      if (isOutcome(answer)) return answer;
      const said = answer.body.trim().split('\n')[0] ?? '';
      return said === 'good'
        ? { kind: 'updated', detail: `${label}: good` }
        : { kind: 'stop', reason: `${label}: an answer the API does not give: ${said.slice(0, 80) || '(empty)'}` };
    },
  };
}

export const desec: DdnsProvider<'desec'> = { id: 'desec', label: 'deSEC', create: createUpdater };
