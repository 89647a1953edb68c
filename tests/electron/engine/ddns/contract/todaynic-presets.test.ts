/**
 * Now.cn, Eranet and Tnet.hk (one API, Todaynic's, at three hosts) against the one stand-in
 * (tests/fakes/ddns/todaynic.ts: a signed GET query, refusals in an `error`): the providers' contract, each.
 */
import { startTodaynic } from '../../../../fakes/ddns/todaynic';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = { accessInstanceId: 'TN8c41f0a2', secret: 'b7e1c9d3a5f24e6b8d0c2a4f6e8b1d3c' };

for (const [provider, label] of [
  ['nowcn', 'Now.cn'],
  ['eranet', 'Eranet'],
  ['tnethk', 'Tnet.hk'],
] as const) {
  providerContract(label, {
    start: () => startTodaynic(KEY, ZONE),
    record: (s, o) => ({
      id: `${provider}-${o.type.toLowerCase()}`,
      provider,
      type: o.type,
      ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
      domain: ZONE,
      name: HOST,
      accessInstanceId: KEY.accessInstanceId,
      secret: o.wrongCredentials ? 'not-the-secret' : KEY.secret,
      ttl: 600,
      apiBase: s.url,
    }),
    creates: true,
    ttl: 600,
    isWrite: (r) => /\/(UpdateDomainRecord|AddDomainRecord)$/.test(r.url.pathname),
  });
}
