/**
 * Uptime Kuma's push monitor: `/api/push/<token>?status=up|down&msg=...&ping=...`, any method
 * (louislam/uptime-kuma server/routers/api-router.js, `router.all("/api/push/:pushToken")`).
 * The URL Kuma shows ends in `?status=up&msg=OK&ping=`: those three are replaced, anything else
 * in the query kept. `ping` is a number of ms from 0 to 86 400 000 (else 400); we send the
 * check's duration there. Kuma has no start signal: the duration goes in `ping` instead.
 *
 * Answers: 200 `{"ok":true}`; 400 `{"ok":false,"msg":"Invalid ping value..."}`; 500
 * `{"ok":false,"msg":"Monitor not found or not active."}` for an unknown token or a paused monitor.
 */
import { reason } from '../reason';
import { refused } from './refused';
import type { HeartbeatProvider } from './types';

/** Kuma stores msg in a column of 255 characters on some databases: keep it short. */
const MSG_MAX = 200;
/** The largest `ping` Kuma accepts (MAX_PING_VALUE). */
const MAX_PING_MS = 86_400_000;

const parse = (body: string): { ok?: unknown; msg?: unknown } | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as { ok?: unknown; msg?: unknown }) : null;
  } catch {
    return null;
  }
};

export const uptimeKuma: HeartbeatProvider = {
  id: 'uptime-kuma',
  startSignal: false,
  request(url, { pulse, detail, checkMs }) {
    const u = new URL(url);
    u.searchParams.set('status', pulse);
    u.searchParams.set('msg', detail.slice(0, MSG_MAX));
    if (checkMs === null) u.searchParams.delete('ping');
    else u.searchParams.set('ping', String(Math.min(MAX_PING_MS, Math.max(0, Math.round(checkMs)))));
    return { method: 'GET', url: u.toString() };
  },
  read(status, body) {
    const answer = parse(body);
    if (status === 200 && answer?.ok === true) return { ok: true, detail: 'ok' };
    const msg = typeof answer?.msg === 'string' ? answer.msg : body.trim().slice(0, 200);
    if (/not found or not active/i.test(msg)) return refused(reason('reason.heartbeat.kumaNoMonitor'));
    return { ok: false, error: `HTTP ${status}${msg ? `: ${msg}` : ''}` };
  },
};
