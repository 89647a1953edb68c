/**
 * The list of signed-in browsers and Revoke (issue 50), through the real API server over HTTP on
 * a real session store in a data folder: an admin lists every live session (its own marked
 * current; no cookie value or hash anywhere in the answer), a viewer and a metrics token get 403
 * in words, revoking a session makes that cookie's next request 401, an unknown id is 404 in
 * words, revoking one's own says so, and each revoke is in the audit log with who did it and
 * whose session it was. The app's own window (no HTTP server, no browser sessions) gets an empty
 * list with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApiCore } from '../../../../electron/engine/api';
import { SESSIONS_FILE } from '../../../../electron/engine/api/sessions/sessions';
import { ApiError, type AuditEntry, type BrowserSessions, type RevokedSession } from '../../../../shared/contract';
import { english } from '../../../../shared/i18n/translators';
import { viewersCannotSeeSignIns } from '../../../../shared/words/roles';
import { noBrowserSessions, noSuchSession, revokedOwnSession } from '../../../../shared/words/sessions';
import { type ApiServer, errorMessage as message, quietLogger, startApiServer } from '../../../helpers/api-server';

// The words as the engine says them (English); the modules are functions of a Translator now.
const VIEWERS_CANNOT_SEE_SIGN_INS = viewersCannotSeeSignIns(english);
const NO_BROWSER_SESSIONS = noBrowserSessions(english);
const REVOKED_OWN_SESSION = revokedOwnSession(english);

const ADMIN_TOKEN = 'the-first-admin-token-0123456789';
let server: ApiServer<'viewer' | 'metrics' | 'grafana'>;
let tokens: typeof server.tokens;

beforeAll(async () => {
  server = await startApiServer({
    name: 'session-list',
    firstToken: ADMIN_TOKEN,
    tokens: [
      ['viewer', 'viewer'],
      ['metrics', 'metrics'],
      ['grafana', 'admin'],
    ],
  });
  tokens = server.tokens;
}, 60_000);

afterAll(() => server?.close());

type Auth = { token: string } | { cookie: string };
const call = (p: string, auth: Auth, json?: unknown) =>
  server.call(p, 'token' in auth ? auth.token : auth, json === undefined ? {} : { json });

/** Signs a browser in with a token; its session cookie, as `name=value`. */
async function signIn(token: string): Promise<{ cookie: string }> {
  const res = await server.call('/session', null, { json: { token } });
  expect(res.status).toBe(204);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}
const list = async (auth: Auth) => {
  const res = await call('/sessions', auth);
  expect(res.status).toBe(200);
  return { text: await res.clone().text(), body: (await res.json()) as BrowserSessions };
};
const revoke = (auth: Auth, sid: string) => call('/sessions/revoke', auth, { sid });
const audits = async () =>
  ((await (await call('/audit?limit=100', { token: ADMIN_TOKEN })).json()) as { items: AuditEntry[] }).items.filter(
    (e) => e.action === 'session.revoke' || e.action === 'revokeSession',
  );

describe('the list of signed-in browsers', () => {
  it('tells browsers apart by the browser and system their sign-in named and the address, loopback as such (issue 75)', async () => {
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
    const res = await server.call('/session', null, {
      json: { token: tokens.grafana },
      headers: { 'user-agent': firefox },
    });
    expect(res.status).toBe(204);
    // A hostile header: far too long, markup and all. Only a table's name and digits are kept, never its text.
    const hostile = `<img src=x onerror=alert(1)> Chrome/99999999 ${'A'.repeat(4000)} Windows`;
    const bad = await server.call('/session', null, {
      json: { token: tokens.viewer },
      headers: { 'user-agent': hostile },
    });
    expect(bad.status).toBe(204);
    const { text, body } = await list({ token: ADMIN_TOKEN });
    const row = (name: string) => body.sessions.find((s) => s.name === name)!;
    expect(row('grafana')).toMatchObject({
      browser: 'Firefox 128',
      system: 'Linux',
      address: '127.0.0.1',
      loopback: true,
    });
    // "Chrome/" then 8 digits: no version of at most 4 digits follows, so no browser; Windows past the cut is not read.
    expect(row('viewer')).toMatchObject({ browser: null, system: null, address: '127.0.0.1', loopback: true });
    expect(text).not.toContain('onerror');
    const kept = readFileSync(path.join(server.dataDir, SESSIONS_FILE), 'utf8');
    expect(kept).not.toContain('onerror');
    expect(kept.length).toBeLessThan(4000);
    // Ended again, so the other cases here start from no session.
    for (const name of ['grafana', 'viewer'])
      expect((await revoke({ token: ADMIN_TOKEN }, row(name).sid)).status).toBe(200);
  });

  it("shows an admin every live session, its own as current, and never a cookie or a cookie's hash", async () => {
    const mine = await signIn(ADMIN_TOKEN);
    const grafana = await signIn(tokens.grafana);
    const viewer = await signIn(tokens.viewer);
    const { text, body } = await list(mine);
    expect(body.unavailable).toBeNull();
    // Over loopback but without the host proof: no sign-in of this host (issue 58; on-host-proof.test.ts).
    expect(body.sessions.map((s) => [s.name, s.role, s.via, s.onHost]).sort()).toEqual([
      ['admin', 'admin', 'token', false],
      ['grafana', 'admin', 'token', false],
      ['viewer', 'viewer', 'token', false],
    ]);
    expect(body.sessions.filter((s) => s.current).map((s) => s.name)).toEqual(['admin']);
    for (const s of body.sessions) {
      expect(s.sid).toMatch(/^s[0-9a-f]{12}$/);
      expect(s.id).toMatch(/^token:/);
      expect(s.expiresAt).toBeGreaterThan(s.lastSeenAt);
      expect(s.lastSeenAt).toBeGreaterThanOrEqual(s.createdAt);
    }
    const kept = JSON.parse(readFileSync(path.join(server.dataDir, SESSIONS_FILE), 'utf8')) as {
      sessions: { hash: string }[];
    };
    expect(kept.sessions).toHaveLength(3);
    const secrets = [mine, grafana, viewer].map((c) => c.cookie.split('=')[1]!);
    for (const secret of [...secrets, ...kept.sessions.map((s) => s.hash), ADMIN_TOKEN, tokens.grafana])
      expect(text).not.toContain(secret);
    // A bearer token is no browser: nothing is its own.
    expect((await list({ token: tokens.grafana })).body.sessions.some((s) => s.current)).toBe(false);
  });

  it('is refused to a viewer (token or signed in) and a metrics token with 403, in words', async () => {
    const viewer = await signIn(tokens.viewer);
    for (const auth of [viewer, { token: tokens.viewer }]) {
      const res = await call('/sessions', auth);
      expect(res.status).toBe(403);
      expect(await message(res)).toContain(VIEWERS_CANNOT_SEE_SIGN_INS);
      const r = await revoke(auth, 's000000000000');
      expect(r.status).toBe(403);
      expect(await message(r)).toMatch(/a viewer reads everything and changes nothing: .* needs an admin/);
    }
    for (const [p, json] of [
      ['/sessions', undefined],
      ['/sessions/revoke', { sid: 's000000000000' }],
    ] as const) {
      const res = await call(p, { token: tokens.metrics }, json);
      expect(res.status).toBe(403);
      expect(await message(res)).toMatch(/a metrics token reaches \/metrics, \/healthz and the badge only/);
    }
  });
});

describe('Revoke', () => {
  it("ends another browser's session: that cookie's next request is 401; audited with who and whose", async () => {
    const admin = await signIn(ADMIN_TOKEN);
    const other = await signIn(tokens.grafana);
    expect((await call('/status', other)).status).toBe(200);
    const { body } = await list(admin);
    const otherSid = body.sessions.find((s) => !s.current && s.name === 'grafana')!.sid;
    const res = await revoke(admin, otherSid);
    expect(res.status).toBe(200);
    const out = (await res.json()) as RevokedSession;
    expect(out).toMatchObject({ own: false, revoked: { sid: otherSid, name: 'grafana', current: false } });
    expect(out.message).toMatch(/grafana/);
    expect((await call('/status', other)).status).toBe(401);
    expect((await list(admin)).body.sessions.map((s) => s.sid)).not.toContain(otherSid);
    const row = (await audits()).find((e) => e.detail?.includes(otherSid));
    expect(row).toMatchObject({ actor: 'admin (admin, session)', result: 'ok' });
    expect(row!.detail).toBe(`grafana (admin, token, ${otherSid})`);
  });

  it('answers 404 in words for an id no session has (and 400 for one not shaped like an id), changing nothing', async () => {
    const admin = await signIn(ADMIN_TOKEN);
    const before = (await list(admin)).body.sessions.length;
    const res = await revoke({ token: ADMIN_TOKEN }, 's0123456789ab');
    expect(res.status).toBe(404);
    expect(await message(res)).toBe(noSuchSession('s0123456789ab', english));
    expect((await revoke({ token: ADMIN_TOKEN }, 'ipwatch_session=abc')).status).toBe(400);
    expect((await list(admin)).body.sessions).toHaveLength(before);
    expect((await audits()).find((e) => e.detail === noSuchSession('s0123456789ab', english))).toMatchObject({
      action: 'revokeSession',
      actor: 'admin (admin, token)',
      result: 'refused',
    });
  });

  it('may end the caller’s own session, and says so: this browser is signed out', async () => {
    const me = await signIn(tokens.grafana);
    const own = (await list(me)).body.sessions.find((s) => s.current)!;
    const res = await revoke(me, own.sid);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ own: true, message: REVOKED_OWN_SESSION, revoked: { current: true } });
    expect((await call('/status', me)).status).toBe(401);
    expect((await audits()).find((e) => e.detail?.includes(own.sid))).toMatchObject({
      actor: 'grafana (admin, session)',
      detail: `grafana (admin, token, ${own.sid}): their own session`,
    });
  });
});

describe("the app's own window", () => {
  it('lists no browser, with the reason, and has none to revoke', async () => {
    const { handlers } = createApiCore({
      services: server.runtime.services,
      settings: {
        read: async () => ({ settings: server.settings(), envOverrides: [] }),
        write: async () => ({ ok: true, live: [], restart: [] }),
      },
      dataDir: null,
      logger: quietLogger,
      version: 'test',
    });
    const ui = { actor: 'ui' };
    expect(await handlers.listSessions(undefined, ui)).toEqual({ sessions: [], unavailable: NO_BROWSER_SESSIONS });
    const refused = await handlers.revokeSession({ sid: 's0123456789ab' }, ui).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 404, message: NO_BROWSER_SESSIONS });
  });
});
