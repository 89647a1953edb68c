/**
 * ifconfig.co, which runs echoip (https://github.com/mpolden/echoip, README and http/http.go):
 * `GET /json?ip=<address>` answers `{"ip":...,"country":"Elbonia","country_iso":"EB",
 * "asn":"AS59795","asn_org":"Hosting4Real",...}`, each field left out when its database has
 * nothing. A bad address is HTTP 400 with `{"status":400,"error":"..."}`; the public instance
 * limits clients and answers HTTP 429 over it. No token. Anyone may host echoip: `url` in the
 * settings points at one.
 */
import { ASK_MAX_BYTES, asNumber, countryCode, jsonObject, judgeStatus, text } from './answer';
import type { AskOutcome, OnlineProvider } from './types';

export const ifconfigCoProvider: OnlineProvider = {
  id: 'ifconfig.co',
  defaultBase: 'https://ifconfig.co',
  async ask(ip, ctx): Promise<AskOutcome> {
    const res = await ctx.http.get({
      url: `${ctx.base}/json?ip=${encodeURIComponent(ip)}`,
      family: ctx.family,
      signal: ctx.signal,
      headers: { accept: 'application/json', 'user-agent': ctx.userAgent },
      maxBytes: ASK_MAX_BYTES,
    });
    const judged = judgeStatus(res, ctx.now(), 'ifconfig.co');
    if (judged) return judged;
    const o = jsonObject(res.body);
    if (!o) return { kind: 'failed', reason: 'ifconfig.co answered with something that is not a JSON object' };
    const identity = { asn: asNumber(o.asn), org: text(o.asn_org), country: countryCode(o.country_iso) };
    return { kind: 'answer', identity };
  },
};
