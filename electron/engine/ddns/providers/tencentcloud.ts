/**
 * Tencent Cloud DNSPod, API 3.0 (https://www.tencentcloud.com/document/api/1157: DescribeRecordList,
 * ModifyRecord, CreateRecord, version 2021-03-23; the common headers and errors), signed with
 * TC3-HMAC-SHA256 as sign/tencent.ts says, as jeessy2/ddns-go's dns/tencent_cloud.go sends it:
 * each call a JSON POST to https://dnspod.tencentcloudapi.com/ with X-TC-Action, X-TC-Version,
 * X-TC-Timestamp and Authorization. Every answer is a 200; a refusal is Response.Error {Code,
 * Message} (AuthFailure.SignatureFailure...), except the list's ResourceNotFound.NoDataOfRecord,
 * a missing record. Its quirk: the list's filter is "Subdomain", the writes' field "SubDomain".
 *
 *   DescribeRecordList {Domain,Subdomain,RecordType} -> {Response:{RecordList:[{RecordId,Name,Type,Line,Value,TTL}]}}
 *   ModifyRecord {Domain,SubDomain,RecordType,RecordLine,Value,RecordId,TTL} -> {Response:{RecordId}}
 *   CreateRecord {Domain,SubDomain,RecordType,RecordLine,Value,TTL}          -> {Response:{RecordId}}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';
import { tc3Poster, tencentError, tencentMessage, tencentResponse } from './tencent-api';

const NO_RECORD = 'ResourceNotFound.NoDataOfRecord';

function createUpdater(r: DdnsRecordOf<'tencentcloud'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Tencent Cloud', label: `Tencent Cloud ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const key = { secretId: r.secretId, secretKey: r.secret as string };
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const signed = tc3Poster({ base, service: 'dnspod', version: '2021-03-23', key, clock: deps.clock });
  const post = (call: JsonCall, action: string, data: Record<string, unknown>) =>
    signed(call, action, { Domain: r.domain, RecordType: r.type, ...data });
  const written = (done: unknown) =>
    isDdnsOutcome(done)
      ? done
      : typeof tencentResponse(done).RecordId === 'number'
        ? undefined
        : apiOutcome('retry', api, 'notApi');
  return restRecordUpdater<{ id: number; line: string }>(r, deps, {
    ...api,
    message: tencentMessage,
    refusedIn: (body) => {
      const code = tencentError(body).Code;
      if (code === undefined || code === NO_RECORD) return null;
      return tencentMessage(JSON.stringify(body)) ?? String(code);
    },
    async find(call) {
      const got = await post(call, 'DescribeRecordList', { Subdomain: sub });
      if (isDdnsOutcome(got)) return got;
      if (tencentError(got).Code === NO_RECORD) return null;
      const list = tencentResponse(got).RecordList;
      if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
      const rows = list.map(objectOf).filter((x) => x.Type === r.type && x.Name === sub);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.RecordId !== 'number') return apiOutcome('retry', api, 'notApi');
      const line = typeof row.Line === 'string' && row.Line ? row.Line : '默认';
      return { holds: [String(row.Value)], ref: { id: row.RecordId, line } };
    },
    async write(call, found, address) {
      const data = { SubDomain: sub, RecordLine: found.ref.line, Value: address, RecordId: found.ref.id, TTL: r.ttl };
      return written(await post(call, 'ModifyRecord', data));
    },
    async create(call, address) {
      return written(
        await post(call, 'CreateRecord', { SubDomain: sub, RecordLine: '默认', Value: address, TTL: r.ttl }),
      );
    },
  });
}

/** ddns-go's tencentcloud entry: `id` the SecretId, `secret` the SecretKey; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['tencentcloud'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'tencentcloud',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      secretId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 604_800 ? ttl : 600,
    };
  },
};

export const tencentcloud: DdnsProvider<'tencentcloud'> = {
  id: 'tencentcloud',
  label: 'Tencent Cloud',
  create: createUpdater,
  fromDdnsGo,
};
