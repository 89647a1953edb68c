/**
 * Cloudflare API v4 (https://developers.cloudflare.com/api/resources/dns/subresources/records/),
 * as favonia/cloudflare-ddns does it: read first, change only what differs. The zone is found by
 * name (`GET /zones?name=`), the record by type and name (`GET /zones/{id}/dns_records?type=&name=`),
 * and only its `content` is sent (`PATCH /zones/{id}/dns_records/{record}`), so `proxied`, `ttl`
 * and the comment stay as the user set them. A scoped API token (Bearer) only: Zone Read and
 * DNS Edit for the zone. The record must exist: IPWatch keeps records in step, it does not make them.
 *
 * A proxied record (`proxied: true`, the orange cloud) is answered by Cloudflare's edge, not with
 * the record's content (https://developers.cloudflare.com/dns/proxy-status/): check() says so
 * (`proxied`), and the keeper then reads the record through the API instead of the servers.
 * An envelope that says success without a result of the documented shape (`{"success":true,
 * "result":null}` has been seen) is a `retry` in words, never a crash.
 */

import type { DdnsRecordOf } from '../../../shared/settings/ddns';
import { wrongFamily } from './family';
import { type DdnsHttpRequest, isOutcome, providerHttp } from './http';
import { type ImportsFrom, str } from './import-entry';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from './types';
import { asDetail, why } from './why';

interface Envelope {
  success?: unknown;
  errors?: { code?: number; message?: string }[];
  result?: unknown;
}
interface DnsRecord {
  id: string;
  content: string;
  proxied?: boolean;
}
type Found = DnsRecord & { zoneId: string };

const isRecord = (v: unknown): v is DnsRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as DnsRecord).id === 'string' &&
  typeof (v as DnsRecord).content === 'string';
const isZoneList = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((z) => typeof (z as { id?: unknown } | null)?.id === 'string');
const isRecordList = (v: unknown): v is DnsRecord[] => Array.isArray(v) && v.every(isRecord);

/** Cloudflare's own words in an envelope: each error's `message` (its code only where it gave none); null when none. */
export function cloudflareMessage(body: string): string | null {
  let envelope: Envelope | null;
  try {
    envelope = JSON.parse(body) as Envelope | null;
  } catch {
    return null;
  }
  const errors = Array.isArray(envelope?.errors) ? envelope.errors : [];
  const words = errors
    .map((e) =>
      typeof e?.message === 'string' && e.message.trim() ? e.message.trim() : e?.code ? `error ${e.code}` : '',
    )
    .filter((w) => w !== '');
  return words.length ? words.join('; ') : null;
}

function createUpdater(r: DdnsRecordOf<'cloudflare'>, deps: DdnsDeps): DdnsUpdater {
  const label = `Cloudflare ${r.name} ${r.type}`;
  const send = providerHttp(deps.http, () => deps.clock.now(), label, cloudflareMessage);
  const base = r.apiBase.replace(/\/+$/, '');
  /** An outcome of reason.ddns.cloudflare: `what` went wrong, with its facts. */
  const cf = (kind: 'retry' | 'stop', what: string, values: Record<string, string | number> = {}): DdnsOutcome => {
    const { text, code } = why('reason.ddns.cloudflare', { label, what, ...values });
    return { kind, reason: text, code };
  };
  const headers = { authorization: `Bearer ${r.token as string}`, 'content-type': 'application/json' };

  /** One call: its result when it has the shape `valid` expects, else the outcome that ends the attempt. */
  async function call<T>(
    req: Omit<DdnsHttpRequest, 'headers'>,
    valid: (v: unknown) => v is T,
  ): Promise<T | DdnsOutcome> {
    const answer = await send({ ...req, headers });
    if (isOutcome(answer)) return answer;
    let body: Envelope;
    try {
      body = JSON.parse(answer.body) as Envelope;
    } catch {
      return cf('retry', 'notJson');
    }
    if (typeof body?.success !== 'boolean') return cf('retry', 'notApi');
    if (!body.success) {
      const said = cloudflareMessage(answer.body);
      if (said === null) return cf('stop', 'noReason');
      const { text, code } = why('reason.ddns.cloudflareRefused', { label, said });
      return { kind: 'stop', reason: text, code };
    }
    if (!valid(body.result)) return cf('retry', 'noResult');
    return body.result;
  }

  /** The record's id and content, or the outcome that ends the attempt. */
  async function find(signal: AbortSignal): Promise<Found | DdnsOutcome> {
    const zones = r.zoneId
      ? [{ id: r.zoneId }]
      : await call(
          { method: 'GET', url: `${base}/zones?name=${encodeURIComponent(r.zone ?? '')}`, signal },
          isZoneList,
        );
    if (!Array.isArray(zones)) return zones;
    if (zones.length === 0) return cf('stop', 'noZone', { zone: r.zone ?? '' });
    const query = new URLSearchParams({ type: r.type, name: r.name }).toString();
    const records = await call(
      { method: 'GET', url: `${base}/zones/${zones[0]!.id}/dns_records?${query}`, signal },
      isRecordList,
    );
    if (!Array.isArray(records)) return records;
    if (records.length !== 1)
      return records.length === 0 ? cf('stop', 'noRecord') : cf('stop', 'several', { count: records.length });
    return { ...records[0]!, zoneId: zones[0]!.id };
  }

  return {
    id: r.id,
    async check(address, signal) {
      const found = wrongFamily(address, r.type) ?? (await find(signal));
      if ('kind' in found) return found;
      const proxied = found.proxied === true;
      if (found.content !== address)
        return {
          kind: 'differs',
          ...asDetail('reason.ddns.holds', { label, addresses: found.content }),
          proxied,
          holds: found.content,
        };
      if (!proxied) return { kind: 'unchanged', detail: `${label} already holds ${address}`, proxied };
      const { text, code } = why('reason.ddns.proxied', { address });
      return { kind: 'unchanged', detail: text, code, proxied };
    },
    async update(address, signal) {
      const found = wrongFamily(address, r.type) ?? (await find(signal));
      if ('kind' in found) return found;
      const proxied = found.proxied === true;
      if (found.content === address) return { kind: 'unchanged', detail: `${label} already holds ${address}`, proxied };
      const done = await call(
        {
          method: 'PATCH',
          url: `${base}/zones/${found.zoneId}/dns_records/${found.id}`,
          body: JSON.stringify({ content: address }),
          signal,
        },
        isRecord,
      );
      if ('kind' in done) return done;
      return { kind: 'updated', detail: `${label} ${found.content} -> ${done.content}`, proxied };
    },
  };
}

/** ddns-updater's cloudflare entry: a scoped token only (the global API key and a user service key are refused). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['cloudflare'],
  fields: (e, name) =>
    str(e.token)
      ? { provider: 'cloudflare', token: e.token, zoneId: e.zone_identifier, name }
      : 'only an API token is supported (a scoped one), not the global API key or a user service key',
};

export const cloudflare: DdnsProvider<'cloudflare'> = {
  id: 'cloudflare',
  label: 'Cloudflare',
  create: createUpdater,
  fromDdnsUpdater,
};
