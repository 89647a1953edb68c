/**
 * ipinfo.io (https://ipinfo.io/developers): `GET /{ip}/json`, answered with JSON such as
 * `{"ip":"8.8.8.8","country":"US","org":"AS15169 Google LLC",...}`; with some plans an `asn`
 * object (`{"asn":"AS15169","name":"Google LLC",...}`) instead of or beside `org`; for a private
 * or reserved address `{"ip":...,"bogon":true}`. The token is optional (the free limit is lower
 * without it). The docs give it as `?token=` or as `Authorization: Bearer <token>`: the header is
 * used, so the token is never part of a URL that could be logged. Errors are JSON,
 * `{"status":429,"error":{"title":...,"message":...}}`; 403 for an unknown token, 429 over the limit.
 */
import { ASK_MAX_BYTES, asNumber, countryCode, jsonObject, judgeStatus, text } from './answer';
import type { AskOutcome, OnlineProvider } from './types';

export const ipinfoProvider: OnlineProvider = {
  id: 'ipinfo',
  defaultBase: 'https://ipinfo.io',
  async ask(ip, ctx): Promise<AskOutcome> {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': ctx.userAgent };
    if (ctx.token) headers.authorization = `Bearer ${ctx.token}`;
    const res = await ctx.http.get({
      url: `${ctx.base}/${encodeURIComponent(ip)}/json`,
      family: ctx.family,
      signal: ctx.signal,
      headers,
      maxBytes: ASK_MAX_BYTES,
    });
    const judged = judgeStatus(res, ctx.now(), 'ipinfo.io');
    if (judged) return judged;
    const o = jsonObject(res.body);
    if (!o) return { kind: 'failed', reason: 'ipinfo.io answered with something that is not a JSON object' };
    if (o.bogon === true) return { kind: 'answer', identity: { asn: null, org: null, country: null } };
    const asnObject = typeof o.asn === 'object' && o.asn !== null ? (o.asn as Record<string, unknown>) : null;
    // "AS15169 Google LLC": the number, then the name.
    const m = /^AS(\d+)\s+(.+)$/i.exec(text(o.org) ?? '');
    const asn = asNumber(asnObject?.asn) ?? (m ? asNumber(m[1]) : null);
    const org = text(asnObject?.name) ?? (m ? text(m[2]) : null);
    return { kind: 'answer', identity: { asn, org, country: countryCode(o.country) } };
  },
};
