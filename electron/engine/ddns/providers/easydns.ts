/**
 * easyDNS's dynamic update, from its client specification
 * (http://support.easydns.com/tutorials/dynamicUpdateSpecs.php: hostname, myip; the protocol
 * adapted from dyndns.org's) and its setup page (fusion.easydns.com, "Dynamic DNS": a dynamic
 * authenticated token is entered in place of the account password), as qdm12/ddns-updater's
 * internal/provider/providers/easydns/provider.go (docs/easydns.md: username, token) and
 * ddclient's nic_easydns_update send it: one GET with basic auth. The answer's code is read as
 * ddclient reads it (the body's tags taken out, the first known code found); ddns-updater looks
 * for the lower-case no_error/no_access forms, which the specification does not give.
 *
 *   GET /dyn/generic.php?hostname=NAME&myip=ADDRESS
 *
 *   code              | outcome
 *   ------------------+----------------------------------------------------------------------
 *   NOERROR, OK       | updated (the same whether it changed or not)
 *   NOACCESS, NO_AUTH | stop: the user name and token, or the host or domain, are wrong
 *   NOSERVICE         | stop: dynamic DNS is not on for this domain
 *   ILLEGAL INPUT     | stop: the update holds data easyDNS does not take
 *   TOOSOON, TOO_FREQ | retry, not before 10 minutes (updates too frequent)
 *   none of these     | retry: not easyDNS's answer
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

const TEN_MINUTES = 10 * 60_000;

/** What each code means, in ddclient's words for them (nic_easydns_update's %errors). */
const MEANING: Readonly<Record<string, string>> = {
  NOACCESS: 'authentication failed: the user name and token, or the host or domain, are wrong',
  NO_AUTH: 'authentication failed: the user name and token, or the host or domain, are wrong',
  NOSERVICE: 'dynamic DNS is not turned on for this domain',
  'ILLEGAL INPUT': 'the update holds data not allowed in a dynamic DNS update',
  TOOSOON: 'update frequency is too high',
  TOO_FREQ: 'update frequency is too high',
};

/** The first easyDNS code in an answer (its tags taken out), or null. */
export function easydnsCode(body: string): string | null {
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  const m = /\b(NOERROR|OK|NOACCESS|NO_AUTH|NOSERVICE|ILLEGAL INPUT|TOOSOON|TOO_FREQ)\b/.exec(text);
  return m ? m[1]! : null;
}

export function readEasydns(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const code = easydnsCode(body);
  if (code === 'NOERROR' || code === 'OK') return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  if (!code) return apiOutcome('retry', api, 'other');
  const { text, code: r } = why('reason.ddns.apiRefused', { ...api, said: `${MEANING[code]} (${code})` });
  if (code === 'TOOSOON' || code === 'TOO_FREQ') return { kind: 'retry', reason: text, code: r, afterMs: TEN_MINUTES };
  return { kind: 'stop', reason: text, code: r };
}

function createUpdater(r: DdnsRecordOf<'easydns'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'easyDNS', label: `easyDNS ${r.name} ${r.type}` };
  const authorization = `Basic ${Buffer.from(`${r.username}:${r.token as string}`).toString('base64')}`;
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, '/dyn/generic.php', { hostname: r.name, myip: address }),
      headers: { authorization },
    }),
    read: (body, address) => readEasydns(body, address, api),
    message: (body) => {
      const code = easydnsCode(body);
      return code && MEANING[code] ? `${MEANING[code]} (${code})` : null;
    },
  });
}

/** ddns-updater's easydns entry (docs/easydns.md): `domain` the host name, `username` and `token`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['easydns'],
  fields: (e, name) => ({ provider: 'easydns', name, username: str(e.username), token: str(e.token) }),
};

export const easydns: DdnsProvider<'easydns'> = {
  id: 'easydns',
  label: 'easyDNS',
  create: createUpdater,
  fromDdnsUpdater,
};
