/**
 * A stand-in for Healthchecks' Pinging API, from its documentation
 * (https://healthchecks.io/docs/http_api/, https://healthchecks.io/docs/signaling_failures/) and
 * the server's `ping` and `ping_by_slug` views (healthchecks/healthchecks hc/api/views.py):
 *
 * - `/<uuid>`, `/<uuid>/start`, `/<uuid>/fail`, `/<uuid>/log`, `/<uuid>/<exit-status>` (0-255, 0 is
 *   success), and the same after `/<ping-key>/<slug>`; HEAD, GET and POST.
 * - `?rid=<uuid>` names a run (anything else: 400 "invalid uuid format"); an exit status over 255 is
 *   400 "invalid url format"; a slug shared by two checks is 409 "ambiguous slug"; `?create=1` on an
 *   unknown slug makes the check, 201 "Created".
 * - A POST body is kept up to the body limit (100 kB on healthchecks.io), which the answer's
 *   `Ping-Body-Limit` header states.
 * - An unknown check: healthchecks.io's ping servers (`hc-ping.com`, mode `hosted`) answer 200
 *   "OK (not found)", so a 2xx alone proves nothing; a self-hosted server (mode `self-hosted`,
 *   paths under `/ping/`) answers 404 "not found".
 */
import { type HttpStandIn, type SeenRequest, startHttpStandIn } from './ddns-http';

export type HcKind = 'success' | 'start' | 'fail' | 'log';

export interface HcPing {
  check: string;
  kind: HcKind;
  exitStatus: number | null;
  rid: string | null;
  method: string;
  /** The body as kept: cut at the body limit. */
  body: string;
}

export interface HealthchecksStandIn extends HttpStandIn {
  /** Every accepted ping, in order. */
  pings: HcPing[];
  /** The check's state as Healthchecks shows it: new, up, down or started. */
  state(check: string): 'new' | 'up' | 'down' | 'started' | undefined;
  /** The ping URL of a check, as the project page shows it. */
  pingUrl(check: string): string;
}

export interface HealthchecksOptions {
  mode: 'hosted' | 'self-hosted';
  /** Checks by UUID. */
  uuids?: string[];
  /** Checks by project ping key and slug; a slug listed twice is ambiguous. */
  slugs?: { pingKey: string; slug: string }[];
  bodyLimit?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startHealthchecks(opts: HealthchecksOptions): Promise<HealthchecksStandIn> {
  const bodyLimit = opts.bodyLimit ?? 100_000;
  const states = new Map<string, 'new' | 'up' | 'down' | 'started'>();
  for (const u of opts.uuids ?? []) states.set(u, 'new');
  const slugs = [...(opts.slugs ?? [])];
  for (const s of slugs) states.set(`${s.pingKey}/${s.slug}`, 'new');
  const pings: HcPing[] = [];
  const prefix = opts.mode === 'hosted' ? '' : '/ping';
  const notFound = () =>
    opts.mode === 'hosted' ? { status: 200, body: 'OK (not found)' } : { status: 404, body: 'not found' };

  const handle = (req: SeenRequest) => {
    const headers = { 'ping-body-limit': String(bodyLimit) };
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) return { status: 405, body: '' };
    if (!req.url.pathname.startsWith(`${prefix}/`)) return notFound();
    const parts = req.url.pathname.slice(prefix.length + 1).split('/');
    let check: string;
    let rest: string[];
    let created = false;
    if (UUID.test(parts[0]!)) [check, rest] = [parts[0]!, parts.slice(1)];
    else {
      [check, rest] = [`${parts[0]}/${parts[1] ?? ''}`, parts.slice(2)];
      const matches = slugs.filter((s) => `${s.pingKey}/${s.slug}` === check);
      if (matches.length > 1) return { status: 409, body: 'ambiguous slug' };
      if (matches.length === 0 && req.url.searchParams.get('create') === '1' && parts[1]) {
        slugs.push({ pingKey: parts[0]!, slug: parts[1] });
        states.set(check, 'new');
        created = true;
      }
    }
    if (!states.has(check) || rest.length > 1) return notFound();
    let kind: HcKind = 'success';
    let exitStatus: number | null = null;
    const action = rest[0] ?? '';
    if (action === 'start' || action === 'fail' || action === 'log') kind = action;
    else if (/^\d+$/.test(action)) {
      exitStatus = Number(action);
      if (exitStatus > 255) return { status: 400, body: 'invalid url format' };
      kind = exitStatus === 0 ? 'success' : 'fail';
    } else if (action !== '') return notFound();
    const rid = req.url.searchParams.get('rid');
    if (rid !== null && !UUID.test(rid)) return { status: 400, body: 'invalid uuid format' };
    pings.push({ check, kind, exitStatus, rid, method: req.method, body: req.body.slice(0, bodyLimit) });
    if (kind === 'success') states.set(check, 'up');
    else if (kind === 'fail') states.set(check, 'down');
    else if (kind === 'start') states.set(check, 'started');
    return created ? { status: 201, body: 'Created', headers } : { status: 200, body: 'OK', headers };
  };

  const base = await startHttpStandIn(handle);
  return Object.assign(base, {
    pings,
    state: (check: string) => states.get(check),
    pingUrl: (check: string) => `${base.url}${prefix}/${check}`,
  });
}
