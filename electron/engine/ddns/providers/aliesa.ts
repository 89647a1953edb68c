/**
 * Alibaba Cloud ESA (Edge Security Acceleration) DNS, its RPC API version 2024-09-10
 * (https://www.alibabacloud.com/help/en/edge-security-acceleration/esa/api-esa-2024-09-10-dir:
 * ListSites, ListRecords, UpdateRecord, CreateRecord; the common parameters and errors are
 * Alibaba Cloud's RPC ones), signed as sign/aliyun.ts says with Version=2024-09-10, every
 * parameter in the query of esa.cn-hangzhou.aliyuncs.com, as jeessy2/ddns-go's dns/aliesa.go
 * sends it (reads as GET, writes as POST with an empty body). qdm12/ddns-updater has no ESA.
 *
 *   Action=ListSites&SiteName                         -> {TotalCount,Sites:[{SiteId,SiteName,AccessType}]}
 *   Action=ListRecords&SiteId&RecordName&Type=A/AAAA  -> {TotalCount,Records:[{RecordId,RecordName,RecordType,Data:{Value},Ttl}]}
 *   Action=UpdateRecord&RecordId&Type&Data&Ttl        -> {RequestId}
 *   Action=CreateRecord&SiteId&RecordName&Type&Data&Ttl[&Proxied=true&BizName=web] -> {RequestId,RecordId}
 *   a refusal: 4xx {"RequestId":...,"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."}
 * ESA keeps an IPv4 and an IPv6 address under one type, "A/AAAA", the value in Data as JSON
 * ({"Value":"192.0.2.1"}): the record kept is the name's one whose value is of the record's
 * family. RecordName is the full name. A site reached by CNAME (AccessType "CNAME") takes only
 * proxied records, so a record made there is proxied for the web, as ddns-go makes it.
 * TTL in seconds, 1 for ESA's own choice.
 */
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';

import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import { aliyunSignedQuery } from '../sign/aliyun';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';
import { aliyunMessage } from './aliyun';

const VERSION = '2024-09-10';
const ESA_TYPE = 'A/AAAA';

interface Site {
  id: string;
  cname: boolean;
}

function createUpdater(r: DdnsRecordOf<'aliesa'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Alibaba Cloud ESA', label: `Alibaba Cloud ESA ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const key = { accessKeyId: r.accessKeyId, secret: r.secret as string };
  const family = r.type === 'A' ? 4 : 6;
  /** The site the last look found: a missing record is made in it. */
  let site: Site | null = null;
  /** One signed call of `action`, at this moment and with a fresh nonce (Alibaba refuses a nonce used twice). */
  const signed = (call: JsonCall, method: 'GET' | 'POST', action: Record<string, string>) =>
    call({
      method,
      url: `${base}/?${aliyunSignedQuery(key, method, action, new Date(deps.clock.now()), randomUUID(), VERSION)}`,
    });
  const fields = (address: string) => ({
    Type: ESA_TYPE,
    Data: JSON.stringify({ Value: address }),
    Ttl: String(r.ttl),
  });

  async function findSite(call: JsonCall) {
    const got = await signed(call, 'GET', { Action: 'ListSites', SiteName: r.domain });
    if (isDdnsOutcome(got)) return got;
    const sites = objectOf(got).Sites;
    if (!Array.isArray(sites)) return apiOutcome('retry', api, 'notApi');
    const mine = sites.map(objectOf).find((s) => String(s.SiteName).toLowerCase() === r.domain);
    if (!mine || (typeof mine.SiteId !== 'number' && typeof mine.SiteId !== 'string'))
      return apiOutcome('stop', api, 'noZone', { zone: r.domain });
    return { id: String(mine.SiteId), cname: mine.AccessType === 'CNAME' } satisfies Site;
  }

  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: aliyunMessage,
    async find(call) {
      const found = await findSite(call);
      if (isDdnsOutcome(found)) return found;
      site = found;
      const got = await signed(call, 'GET', {
        Action: 'ListRecords',
        SiteId: found.id,
        RecordName: r.name,
        Type: ESA_TYPE,
      });
      if (isDdnsOutcome(got)) return got;
      const records = objectOf(got).Records;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records
        .map(objectOf)
        .filter((x) => String(x.RecordName).toLowerCase() === r.name && x.RecordId !== undefined)
        .filter((x) => isIP(String(objectOf(x.Data).Value)) === family);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(objectOf(rows[0]!.Data).Value)], ref: String(rows[0]!.RecordId) };
    },
    async write(call, found, address) {
      // UpdateRecord answers only its RequestId (ddns-go: "RecordId is 0 even when it worked").
      const done = await signed(call, 'POST', { Action: 'UpdateRecord', RecordId: found.ref, ...fields(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      if (!site) return apiOutcome('retry', api, 'noZone', { zone: r.domain });
      const done = await signed(call, 'POST', {
        Action: 'CreateRecord',
        SiteId: site.id,
        RecordName: r.name,
        ...fields(address),
        ...(site.cname ? { Proxied: 'true', BizName: 'web' } : {}),
      });
      if (isDdnsOutcome(done)) return done;
      return objectOf(done).RecordId ? undefined : apiOutcome('retry', api, 'notApi');
    },
  });
}

/** ddns-go's aliesa entry: `id` the AccessKey ID, `secret` its secret, the zone the site; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['aliesa'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'aliesa',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      accessKeyId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
};

export const aliesa: DdnsProvider<'aliesa'> = {
  id: 'aliesa',
  label: 'Alibaba Cloud ESA',
  create: createUpdater,
  fromDdnsGo,
};
