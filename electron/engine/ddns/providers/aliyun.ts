/**
 * Alibaba Cloud DNS (Aliyun), its RPC API version 2015-01-09 (https://www.alibabacloud.com/help/en/dns/
 * api-alidns-2015-01-09-dir: DescribeSubDomainRecords, UpdateDomainRecord, AddDomainRecord; its
 * common parameters and errors), signed as sign/aliyun.ts says, each call a GET of
 * alidns.aliyuncs.com with every parameter in the query, as qdm12/ddns-updater's
 * internal/provider/providers/aliyun/ (getrecord.go, update.go, create.go, auth.go) and
 * jeessy2/ddns-go's dns/alidns.go send it (ddns-go's read, DescribeSubDomainRecords of the full
 * name, is the one kept: ddns-updater's DescribeDomainRecords RRKeyWord matches by keyword).
 *
 *   Action=DescribeSubDomainRecords&DomainName&SubDomain&Type -> {TotalCount,DomainRecords:{Record:[{RecordId,RR,Type,Value,TTL}]}}
 *   Action=UpdateDomainRecord&RecordId&RR&Type&Value&TTL       -> {RequestId,RecordId}
 *   Action=AddDomainRecord&DomainName&RR&Type&Value&TTL        -> {RequestId,RecordId}
 *   a refusal: 400/403/404 {"RequestId":...,"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched..."}
 * RR is the name under the domain, "@" for the domain itself; TTL in seconds, 600 at least on the free edition.
 */
import { randomUUID } from 'node:crypto';

import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import { aliyunSignedQuery } from '../sign/aliyun';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Alibaba Cloud's own words in a refusal's body (`Message`), or null. */
export function aliyunMessage(body: string): string | null {
  try {
    const m = objectOf(JSON.parse(body)).Message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

/** The record's RR: its name under the domain, "@" for the domain itself. */
const rrOf = (name: string, domain: string): string => (name === domain ? '@' : name.slice(0, -domain.length - 1));

function createUpdater(r: DdnsRecordOf<'aliyun'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Alibaba Cloud DNS', label: `Aliyun ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const key = { accessKeyId: r.accessKeyId, secret: r.secret as string };
  const rr = rrOf(r.name, r.domain);
  /** One signed call of `action`, at this moment and with a fresh nonce (Alibaba refuses a nonce used twice). */
  const signed = (call: JsonCall, action: Record<string, string>) =>
    call({
      method: 'GET',
      url: `${base}/?${aliyunSignedQuery(key, 'GET', action, new Date(deps.clock.now()), randomUUID())}`,
    });
  const fields = (address: string) => ({ RR: rr, Type: r.type, Value: address, TTL: String(r.ttl) });
  const made = (body: unknown) =>
    typeof objectOf(body).RecordId === 'string' ? undefined : apiOutcome('retry', api, 'notApi');
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: aliyunMessage,
    async find(call) {
      const got = await signed(call, {
        Action: 'DescribeSubDomainRecords',
        DomainName: r.domain,
        SubDomain: r.name,
        Type: r.type,
      });
      if (isDdnsOutcome(got)) return got;
      const records = objectOf(objectOf(got).DomainRecords).Record;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records.map(objectOf).filter((x) => typeof x.RecordId === 'string' && x.Type === r.type);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.Value)], ref: rows[0]!.RecordId as string };
    },
    async write(call, found, address) {
      const done = await signed(call, { Action: 'UpdateDomainRecord', RecordId: found.ref, ...fields(address) });
      return isDdnsOutcome(done) ? done : made(done);
    },
    async create(call, address) {
      const done = await signed(call, { Action: 'AddDomainRecord', DomainName: r.domain, ...fields(address) });
      return isDdnsOutcome(done) ? done : made(done);
    },
  });
}

/** ddns-updater's aliyun entry (docs/aliyun.md): `domain` is the host name; access_key_id, access_secret. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['aliyun'],
  fields: (e, name) => ({
    provider: 'aliyun',
    domain: getDomain(name) ?? name,
    name: name.replace(/^\*\./, ''),
    accessKeyId: e.access_key_id,
    secret: e.access_secret,
  }),
};

/** ddns-go's alidns entry: `id` the AccessKey ID, `secret` its secret; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['alidns'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'aliyun',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      accessKeyId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
};

export const aliyun: DdnsProvider<'aliyun'> = {
  id: 'aliyun',
  label: 'Aliyun',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
