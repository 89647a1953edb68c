/**
 * DuckDNS, as its HTTP API specification says (https://www.duckdns.org/spec.jsp):
 * `GET /update?domains=SUB&token=T&ip=IPv4` (or `&ipv6=IPv6`) `&verbose=true`. The answer is
 * `KO` (a wrong token or domain: stop) or, verbose, `OK`, the IPv4, the IPv6 and `UPDATED` or
 * `NOCHANGE`, one a line. The API cannot read a record without changing it: no check.
 */

import type { DdnsRecordOf } from '../../../shared/ddns-settings';
import { recordFamily, wrongFamily } from './family';
import { isOutcome, providerHttp } from './http';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';

export function readDuckdns(body: string, label: string): DdnsOutcome {
  const lines = body
    .trim()
    .split('\n')
    .map((l) => l.trim());
  if (lines[0] === 'KO') return { kind: 'stop', reason: `${label}: KO (the token or the domain is wrong)` };
  if (lines[0] !== 'OK')
    return { kind: 'stop', reason: `${label}: an answer the API does not give: ${body.slice(0, 80)}` };
  return lines[3] === 'NOCHANGE'
    ? { kind: 'unchanged', detail: `${label}: NOCHANGE` }
    : { kind: 'updated', detail: `${label}: ${lines[3] ?? 'OK'}` };
}

function createUpdater(r: DdnsRecordOf<'duckdns'>, deps: DdnsDeps): DdnsUpdater {
  const label = `DuckDNS ${r.domain}.duckdns.org`;
  const send = providerHttp(deps.http, () => deps.clock.now(), label);
  const family = recordFamily(r.type);
  return {
    id: r.id,
    async update(address, signal) {
      const wrong = wrongFamily(address, r.type);
      if (wrong) return wrong;
      const url = new URL('update', `${r.apiBase.replace(/\/+$/, '')}/`);
      const params = {
        domains: r.domain,
        token: r.token as string,
        [family === 4 ? 'ip' : 'ipv6']: address,
        verbose: 'true',
      };
      url.search = new URLSearchParams(params).toString();
      const answer = await send({ method: 'GET', url: url.toString(), signal });
      return isOutcome(answer) ? answer : readDuckdns(answer.body, label);
    },
  };
}

export const duckdns: DdnsProvider<'duckdns'> = { id: 'duckdns', label: 'DuckDNS', create: createUpdater };
