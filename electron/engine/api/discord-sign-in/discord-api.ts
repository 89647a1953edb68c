/**
 * The calls sign-in makes to Discord, as its developer docs describe them
 * (https://discord.com/developers/docs/topics/oauth2 "Authorization Code Grant", and the
 * resources "Get Current User", "Get Current User Guilds", "Get Current User Guild Member"):
 * - the browser goes to {apiBase}/oauth2/authorize with response_type=code, client_id, scope,
 *   redirect_uri, state, and the PKCE code_challenge (S256) with code_challenge_method;
 * - the code is traded at {apiBase}/oauth2/token: a form-encoded POST (grant_type
 *   authorization_code, code, redirect_uri, code_verifier), the client id and secret as HTTP Basic;
 * - with the access token (Bearer): /v10/users/@me, /v10/users/@me/guilds and
 *   /v10/users/@me/guilds/{guild.id}/member.
 * `apiBase` is the bot's `discord.apiBase` (https://discord.com/api; tests point it at
 * tests/fakes/discord-oauth.ts). Each call follows the etiquette (15 s, 64 KB); the access token
 * and the secret never leave these functions.
 */
import { sharedClient } from '../../net/client';
import { boundedRequest } from '../../net/etiquette';
import { describeError } from '../../notify/http';

export const DISCORD_SCOPES = 'identify guilds guilds.members.read';

export interface DiscordClient {
  clientId: string;
  secret: string;
  apiBase: string;
  userAgent: string;
}

/**
 * A failure in words for the person signing in: never a body, never a secret. `status`: Discord's
 * HTTP status when it answered (401: the access token is revoked); absent when it could not be reached.
 */
export class DiscordSignInError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function authorizeUrl(
  c: Pick<DiscordClient, 'clientId' | 'apiBase'>,
  p: { redirectUri: string; state: string; challenge: string },
): string {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: c.clientId,
    scope: DISCORD_SCOPES,
    redirect_uri: p.redirectUri,
    state: p.state,
    code_challenge: p.challenge,
    code_challenge_method: 'S256',
  });
  return `${c.apiBase}/oauth2/authorize?${q}`;
}

async function call(
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  signal: AbortSignal,
): Promise<{ status: number; json: unknown }> {
  try {
    const res = await boundedRequest(signal, (s) => sharedClient().send({ url, ...init, signal: s }));
    let json: unknown = null;
    try {
      json = JSON.parse(res.body);
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    return { status: res.status, json };
  } catch (err) {
    throw new DiscordSignInError(`Discord could not be reached (${describeError(err, signal)}).`);
  }
}

/** Discord's access tokens last 7 days (the token response's `expires_in`, 604800 s). */
export const ACCESS_TOKEN_DEFAULT_S = 604_800;

/**
 * Trades the code for an access token and how long it lasts (ms); a refused code (used, expired,
 * wrong verifier) is a DiscordSignInError.
 */
export async function exchangeCode(
  c: DiscordClient,
  p: { code: string; redirectUri: string; verifier: string },
  signal: AbortSignal,
): Promise<{ accessToken: string; lifetimeMs: number }> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: p.code,
    redirect_uri: p.redirectUri,
    code_verifier: p.verifier,
  });
  const basic = Buffer.from(`${encodeURIComponent(c.clientId)}:${encodeURIComponent(c.secret)}`).toString('base64');
  const res = await call(
    `${c.apiBase}/oauth2/token`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${basic}`,
        'user-agent': c.userAgent,
      },
      body: body.toString(),
    },
    signal,
  );
  const j = res.json as { access_token?: unknown; expires_in?: unknown; error?: unknown } | null;
  if (res.status === 200 && typeof j?.access_token === 'string') {
    const s = typeof j.expires_in === 'number' && j.expires_in > 0 ? j.expires_in : ACCESS_TOKEN_DEFAULT_S;
    return { accessToken: j.access_token, lifetimeMs: Math.min(s, ACCESS_TOKEN_DEFAULT_S) * 1000 };
  }
  if (j?.error === 'invalid_grant')
    throw new DiscordSignInError('Discord refused the sign-in code: it was used already or is too old. Sign in again.');
  if (j?.error === 'invalid_client')
    throw new DiscordSignInError('Discord refused this IPWatch: its application id or client secret is wrong.');
  throw new DiscordSignInError(`Discord refused the sign-in (HTTP ${res.status}).`);
}

/** GET a user resource with the access token; null for a 404 (a server the user is not in). */
export async function getAsUser(
  c: Pick<DiscordClient, 'apiBase' | 'userAgent'>,
  accessToken: string,
  path: string,
  signal: AbortSignal,
): Promise<unknown> {
  const res = await call(
    `${c.apiBase}/v10${path}`,
    { method: 'GET', headers: { authorization: `Bearer ${accessToken}`, 'user-agent': c.userAgent } },
    signal,
  );
  if (res.status === 200) return res.json;
  if (res.status === 404) return null;
  if (res.status === 429) throw new DiscordSignInError('Discord asks to slow down; try again in a minute.', 429);
  throw new DiscordSignInError(`Discord did not answer who you are (HTTP ${res.status}).`, res.status);
}
