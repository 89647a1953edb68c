/**
 * Njalla's dynamic DNS (https://njal.la/docs/ddns/), as qdm12/ddns-updater's
 * internal/provider/providers/njalla/provider.go sends and reads it: one GET naming the dynamic
 * record and its own key, with the address of its family. Njalla answers the same whether the
 * record changed or not, so an update it accepts is `updated` (the keeper sends nothing when the
 * zone's servers already hold the address).
 *
 *   GET /update/?h=NAME&k=KEY&a=A (or &aaaa=A)
 *
 *   answer                                                   | outcome
 *   ---------------------------------------------------------+----------------------------------
 *   200 {"message":"record updated","value":{"A": A}}        | updated
 *   200 holding another address, or no address back          | retry: noResult, in words
 *   401 {"message": ...} (a wrong key)                       | stop: its message in words (http.ts)
 *   500, or another status                                   | as every provider's status (http.ts)
 *   200 not JSON, or another message                         | retry: not Njalla's answer
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome, objectOf } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';

const parsed = (body: string): Record<string, unknown> | null => {
  try {
    return objectOf(JSON.parse(body));
  } catch {
    return null;
  }
};

/** Njalla's own words in an answer (`message`), or null. */
export function njallaMessage(body: string): string | null {
  const m = parsed(body)?.message;
  return typeof m === 'string' && m.trim() ? m.trim() : null;
}

export function readNjalla(
  body: string,
  type: 'A' | 'AAAA',
  address: string,
  api: { provider: string; label: string },
): DdnsOutcome {
  const json = parsed(body);
  if (!json) return apiOutcome('retry', api, 'notJson');
  if (json.message !== 'record updated') return apiOutcome('retry', api, 'notApi');
  const holds = objectOf(json.value)[type];
  if (holds !== address) return apiOutcome('retry', api, 'noResult');
  return { kind: 'updated', detail: `${api.label}: record updated, holding ${address}` };
}

function createUpdater(r: DdnsRecordOf<'njalla'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Njalla', label: `Njalla ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address, family) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'update/', { h: r.name, k: r.token as string, [family === 4 ? 'a' : 'aaaa']: address }),
    }),
    read: (body, address) => readNjalla(body, r.type, address, api),
    message: njallaMessage,
  });
}

/** ddns-updater's njalla entry (docs/njalla.md): `domain` (and `host`) name the record; `key` is its key. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['njalla'],
  fields: (e, name) => ({ provider: 'njalla', name, token: e.key }),
};

export const njalla: DdnsProvider<'njalla'> = {
  id: 'njalla',
  label: 'Njalla',
  create: createUpdater,
  fromDdnsUpdater,
};
