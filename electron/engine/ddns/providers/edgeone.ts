/**
 * Tencent Cloud EdgeOne's DNS records, API 2022-09-01 (https://www.tencentcloud.com/document/api/1145:
 * DescribeZones, DescribeDnsRecords, ModifyDnsRecords, CreateDnsRecord; the common errors), signed
 * with TC3-HMAC-SHA256 as sign/tencent.ts says (service "teo"), as jeessy2/ddns-go's
 * dns/edgeone.go sends it (qdm12/ddns-updater has no EdgeOne provider): each call a JSON POST to
 * https://teo.tencentcloudapi.com/ with X-TC-Action, X-TC-Version, X-TC-Timestamp and
 * Authorization. Every answer is a 200; a refusal is Response.Error {Code, Message}. Its quirks:
 * the site (zone) is found by its id first; a record's Name is the whole name; a record may be
 * "disable"d, which serves nothing (ddns-go keeps the enabled one); the change is a batch
 * (ModifyDnsRecords) of one; the line is its Location, "Default" unless the record has another.
 *
 *   DescribeZones {Filters:[{Name:"zone-name",Values:[zone]}]}        -> {Response:{Zones:[{ZoneId,ZoneName}]}}
 *   DescribeDnsRecords {ZoneId,Filters:[name, type]}                    -> {Response:{DnsRecords:[{RecordId,Name,Type,Content,Location,TTL,Status}]}}
 *   ModifyDnsRecords {ZoneId,DnsRecords:[{RecordId,Name,Type,Content,Location,TTL}]} -> {Response:{RequestId}}
 *   CreateDnsRecord {ZoneId,Name,Type,Content,Location,TTL}             -> {Response:{RecordId}}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';
import { tc3Poster, tencentError, tencentMessage, tencentResponse } from './tencent-api';

function createUpdater(r: DdnsRecordOf<'edgeone'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'EdgeOne', label: `EdgeOne ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const key = { secretId: r.secretId, secretKey: r.secret as string };
  const post = tc3Poster({ base, service: 'teo', version: '2022-09-01', key, clock: deps.clock });
  let zoneId: string | undefined;
  const zoneOf = async (call: JsonCall) => {
    if (zoneId) return zoneId;
    const got = await post(call, 'DescribeZones', { Filters: [{ Name: 'zone-name', Values: [r.domain] }] });
    if (isDdnsOutcome(got)) return got;
    const zones = tencentResponse(got).Zones;
    if (!Array.isArray(zones)) return apiOutcome('retry', api, 'notApi');
    const zone = zones.map(objectOf).find((z) => z.ZoneName === r.domain);
    if (!zone || typeof zone.ZoneId !== 'string') return apiOutcome('stop', api, 'noZone', { zone: r.domain });
    return (zoneId = zone.ZoneId);
  };
  const written = (done: unknown) =>
    isDdnsOutcome(done)
      ? done
      : typeof tencentResponse(done).RequestId === 'string'
        ? undefined
        : apiOutcome('retry', api, 'notApi');
  return restRecordUpdater<{ zone: string; id: string; location: string }>(r, deps, {
    ...api,
    message: tencentMessage,
    refusedIn: (body) => {
      const e = tencentError(body);
      if (e.Code === undefined) return null;
      return tencentMessage(JSON.stringify(body)) ?? String(e.Code);
    },
    async find(call) {
      const zone = await zoneOf(call);
      if (typeof zone !== 'string') return zone;
      const filters = [
        { Name: 'name', Values: [r.name] },
        { Name: 'type', Values: [r.type] },
      ];
      const got = await post(call, 'DescribeDnsRecords', { ZoneId: zone, Filters: filters });
      if (isDdnsOutcome(got)) return got;
      const list = tencentResponse(got).DnsRecords;
      if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
      const rows = list.map(objectOf).filter((x) => x.Name === r.name && x.Type === r.type && x.Status !== 'disable');
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.RecordId !== 'string') return apiOutcome('retry', api, 'notApi');
      const location = typeof row.Location === 'string' && row.Location ? row.Location : 'Default';
      return { holds: [String(row.Content)], ref: { zone, id: row.RecordId, location } };
    },
    async write(call, found, address) {
      const { zone, id, location } = found.ref;
      const record = { RecordId: id, Name: r.name, Type: r.type, Content: address, Location: location, TTL: r.ttl };
      return written(await post(call, 'ModifyDnsRecords', { ZoneId: zone, DnsRecords: [record] }));
    },
    async create(call, address) {
      const zone = await zoneOf(call);
      if (typeof zone !== 'string') return zone;
      const record = { ZoneId: zone, Name: r.name, Type: r.type, Content: address, Location: 'Default', TTL: r.ttl };
      const done = await post(call, 'CreateDnsRecord', record);
      if (isDdnsOutcome(done)) return done;
      return typeof tencentResponse(done).RecordId === 'string' ? undefined : apiOutcome('retry', api, 'notApi');
    },
  });
}

/** ddns-go's edgeone entry: `id` the SecretId, `secret` the SecretKey; its TTL (600 when unset) is kept within EdgeOne's 60-86400. */
const fromDdnsGo: ImportsFrom = {
  names: ['edgeone'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'edgeone',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      secretId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 ? Math.min(86_400, Math.max(60, ttl)) : 600,
    };
  },
};

export const edgeone: DdnsProvider<'edgeone'> = {
  id: 'edgeone',
  label: 'Tencent EdgeOne',
  create: createUpdater,
  fromDdnsGo,
};
