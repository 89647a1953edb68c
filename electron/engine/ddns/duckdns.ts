/**
 * DuckDNS, as its HTTP API specification says (https://www.duckdns.org/spec.jsp):
 * `GET /update?domains=SUB&token=T&ip=IPv4` (or `&ipv6=IPv6`) `&verbose=true`. The answer is
 * `KO` (a wrong token or domain: stop) or, verbose, `OK`, the IPv4, the IPv6 and `UPDATED` or
 * `NOCHANGE`, one a line. The API cannot read a record without changing it: no check.
 *
 *   answer               | outcome
 *   ---------------------+-------------------------------------------------------------
 *   OK ... UPDATED       | updated
 *   OK ... NOCHANGE      | unchanged
 *   KO                   | stop: the token or the domain is wrong (a person must act)
 *   anything else        | retry with the backoff (not the API's words: a proxy's page, a cut answer)
 */

import type { DdnsRecordOf } from '../../../shared/settings/ddns';
import type { ImportsFrom } from './import-entry';
import { apiUrl, oneRequestUpdater } from './one-request';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';
import { why } from './why';

export function readDuckdns(body: string, label: string): DdnsOutcome {
  const lines = body
    .trim()
    .split('\n')
    .map((l) => l.trim());
  if (lines[0] === 'KO') {
    const { text, code } = why('reason.ddns.duckdnsKo', { label });
    return { kind: 'stop', reason: text, code };
  }
  if (lines[0] !== 'OK') {
    const { text, code } = why('reason.ddns.duckdnsOdd', { label, empty: body.trim() ? 'no' : 'yes' });
    return { kind: 'retry', reason: text, code };
  }
  return lines[3] === 'NOCHANGE'
    ? { kind: 'unchanged', detail: `${label}: NOCHANGE` }
    : { kind: 'updated', detail: `${label}: ${lines[3] ?? 'OK'}` };
}

function createUpdater(r: DdnsRecordOf<'duckdns'>, deps: DdnsDeps): DdnsUpdater {
  const label = `DuckDNS ${r.domain}.duckdns.org`;
  return oneRequestUpdater(r, deps, {
    label,
    request: (address, family) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'update', {
        domains: r.domain,
        token: r.token as string,
        [family === 4 ? 'ip' : 'ipv6']: address,
        verbose: 'true',
      }),
    }),
    read: (body) => readDuckdns(body, label),
  });
}

/** ddns-updater's duckdns entry: one sub-name per record. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['duckdns'],
  fields: (e, name) => {
    if (name.includes(',')) return 'one domain per record: list each on its own';
    const labels = name.replace(/\.duckdns\.org\.?$/i, '').split('.');
    return { provider: 'duckdns', token: e.token, domain: labels.at(-1) };
  },
};

export const duckdns: DdnsProvider<'duckdns'> = {
  id: 'duckdns',
  label: 'DuckDNS',
  create: createUpdater,
  fromDdnsUpdater,
};
