/**
 * The generic HTTP provider ("custom"), for an update API IPWatch has no file for, after
 * qdm12/ddns-updater's custom provider (docs/custom.md, internal/provider/providers/custom/
 * provider.go: a GET of the URL with the address added as `ipv4key`/`ipv6key`, success when the
 * body matches `success_regex`) and jeessy2/ddns-go's callback (dns/callback.go: #{ip},
 * #{domain}, #{recordType}, #{ttl} in the URL and a POST body). One request per update: the URL,
 * the headers and the body are the record's templates filled by shared/template.ts (the URL's
 * values URL-encoded, the body's escaped as its Content-Type header says).
 *
 *   answer                                  | outcome
 *   ----------------------------------------+------------------------------------------------
 *   not 2xx                                 | as every provider reads a status (http.ts)
 *   2xx, body matches the failure pattern   | stop: said in words, never the body
 *   2xx, body matches the already-right one | unchanged
 *   2xx, body matches the success pattern   | updated (no success pattern: every 2xx is)
 *   2xx, none of them                       | retry: an answer the API was not said to give
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { fillTemplate, templateEncoding } from '../../../../shared/template';
import { type Entry, type ImportsFrom, str } from '../import-entry';
import { oneRequestUpdater } from '../one-request';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

type Custom = DdnsRecordOf<'custom'>;

/** A 2xx body's outcome, by the record's patterns (the table above). Pure. */
export function readCustom(
  body: string,
  r: Pick<Custom, 'successRegex' | 'unchangedRegex' | 'failureRegex'>,
  label: string,
): DdnsOutcome {
  const matches = (p: string | undefined) => p !== undefined && new RegExp(p).test(body);
  if (matches(r.failureRegex)) {
    const { text, code } = why('reason.ddns.custom', { label, what: 'failure' });
    return { kind: 'stop', reason: text, code };
  }
  if (matches(r.unchangedRegex)) return { kind: 'unchanged', detail: `${label}: already right` };
  if (r.successRegex === undefined || matches(r.successRegex)) return { kind: 'updated', detail: `${label}: done` };
  const { text, code } = why('reason.ddns.custom', { label, what: body.trim() ? 'noMatch' : 'empty' });
  return { kind: 'retry', reason: text, code };
}

/** The request the record's templates make for `address`. Pure. */
export function customRequest(r: Custom, address: string, family: 4 | 6) {
  const values = {
    address,
    name: r.name,
    type: r.type,
    ttl: r.ttl,
    username: r.username,
    token: r.token,
    password: r.password,
  };
  const url = new URL(fillTemplate(r.url, values, 'form'));
  const param = family === 4 ? r.ipv4Param : r.ipv6Param;
  if (param) url.searchParams.set(param, address);
  const headers = Object.fromEntries(
    Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), fillTemplate(v, values, 'raw')]),
  );
  const sendsBody = r.method !== 'GET' && r.body !== undefined;
  const body = sendsBody ? fillTemplate(r.body!, values, templateEncoding(headers['content-type'] ?? '')) : undefined;
  return { method: r.method, url: url.toString(), headers, ...(body === undefined ? {} : { body }) };
}

function createUpdater(r: Custom, deps: DdnsDeps): DdnsUpdater {
  const label = `${new URL(r.url.replace(/\{\{[^}]*\}\}/g, 'x')).host} ${r.name} ${r.type}`;
  return oneRequestUpdater(r, deps, {
    label,
    request: (address, family) => customRequest(r, address, family),
    read: (body) => readCustom(body, r, label),
  });
}

/** ddns-updater's custom entry: its URL, `ipv4key`/`ipv6key` and `success_regex`, as they are. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['custom'],
  fields: (e, name) => ({
    provider: 'custom',
    name,
    url: e.url,
    ...(str(e.ipv4key) ? { ipv4Param: e.ipv4key } : {}),
    ...(str(e.ipv6key) ? { ipv6Param: e.ipv6key } : {}),
    ...(str(e.success_regex) ? { successRegex: e.success_regex } : {}),
  }),
};

/** ddns-go's callback placeholders, as this provider's. */
const GO_PLACEHOLDERS: Record<string, string> = { ip: 'address', domain: 'name', recordType: 'type', ttl: 'ttl' };

/** A ddns-go callback text with its #{…} as {{…}}, or why one cannot be. */
function fromGoTemplate(text: string): string | { error: string } {
  const other = [...text.matchAll(/#\{(\w+)\}/g)].map((m) => m[1]!).find((n) => !GO_PLACEHOLDERS[n]);
  if (other)
    return {
      error: `the callback's #{${other}} has no counterpart here (it knows #{ip}, #{domain}, #{recordType}, #{ttl})`,
    };
  return text.replace(/#\{(\w+)\}/g, (_, n: string) => `{{${GO_PLACEHOLDERS[n]}}}`);
}

/** ddns-go's callback: DNS.ID is the URL, DNS.Secret the POST body (JSON or a form, as it reads). */
const fromDdnsGo: ImportsFrom = {
  names: ['callback'],
  fields: (e: Entry, name) => {
    const url = fromGoTemplate(String(e.id ?? ''));
    if (typeof url !== 'string') return url.error;
    const ttl = typeof e.ttl === 'number' ? { ttl: e.ttl } : {};
    const secret = str(e.secret);
    if (!secret) return { provider: 'custom', name, url, ...ttl };
    const body = fromGoTemplate(secret);
    if (typeof body !== 'string') return body.error;
    let json = true;
    try {
      JSON.parse(secret);
    } catch {
      json = false;
    }
    const contentType = json ? 'application/json' : 'application/x-www-form-urlencoded';
    return { provider: 'custom', name, url, method: 'POST', body, headers: { 'content-type': contentType }, ...ttl };
  },
};

export const custom: DdnsProvider<'custom'> = {
  id: 'custom',
  label: 'Custom HTTP',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
