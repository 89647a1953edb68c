/**
 * FreeDNS (freedns.afraid.org), its dynamic DNS v2 interface (https://freedns.afraid.org/dynamic/v2/),
 * as qdm12/ddns-updater's internal/provider/providers/freedns/provider.go sends it: one GET of
 * the record's own update address, whose random token names the record. ddns-updater leaves the
 * address to be read from where the request comes from; IPWatch sends it (`?ip=`), as the v2
 * interface takes it, so the record holds the address IPWatch confirmed.
 *
 *   GET /u/TOKEN/?ip=A
 *
 *   answer (200, text)                        | outcome
 *   ------------------------------------------+---------------------------------------------
 *   "Updated 1 host(s) ... to A ..."          | updated
 *   "No IP change detected for ..."           | unchanged
 *   "ERROR: ..." (a token it does not know)   | stop: FreeDNS refused it, its words (one line)
 *   empty, or anything else                   | retry: not FreeDNS's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

/** FreeDNS's own words of refusal: the first line of an answer that starts with ERROR, cut short. */
export function freednsError(body: string): string | null {
  const first = body.trim().split('\n')[0]!.trim();
  return /^ERROR\b/i.test(first) ? first.slice(0, 160) : null;
}

export function readFreedns(body: string, api: { provider: string; label: string }): DdnsOutcome {
  const first = body.trim().split('\n')[0]!.trim();
  if (/^updated\b/i.test(first)) return { kind: 'updated', detail: `${api.label}: updated` };
  if (/^no ip change detected\b/i.test(first))
    return { kind: 'unchanged', detail: `${api.label}: no IP change detected` };
  const refused = freednsError(body);
  if (refused) {
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said: refused });
    return { kind: 'stop', reason: text, code };
  }
  return apiOutcome('retry', api, 'other');
}

function createUpdater(r: DdnsRecordOf<'freedns'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'FreeDNS', label: `FreeDNS ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: `${base}/u/${encodeURIComponent(r.token as string)}/?${new URLSearchParams({ ip: address })}`,
    }),
    read: (body) => readFreedns(body, api),
    message: freednsError,
  });
}

/** ddns-updater's freedns entry (docs/freedns.md): `domain` (and `host`) name the record; `token` is its v2 update token. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['freedns'],
  fields: (e, name) => ({ provider: 'freedns', name, token: e.token }),
};

export const freedns: DdnsProvider<'freedns'> = {
  id: 'freedns',
  label: 'FreeDNS (afraid.org)',
  create: createUpdater,
  fromDdnsUpdater,
};
