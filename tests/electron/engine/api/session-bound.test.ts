/**
 * Sessions are bounded per principal (issue 58): a token signing in again and again ends only its
 * own sessions (the one idle longest goes), never another's, through the real API server; and at
 * the bound of all, the store refuses a new sign-in in words instead of ending someone else's
 * session. Before, any valid token could sign in 1,000 times and sign every other browser out (a
 * metrics token gets no session at all now: audit-flood.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createSessionStore,
  MAX_SESSIONS,
  MAX_SESSIONS_PER_PRINCIPAL,
} from '../../../../electron/engine/api/sessions/sessions';
import { ApiError } from '../../../../shared/contract';
import { type ApiServer, quietLogger, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

let server: ApiServer<'admin' | 'viewer'>;

beforeAll(async () => {
  server = await startApiServer({
    name: 'session-bound',
    tokens: [
      ['admin', 'admin', 'owner'],
      ['viewer', 'viewer', 'grafana'],
    ],
  });
}, 60_000);

afterAll(() => server?.close());

/** A browser's sign-in with a token; its cookie as `name=value`. */
async function signIn(token: string): Promise<string> {
  const res = await server.call('/session', null, { json: { token } });
  expect(res.status, await res.clone().text()).toBe(204);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}
const signedIn = async (cookie: string) => (await server.call('/session/me', { cookie })).status;

describe('one principal signing in again and again', () => {
  it(`keeps ${MAX_SESSIONS_PER_PRINCIPAL} of its own sessions and ends nobody else's`, async () => {
    const owner = await signIn(server.tokens.admin);
    const metrics: string[] = [];
    for (let i = 0; i < MAX_SESSIONS_PER_PRINCIPAL + 8; i++) metrics.push(await signIn(server.tokens.viewer));
    expect(await signedIn(owner)).toBe(200);
    // Its own idle longest went: the first 8; the newest MAX_SESSIONS_PER_PRINCIPAL stand.
    expect(await Promise.all(metrics.slice(0, 8).map(signedIn))).toEqual(Array(8).fill(401));
    expect(await signedIn(metrics.at(-1)!)).toBe(200);
    const list = (await (await server.call('/sessions', server.tokens.admin)).json()) as {
      sessions: { name: string }[];
    };
    expect(list.sessions.filter((s) => s.name === 'grafana')).toHaveLength(MAX_SESSIONS_PER_PRINCIPAL);
    expect(list.sessions.filter((s) => s.name === 'owner')).toHaveLength(1);
  }, 60_000);
});

describe('the bound of all sessions', () => {
  it('refuses a new sign-in in words at the bound, and ends no session of anyone', async () => {
    const store = await createSessionStore({ dataDir: null, clock: new FakeClock(), logger: quietLogger });
    const people = Math.ceil(MAX_SESSIONS / MAX_SESSIONS_PER_PRINCIPAL);
    const first: string[] = [];
    let made = 0;
    for (let p = 0; p < people && made < MAX_SESSIONS; p++)
      for (let i = 0; i < MAX_SESSIONS_PER_PRINCIPAL && made < MAX_SESSIONS; i++, made++) {
        const value = await store.create({ id: `token:t${p}`, name: `t${p}`, role: 'viewer' });
        if (i === 0) first.push(value);
      }
    const refused = await store.create({ id: 'token:late', name: 'late', role: 'admin' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(503);
    expect((refused as ApiError).message).toMatch(/browsers are signed in already.*sign one out/);
    expect(store.list()).toHaveLength(MAX_SESSIONS);
    for (const value of first) expect(store.lookup(value)).not.toBeNull();
  });
});
