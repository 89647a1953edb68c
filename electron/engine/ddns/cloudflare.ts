/**
 * Cloudflare API v4 (https://developers.cloudflare.com/api/resources/dns/subresources/records/),
 * as favonia/cloudflare-ddns does it: read first, change only what differs. The zone is found by
 * name (`GET /zones?name=`), the record by type and name (`GET /zones/{id}/dns_records?type=&name=`),
 * and only its `content` is sent (`PATCH /zones/{id}/dns_records/{record}`), so `proxied`, `ttl`
 * and the comment stay as the user set them. A scoped API token (Bearer) only: Zone Read and
 * DNS Edit for the zone. The record must exist: IPWatch keeps records in step, it does not make them.
 */

import type { DdnsRecordOf } from '../../../shared/ddns-settings';
import { wrongFamily } from './family';
import { type DdnsHttpRequest, isOutcome, providerHttp } from './http';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';

interface Envelope<T> {
  success: boolean;
  errors?: { code?: number; message?: string }[];
  result: T;
}
interface DnsRecord {
  id: string;
  content: string;
}
type Found = DnsRecord & { zoneId: string };

function createUpdater(r: DdnsRecordOf<'cloudflare'>, deps: DdnsDeps): DdnsUpdater {
  const label = `Cloudflare ${r.name} ${r.type}`;
  const send = providerHttp(deps.http, () => deps.clock.now(), label);
  const base = r.apiBase.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${r.token as string}`, 'content-type': 'application/json' };

  async function call<T>(req: Omit<DdnsHttpRequest, 'headers'>): Promise<T | DdnsOutcome> {
    const answer = await send({ ...req, headers });
    if (isOutcome(answer)) return answer;
    let body: Envelope<T>;
    try {
      body = JSON.parse(answer.body) as Envelope<T>;
    } catch {
      return { kind: 'retry', reason: `${label}: an answer that is not JSON` };
    }
    if (!body.success) {
      const why = body.errors?.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ') || 'success: false';
      return { kind: 'stop', reason: `${label}: ${why}` };
    }
    return body.result;
  }

  /** The record's id and content, or the outcome that ends the attempt. */
  async function find(signal: AbortSignal): Promise<Found | DdnsOutcome> {
    const zones = r.zoneId
      ? [{ id: r.zoneId }]
      : await call<{ id: string }[]>({
          method: 'GET',
          url: `${base}/zones?name=${encodeURIComponent(r.zone ?? '')}`,
          signal,
        });
    if (!Array.isArray(zones)) return zones;
    if (zones.length === 0)
      return { kind: 'stop', reason: `${label}: no zone ${r.zone} (or the token may not read it)` };
    const query = new URLSearchParams({ type: r.type, name: r.name }).toString();
    const records = await call<DnsRecord[]>({
      method: 'GET',
      url: `${base}/zones/${zones[0]!.id}/dns_records?${query}`,
      signal,
    });
    if (!Array.isArray(records)) return records;
    if (records.length !== 1) {
      const what =
        records.length === 0
          ? 'no such record: create it once in Cloudflare'
          : `${records.length} such records, IPWatch keeps one`;
      return { kind: 'stop', reason: `${label}: ${what}` };
    }
    return { ...records[0]!, zoneId: zones[0]!.id };
  }

  return {
    id: r.id,
    async check(address, signal) {
      const found = wrongFamily(address, r.type) ?? (await find(signal));
      if ('kind' in found) return found;
      return found.content === address
        ? { kind: 'unchanged', detail: `${label} already holds ${address}` }
        : { kind: 'differs', detail: `${label} holds ${found.content}` };
    },
    async update(address, signal) {
      const found = wrongFamily(address, r.type) ?? (await find(signal));
      if ('kind' in found) return found;
      if (found.content === address) return { kind: 'unchanged', detail: `${label} already holds ${address}` };
      const done = await call<DnsRecord>({
        method: 'PATCH',
        url: `${base}/zones/${found.zoneId}/dns_records/${found.id}`,
        body: JSON.stringify({ content: address }),
        signal,
      });
      if ('kind' in done) return done;
      return { kind: 'updated', detail: `${label} ${found.content} -> ${done.content}` };
    },
  };
}

export const cloudflare: DdnsProvider<'cloudflare'> = { id: 'cloudflare', label: 'Cloudflare', create: createUpdater };
