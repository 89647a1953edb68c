/**
 * Why a person signing in with Discord got a role, or was refused, kept as a code with the audit
 * row (issue 62), through the real API server, its store and the Discord stand-in
 * (tests/fakes/discord-oauth.ts): the audit log's answer carries each row's code beside its English
 * detail (the bytes as before), a session the settings end too, and the refusal page says the
 * refusal in the browser's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type DiscordOAuthFake, startDiscordOAuth } from '../../../fakes/discord-oauth';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { CLIENT, SECRET, SERVER, STRANGER, VIEW_ROLE, VIEWER } from '../../../helpers/discord-cast';
import { SIGN_IN_ROWS } from '../../../helpers/discord-sign-in-rows';

let discord: DiscordOAuthFake;
let server: ApiServer<'admin'>;

beforeAll(async () => {
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [VIEWER, STRANGER] });
  server = await startApiServer({
    name: 'sign-in-audit',
    settings: {
      api: { signIn: { discord: { clientId: CLIENT, secret: SECRET, viewerRoles: [VIEW_ROLE] } } },
      discord: { guilds: [SERVER], apiBase: discord.apiBase },
    },
    tokens: [['admin', 'admin', 'ops']],
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await discord?.close();
});

/** A browser's sign-in with Discord as `who`, asking for `language`: the callback's answer. */
async function signInWithDiscord(who: string, language: string): Promise<Response> {
  discord.signInAs(who);
  const start = await fetch(`${server.api.url}/api/v1/session/discord`, { redirect: 'manual' });
  expect(start.status, await start.clone().text()).toBe(302);
  const state = start.headers
    .getSetCookie()
    .find((c) => c.startsWith('ipwatch_discord_state='))!
    .split(';')[0]!;
  const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  return fetch(back.headers.get('location')!, {
    redirect: 'manual',
    headers: { cookie: state, 'accept-language': language },
  });
}

describe('a sign-in with Discord in the audit log', () => {
  it('keeps why as a code beside its English, and the refusal page says it in German', async () => {
    expect((await signInWithDiscord(VIEWER.id, 'de')).status).toBe(302);
    const refused = await signInWithDiscord(STRANGER.id, 'de-DE,de;q=0.9');
    expect(refused.status).toBe(403);
    const page = await refused.text();
    expect(page).toContain(
      'Ihr Discord-Konto ist weder Mitglied des Discord-Servers, den dieses IPWatch bedient, noch als Admin eingetragen.',
    );
    expect(page).not.toContain('not a member');

    const res = await server.call('/audit', server.tokens.admin);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    const signIns = items.filter((e) => e.action === 'session.sign-in').map(({ id: _, at: __, ...row }) => row);
    expect(signIns).toEqual(SIGN_IN_ROWS);
  });

  it('keeps why a session ended as a code too: the viewer role taken off the sign-in settings', async () => {
    const res = await signInWithDiscord(VIEWER.id, 'en');
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('ipwatch_session='))!
      .split(';')[0]!;
    const { settings } = (await (await server.call('/settings', server.tokens.admin)).json()) as {
      settings: { api: { signIn: { discord: { viewerRoles: string[] } } } };
    };
    settings.api.signIn.discord.viewerRoles = [];
    const put = await server.call('/settings', server.tokens.admin, { method: 'PUT', json: { settings } });
    expect(put.status, await put.clone().text()).toBe(200);
    // The session's next request reads the new rules and ends it (follow.ts).
    expect((await server.call('/session/me', { cookie: session })).status).toBe(401);
    const { items } = (await (await server.call('/audit', server.tokens.admin)).json()) as {
      items: Record<string, unknown>[];
    };
    expect(items.find((e) => e.action === 'session.end')).toMatchObject({
      actor: 'ipwatch',
      detail: `session ended: no longer allowed by the sign-in settings; ${VIEWER.username} (Discord user id ${VIEWER.id}), signed in as viewer`,
      result: 'applied',
      reason: {
        code: 'reason.signIn.sessionEnded',
        values: { name: VIEWER.username, userId: VIEWER.id, was: 'viewer' },
        inner: { code: 'reason.signIn.bySettings', values: { changed: 'no' } },
      },
    });
  });

  it('the refusal page in Indonesian', async () => {
    const page = await (await signInWithDiscord(STRANGER.id, 'id')).text();
    expect(page).toContain('Akun Discord Anda bukan anggota server Discord yang dilayani IPWatch ini');
  });
});
