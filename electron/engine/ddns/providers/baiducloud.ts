/**
 * Baidu AI Cloud DNS, the domain service's resolve API (https://cloud.baidu.com/doc/BCD/index.html:
 * its DNS record list, add and edit calls; the common errors of
 * https://cloud.baidu.com/doc/Reference/s/Ejwvz1u1t), each call a POST of JSON to
 * bcd.baidubce.com signed bce-auth-v1 (sign/baidu.ts) in the Authorization header, as
 * jeessy2/ddns-go's dns/baidu.go and util/baidu_signer.go send it (the host header signed, 1800 s).
 * qdm12/ddns-updater has no Baidu.
 *
 *   POST /v1/domain/resolve/list {domain: zone, pageNum, pageSize} -> {totalCount,result:[{recordId,domain,view,rdtype,ttl,rdata,zoneName,status}]}
 *   POST /v1/domain/resolve/edit {recordId,domain,view,rdType,ttl,rdata,zoneName} -> 200
 *   POST /v1/domain/resolve/add  {domain,rdType,ttl,rdata,zoneName}               -> 200
 *   a refusal: 4xx {"requestId":...,"code":"SignatureDoesNotMatch","message":"The request signature we calculated does not match..."}
 * A record's `domain` is its name under the zone, "@" for the zone itself; the list holds the
 * zone's every record (ddns-go's matches the name alone; here its type too). TTL in seconds.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import { baiduAuthorization } from '../sign/baidu';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Baidu's own words in a refusal's body (`message`), or null. */
export function baiduMessage(body: string): string | null {
  try {
    const m = objectOf(JSON.parse(body)).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'baiducloud'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Baidu AI Cloud', label: `Baidu AI Cloud ${r.name} ${r.type}` };
  const base = new URL(r.apiBase.replace(/\/+$/, ''));
  const key = { accessKeyId: r.accessKeyId, secret: r.secret as string };
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  /** One signed POST of `body` to the resolve API's `verb` (list, edit, add), signed at this moment. */
  const post = (call: JsonCall, verb: string, body: Record<string, unknown>) => {
    const path = `${base.pathname.replace(/\/+$/, '')}/v1/domain/resolve/${verb}`;
    const signed = { method: 'POST', path, headers: { host: base.host } };
    return call({
      method: 'POST',
      url: `${base.origin}${path}`,
      headers: { authorization: baiduAuthorization(key, signed, new Date(deps.clock.now())) },
      body: JSON.stringify(body),
    });
  };
  return restRecordUpdater<Record<string, unknown>>(r, deps, {
    ...api,
    message: baiduMessage,
    async find(call) {
      const got = await post(call, 'list', { domain: r.domain, pageNum: 1, pageSize: 1000 });
      if (isDdnsOutcome(got)) return got;
      const rows = objectOf(got).result;
      if (!Array.isArray(rows)) return apiOutcome('retry', api, 'notApi');
      const mine = rows.map(objectOf).filter((x) => String(x.domain).toLowerCase() === sub && x.rdtype === r.type);
      if (mine.length === 0) return null;
      if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
      return { holds: [String(mine[0]!.rdata)], ref: mine[0]! };
    },
    async write(call, found, address) {
      const row = found.ref;
      const done = await post(call, 'edit', {
        recordId: row.recordId,
        domain: row.domain,
        view: row.view,
        rdType: r.type,
        ttl: r.ttl,
        rdata: address,
        zoneName: row.zoneName ?? r.domain,
      });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await post(call, 'add', {
        domain: sub,
        rdType: r.type,
        ttl: r.ttl,
        rdata: address,
        zoneName: r.domain,
      });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's baiducloud entry: `id` the Access Key ID, `secret` the Secret Access Key; its TTL (300 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['baiducloud'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'baiducloud',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      accessKeyId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 300,
    };
  },
};

export const baiducloud: DdnsProvider<'baiducloud'> = {
  id: 'baiducloud',
  label: 'Baidu AI Cloud',
  create: createUpdater,
  fromDdnsGo,
};
