/**
 * ZoneEdit's dynamic update, as ddclient's zoneedit1 (nic_zoneedit1_update, with the answers it
 * documents) and inadyn's plugins/zoneedit.c send and read it: one GET with basic auth (the user
 * name and the zone's dynamic authentication token), the host and the address.
 * qdm12/ddns-updater's internal/provider/providers/zoneedit/provider.go (docs/zoneedit.md:
 * username, token) sends the same login to easyDNS's generic.php form instead and reads the same
 * error codes; its docs: "zoneedit.com requires at least a 10 minutes period between update
 * request sent".
 *
 *   GET /auth/dynamic.html?host=NAME&dnsto=ADDRESS
 *
 *   answer (200, one tag)                                      | outcome
 *   -----------------------------------------------------------+-----------------------------------
 *   <SUCCESS CODE="200" TEXT="Update succeeded." ... IP="A">   | updated
 *   <SUCCESS CODE="201" TEXT="No records need updating." ...>  | unchanged
 *   <ERROR CODE="702" TEXT="Minimum 600 seconds between ...">  | retry, not before 10 minutes
 *   <ERROR CODE="707" TEXT="Duplicate updates for the same ..."> | retry, not before 10 minutes (too
 *                                                              | frequent; ddclient and inadyn take it
 *                                                              | for a success, IPWatch asks again)
 *   <ERROR CODE="708"> (failed login), 709 (invalid hostname),  | stop: ZoneEdit refused, its TEXT in
 *   701 (zone not set up in this account), any other ERROR     | the words
 *   anything else                                              | retry: not ZoneEdit's answer
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

const TEN_MINUTES = 10 * 60_000;

/** The first SUCCESS or ERROR tag of an answer: its kind and attributes, or null. */
export function zoneeditTag(body: string): { ok: boolean; code: string; text: string } | null {
  const m = /<(SUCCESS|ERROR)\s+([^>]*)>/i.exec(body);
  if (!m) return null;
  const attrs = Object.fromEntries(
    [...m[2]!.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)].map((a) => [a[1]!.toUpperCase(), a[2]!]),
  );
  // Its own words, kept short and plain: never a page.
  const text = (attrs.TEXT ?? '')
    .replace(/[^\w .,:;'/()-]/g, '')
    .slice(0, 120)
    .trim();
  return { ok: m[1]!.toUpperCase() === 'SUCCESS', code: attrs.CODE ?? '', text };
}

export function readZoneedit(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const tag = zoneeditTag(body);
  if (!tag) return apiOutcome('retry', api, 'other');
  if (tag.ok)
    return tag.code === '201'
      ? { kind: 'unchanged', detail: `${api.label}: no records need updating` }
      : { kind: 'updated', detail: `${api.label}: set to ${address}` };
  const { text, code } = why('reason.ddns.apiRefused', { ...api, said: `${tag.text || 'error'} (${tag.code})` });
  if (tag.code === '702' || tag.code === '707') return { kind: 'retry', reason: text, code, afterMs: TEN_MINUTES };
  return { kind: 'stop', reason: text, code };
}

function createUpdater(r: DdnsRecordOf<'zoneedit'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'ZoneEdit', label: `ZoneEdit ${r.name} ${r.type}` };
  const authorization = `Basic ${Buffer.from(`${r.username}:${r.token as string}`).toString('base64')}`;
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, '/auth/dynamic.html', { host: r.name, dnsto: address }),
      headers: { authorization },
    }),
    read: (body, address) => readZoneedit(body, address, api),
    message: (body) => {
      const tag = zoneeditTag(body);
      return tag?.text ? tag.text : null;
    },
  });
}

/** ddns-updater's zoneedit entry (docs/zoneedit.md): `domain` the host name, `username` and `token`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['zoneedit'],
  fields: (e, name) => ({ provider: 'zoneedit', name, username: str(e.username), token: str(e.token) }),
};

export const zoneedit: DdnsProvider<'zoneedit'> = {
  id: 'zoneedit',
  label: 'ZoneEdit',
  create: createUpdater,
  fromDdnsUpdater,
};
