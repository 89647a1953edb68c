/**
 * A stand-in for Uptime Kuma's push monitors, from its server code (louislam/uptime-kuma
 * server/routers/api-router.js, `router.all("/api/push/:pushToken")`) and its push monitor page:
 *
 * - any method on `/api/push/<token>`, with `status` (`up`; anything else is down), `msg`
 *   (default "OK") and `ping` (ms, optional) in the query;
 * - `ping` not a number, negative, or over 86 400 000 (24 h): 400 `{"ok":false,"msg":"Invalid ping value..."}`;
 * - a token no active monitor has (unknown, or the monitor paused): 500
 *   `{"ok":false,"msg":"Monitor not found or not active."}`;
 * - else 200 `{"ok":true}`, and a heartbeat is stored.
 */
import { type HttpStandIn, type SeenRequest, startHttpStandIn } from './ddns-http';

export interface KumaBeat {
  token: string;
  status: 'up' | 'down';
  msg: string;
  ping: number | null;
}

export interface KumaStandIn extends HttpStandIn {
  beats: KumaBeat[];
  /** Pauses (or resumes) a monitor: a paused one answers as unknown. */
  setActive(token: string, active: boolean): void;
  /** The push URL as Kuma's monitor page shows it, with its default query. */
  pushUrl(token: string): string;
}

const MAX_PING = 86_400_000;
const json = (status: number, v: unknown) => ({
  status,
  body: JSON.stringify(v),
  headers: { 'content-type': 'application/json; charset=utf-8' },
});

export async function startUptimeKuma(tokens: string[]): Promise<KumaStandIn> {
  const active = new Map(tokens.map((t) => [t, true]));
  const beats: KumaBeat[] = [];
  const handle = (req: SeenRequest) => {
    const m = /^\/api\/push\/([^/]+)$/.exec(req.url.pathname);
    if (!m) return { status: 404, body: 'Cannot GET' };
    const q = req.url.searchParams;
    const pingText = q.get('ping');
    let ping: number | null = null;
    if (pingText !== null && pingText !== '') {
      ping = Number(pingText);
      if (Number.isNaN(ping))
        return json(400, { ok: false, msg: `Invalid ping value: '${pingText}' is not a valid number` });
      if (ping < 0) return json(400, { ok: false, msg: `Invalid ping value: ${ping}ms cannot be negative` });
      if (ping > MAX_PING)
        return json(400, {
          ok: false,
          msg: `Ping value ${ping}ms exceeds maximum allowed (${MAX_PING}ms = 24 hours).`,
        });
    }
    const token = decodeURIComponent(m[1]!);
    if (active.get(token) !== true) return json(500, { ok: false, msg: 'Monitor not found or not active.' });
    beats.push({
      token,
      status: q.get('status') === 'up' || !q.has('status') ? 'up' : 'down',
      msg: q.get('msg') || 'OK',
      ping,
    });
    return json(200, { ok: true });
  };
  const base = await startHttpStandIn(handle);
  return Object.assign(base, {
    beats,
    setActive: (token: string, on: boolean) => void active.set(token, on),
    pushUrl: (token: string) => `${base.url}/api/push/${token}?status=up&msg=OK&ping=`,
  });
}
