/**
 * Healthchecks.io (hosted, or a self-hosted Healthchecks), Pinging API
 * (https://healthchecks.io/docs/http_api/, https://healthchecks.io/docs/signaling_failures/):
 * success is the check's URL itself, failure the URL with `/fail` appended; a POST's body is kept
 * with the ping (the first 100 kB on healthchecks.io, PING_BODY_LIMIT on a self-hosted one), so
 * each ping says what the check found. The URL may name the check by UUID or by ping key and
 * slug; its query (`?create=1`) is kept.
 *
 * Start (https://healthchecks.io/docs/measuring_script_run_time/): `/start` as a check begins, then
 * its success or `/fail`, each with the same `?rid=<uuid>`, and Healthchecks shows the check's
 * duration. A start with no end leaves the check "started" until its grace time marks it down,
 * so the pinger sends one only when an end will follow (decide.ts `shouldStart`).
 *
 * Answers: 200 "OK" (201 "Created" when a slug URL with ?create=1 made the check) is accepted.
 * hc-ping.com answers an unknown UUID with 200 "OK (not found)" (so a 2xx alone proves nothing);
 * a self-hosted server (hc/api/views.py `ping`) answers 404 "not found", 409 "ambiguous slug",
 * 400 "invalid url format".
 */
import type { Reason } from '../../../shared/reason';
import { reason } from '../reason';
import { refused } from './refused';
import type { HeartbeatProvider } from './types';

const explain = (body: string): Reason | null => {
  if (/not found/i.test(body)) return reason('reason.heartbeat.hcNotFound');
  if (/ambiguous slug/i.test(body)) return reason('reason.heartbeat.hcAmbiguous');
  if (/rate limited/i.test(body)) return reason('reason.heartbeat.hcRateLimited');
  return null;
};

export const healthchecks: HeartbeatProvider = {
  id: 'healthchecks',
  startSignal: true,
  request(url, { pulse, detail, start, rid }) {
    const u = new URL(url);
    const action = start ? '/start' : pulse === 'down' ? '/fail' : '';
    if (action) u.pathname = `${u.pathname.replace(/\/+$/, '')}${action}`;
    if (rid) u.searchParams.set('rid', rid);
    return { method: 'POST', url: u.toString(), body: detail };
  },
  read(status, body) {
    const text = body.trim();
    if ((status === 200 && text === 'OK') || (status === 201 && text === 'Created')) return { ok: true, detail: text };
    const why = explain(text);
    if (why) return refused(why);
    return { ok: false, error: `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}` };
  },
};
