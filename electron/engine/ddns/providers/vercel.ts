/**
 * Vercel DNS (https://vercel.com/docs/rest-api/reference/endpoints/dns), as qdm12/ddns-updater's
 * internal/provider/providers/vercel/*.go and jeessy2/ddns-go's dns/vercel.go send it: a Bearer
 * token, `teamId` in the query for a domain a team owns; a record's `name` is relative ("" for
 * the domain itself); the list comes a page at a time (`pagination.next`, asked for with `until`).
 *
 *   GET   /v4/domains/{domain}/records?limit=100[&until=]  -> {records:[{id,name,type,value,ttl}],pagination}
 *   PATCH /v1/domains/records/{id}      {type,value,ttl}     -> {id,name,type,value,...}
 *   POST  /v2/domains/{domain}/records  {name,type,value,ttl} -> {uid,updated}
 *   a refusal: {"error":{"code":"forbidden","message":"Not authorized"}} (400, 401, 403, 404, 409, 429)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** The pages of records read at most: 100 records each, past that the record is not looked for. */
const PAGES = 10;

/** Vercel's own words in a refusal's body (`error.message`), or null. */
export function vercelMessage(body: string): string | null {
  try {
    const m = objectOf(objectOf(JSON.parse(body)).error).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'vercel'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Vercel', label: `Vercel ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const url = (path: string, q: Record<string, string> = {}) => {
    const query = new URLSearchParams({ ...q, ...(r.teamId ? { teamId: r.teamId } : {}) }).toString();
    return `${base}${path}${query ? `?${query}` : ''}`;
  };
  const sub = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: vercelMessage,
    headers: { authorization: `Bearer ${r.token as string}`, accept: 'application/json' },
    async find(call) {
      const rows: Record<string, unknown>[] = [];
      let until: string | undefined;
      for (let page = 0; page < PAGES; page++) {
        const q = { limit: '100', ...(until ? { until } : {}) };
        const got = await call({ method: 'GET', url: url(`/v4/domains/${r.domain}/records`, q) });
        if (isDdnsOutcome(got)) return got;
        const list = objectOf(got).records;
        if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
        rows.push(...list.map(objectOf).filter((x) => x.name === sub && x.type === r.type && typeof x.id === 'string'));
        const next = objectOf(objectOf(got).pagination).next;
        if (typeof next !== 'number' && typeof next !== 'string') break;
        until = String(next);
      }
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.value)], ref: rows[0]!.id as string };
    },
    async write(call, found, address) {
      const body = JSON.stringify({ type: r.type, value: address, ttl: r.ttl });
      const done = await call({ method: 'PATCH', url: url(`/v1/domains/records/${found.ref}`), body });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = JSON.stringify({ name: sub, type: r.type, value: address, ttl: r.ttl });
      const done = await call({ method: 'POST', url: url(`/v2/domains/${r.domain}/records`), body });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

const ttlOf = (v: unknown): { ttl?: number } => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { ttl: Math.min(86_400, Math.max(60, n)) } : {};
};

/** ddns-updater's vercel entry (docs/vercel.md): `domain` (the host name), `token`, optional `team_id`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['vercel'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    const teamId = str(e.team_id);
    return {
      provider: 'vercel',
      domain: getDomain(host) ?? host,
      name: host,
      token: e.token,
      ...(teamId ? { teamId } : {}),
      ...ttlOf(e.ttl),
    };
  },
};

/** ddns-go's vercel entry (dns/vercel.go): `secret` the token, `extparam` the team ID; its TTL 60 at least. */
const fromDdnsGo: ImportsFrom = {
  names: ['vercel'],
  fields: (e, name) => {
    const teamId = str(e.extparam);
    return {
      provider: 'vercel',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      token: str(e.secret),
      ...(teamId ? { teamId } : {}),
      ...ttlOf(e.ttl),
    };
  },
};

export const vercel: DdnsProvider<'vercel'> = {
  id: 'vercel',
  label: 'Vercel',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
