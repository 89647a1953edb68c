/**
 * Servercow's DNS API v1 (https://wiki.servercow.de/en/domains/dns_api/api-syntax/), as
 * qdm12/ddns-updater's internal/provider/providers/servercow/provider.go sends it (and
 * go-acme/lego's providers/dns/servercow/internal/client.go reads it): the DNS API user's name and
 * password in X-Auth-Username and X-Auth-Password; a record named relative to the domain ("" for
 * the domain itself); one record set per name and type, whose `content` is a text or a list. A
 * POST makes the set or replaces it, so a change and a create are the same request.
 * Servercow answers a refusal, a wrong password too, with 200 and `{"error":"..."}` (lego: "the
 * API always return 200 even if the authentication failed"); a done write is `{"message":"ok"}`.
 *
 *   GET  /domains/{domain}                          -> [{name,ttl,type,content}] or {"error":"..."}
 *   POST /domains/{domain}  {type,name,content,ttl} -> {"message":"ok"} or {"error":"..."}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Servercow's own words in a body (`error`, or a `message` other than "ok"), or null for none. */
export function servercowSaid(body: unknown): string | null {
  if (Array.isArray(body)) return null;
  const b = objectOf(body);
  const error = str(b.error)?.trim();
  if (error) return error;
  const message = str(b.message)?.trim();
  return message && message !== 'ok' ? message : null;
}

function createUpdater(r: DdnsRecordOf<'servercow'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Servercow', label: `Servercow ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}/domains/${encodeURIComponent(r.domain)}`;
  const name = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  const set = async (call: JsonCall, address: string) => {
    const body = JSON.stringify({ type: r.type, name, content: address, ttl: r.ttl });
    const done = await call({ method: 'POST', url, body });
    if (isDdnsOutcome(done)) return done;
    return objectOf(done).message === 'ok' ? undefined : apiOutcome('retry', api, 'notApi');
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: (text) => {
      try {
        return servercowSaid(JSON.parse(text));
      } catch {
        return null;
      }
    },
    refusedIn: servercowSaid,
    headers: {
      'x-auth-username': r.username,
      'x-auth-password': r.password as string,
      accept: 'application/json',
    },
    async find(call) {
      const got = await call({ method: 'GET', url });
      if (isDdnsOutcome(got)) return got;
      if (!Array.isArray(got)) return apiOutcome('retry', api, 'notApi');
      const mine = got.map(objectOf).filter((x) => x.name === name && x.type === r.type);
      if (mine.length === 0) return null;
      const holds = mine.flatMap((x) => (Array.isArray(x.content) ? x.content : [x.content])).map(String);
      return { holds, ref: null };
    },
    write: (call, _found, address) => set(call, address),
    create: (call, address) => set(call, address),
  });
}

/** ddns-updater's servercow entry (docs/servercow.md): `domain` (the host name), `username`, `password`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['servercow'],
  fields: (e, host) => {
    const name = host.replace(/^\*\./, '');
    return {
      provider: 'servercow',
      domain: getDomain(name) ?? name,
      name,
      username: e.username,
      password: e.password,
      ...(typeof e.ttl === 'number' && e.ttl > 0 ? { ttl: Math.min(86_400, e.ttl) } : {}),
    };
  },
};

export const servercow: DdnsProvider<'servercow'> = {
  id: 'servercow',
  label: 'Servercow',
  create: createUpdater,
  fromDdnsUpdater,
};
