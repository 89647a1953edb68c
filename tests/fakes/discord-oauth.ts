/**
 * A local stand-in for Discord's OAuth2 and the user endpoints sign-in reads, built from
 * Discord's developer docs:
 * - https://discord.com/developers/docs/topics/oauth2 ("Authorization Code Grant": the authorize
 *   URL's response_type, client_id, scope, state, redirect_uri, prompt, and PKCE's
 *   code_challenge/code_challenge_method S256; the redirect back with `code` and `state`; the
 *   token request, `application/x-www-form-urlencoded`, grant_type=authorization_code, code,
 *   redirect_uri, the client's credentials by HTTP Basic or in the body; the access token
 *   response; errors as OAuth2's `{ "error": "invalid_grant", "error_description": ... }`);
 * - https://discord.com/.well-known/oauth-authorization-server (code_challenge_methods_supported
 *   ["S256"], token_endpoint_auth_methods client_secret_basic and client_secret_post);
 * - https://discord.com/developers/docs/resources/user ("Get Current User", "Get Current User
 *   Guilds": partial guilds whose `permissions` is a string, "Get Current User Guild Member":
 *   needs the guilds.members.read scope; a server the user is not in is 404 Unknown Guild, 10004).
 *
 * Quirks kept: a code is used once (a second try is invalid_grant even if the first failed) and
 * lives 10 minutes; the redirect_uri given at the token request must be the authorize one;
 * the verifier must hash (SHA-256, base64url) to the challenge. There is no consent page: the
 * person who approves is the one set with `signInAs` (a test's browser "is" that user).
 *
 *   GET  /api/oauth2/authorize                       302 to redirect_uri?code&state (or ?error=)
 *   POST /api/oauth2/token                           the access token
 *   GET  /api/v10/users/@me, /users/@me/guilds, /users/@me/guilds/{id}/member
 *
 * Mid-test, a member's servers and roles are the `users` objects given, read at each request:
 * change them (a role taken, a server left) and the next call says so. `revokeTokens` is the
 * user deauthorizing the app (https://discord.com/developers/docs/topics/oauth2 "Token
 * Revocation": the token then gets 401 Unauthorized, code 0); `outage` answers every user call
 * with a status (503, or 429 with Retry-After as https://discord.com/developers/docs/topics/rate-limits
 * describes), as when Discord is down.
 *
 * @example
 *   const discord = await startDiscordOAuth({ clientId, secret, users: [{ id, username, guilds: [...] }] });
 *   settings.discord.apiBase = discord.apiBase;   // http://127.0.0.1:port/api
 *   discord.signInAs(id);
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeDiscordUser {
  id: string;
  username: string;
  global_name?: string | null;
  /** The servers the user is in, their permissions there (a number, sent as Discord does: a string) and roles. */
  guilds: { id: string; permissions: bigint; roles: string[]; name?: string }[];
}

export interface DiscordOAuthOptions {
  clientId: string;
  secret: string;
  users: FakeDiscordUser[];
  /** How long a code may be traded (Discord: short-lived; 10 minutes here). */
  codeLifetimeMs?: number;
}

interface Grant {
  userId: string;
  redirectUri: string;
  challenge: string | null;
  scopes: string[];
  at: number;
}

export interface DiscordOAuthFake {
  /** What `discord.apiBase` is set to: http://127.0.0.1:port/api */
  apiBase: string;
  /** The person who approves the next authorize request; null: they press Cancel. */
  signInAs(userId: string | null): void;
  /** Every request, as "METHOD /path" (no query). */
  readonly requests: string[];
  /** Token requests and how they ended ('ok' or the OAuth2 error). */
  readonly tokenResults: string[];
  /** The `redirect_uri` of each authorize request. */
  readonly redirectUris: string[];
  /** Every access token given to this user stops working (401), as after a revocation. */
  revokeTokens(userId: string): void;
  /** Every user call answers with this status from now on (503: down; 429: rate limited); null: answers again. */
  outage(status: number | null): void;
  close(): Promise<void>;
}

const SCOPES = new Set(['identify', 'guilds', 'guilds.members.read', 'email']);

export async function startDiscordOAuth(o: DiscordOAuthOptions): Promise<DiscordOAuthFake> {
  const lifetime = o.codeLifetimeMs ?? 10 * 60_000;
  const codes = new Map<string, Grant | 'used'>();
  const tokens = new Map<string, Grant>();
  const requests: string[] = [];
  const tokenResults: string[] = [];
  const redirectUris: string[] = [];
  let approver: string | null = null;
  let down: number | null = null;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const oauthError = (res: ServerResponse, status: number, error: string, description: string) => {
    tokenResults.push(error);
    json(res, status, { error, error_description: description });
  };

  function authorize(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    const redirect = q.get('redirect_uri');
    // Discord shows its own error page (no redirect) for a wrong client or redirect URI.
    if (q.get('client_id') !== o.clientId || !redirect)
      return json(res, 400, { message: 'Invalid OAuth2 redirect_uri' });
    redirectUris.push(redirect);
    const back = new URL(redirect);
    const state = q.get('state');
    if (state !== null) back.searchParams.set('state', state);
    const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
    const method = q.get('code_challenge_method');
    const challenge = q.get('code_challenge');
    if (q.get('response_type') !== 'code' || scopes.some((s) => !SCOPES.has(s)) || (challenge && method !== 'S256')) {
      back.searchParams.set('error', 'invalid_request');
      return res.writeHead(302, { location: back.toString() }).end();
    }
    if (approver === null) {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The resource owner or authorization server denied the request');
      return res.writeHead(302, { location: back.toString() }).end();
    }
    const code = randomBytes(15).toString('base64url');
    codes.set(code, { userId: approver, redirectUri: redirect, challenge, scopes, at: Date.now() });
    back.searchParams.set('code', code);
    res.writeHead(302, { location: back.toString() }).end();
  }

  function token(req: IncomingMessage, body: string, res: ServerResponse) {
    if (!/^application\/x-www-form-urlencoded\b/.test(req.headers['content-type'] ?? ''))
      return oauthError(res, 400, 'invalid_request', 'the body must be application/x-www-form-urlencoded');
    const f = new URLSearchParams(body);
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [id, secret] = basic
      ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
      : [f.get('client_id'), f.get('client_secret')];
    if (id !== o.clientId || secret !== o.secret) return oauthError(res, 401, 'invalid_client', 'Invalid client');
    if (f.get('grant_type') !== 'authorization_code')
      return oauthError(res, 400, 'unsupported_grant_type', 'Unsupported grant type');
    const code = f.get('code') ?? '';
    const grant = codes.get(code);
    if (grant !== undefined) codes.set(code, 'used'); // once, whatever follows
    if (grant === undefined || grant === 'used' || Date.now() - grant.at > lifetime)
      return oauthError(res, 400, 'invalid_grant', 'Invalid "code" in request.');
    if (f.get('redirect_uri') !== grant.redirectUri)
      return oauthError(res, 400, 'invalid_grant', 'Invalid "redirect_uri" in request.');
    const verifier = f.get('code_verifier');
    if (grant.challenge !== null) {
      const hashed = verifier ? createHash('sha256').update(verifier).digest('base64url') : null;
      if (hashed !== grant.challenge) return oauthError(res, 400, 'invalid_grant', 'Invalid "code_verifier"');
    }
    const access = randomBytes(20).toString('base64url');
    tokens.set(access, grant);
    tokenResults.push('ok');
    json(res, 200, {
      access_token: access,
      token_type: 'Bearer',
      expires_in: 604_800,
      refresh_token: randomBytes(20).toString('base64url'),
      scope: grant.scopes.join(' '),
    });
  }

  function user(req: IncomingMessage, path: string, res: ServerResponse) {
    if (down === 429) {
      res.setHeader('retry-after', '5');
      return json(res, 429, { message: 'You are being rate limited.', retry_after: 5, global: false });
    }
    if (down !== null) return json(res, down, { message: 'Service Unavailable', code: 0 });
    const grant = tokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!grant) return json(res, 401, { message: '401: Unauthorized', code: 0 });
    const u = o.users.find((x) => x.id === grant.userId)!;
    const has = (scope: string) => grant.scopes.includes(scope);
    if (path === '/api/v10/users/@me')
      return json(res, 200, {
        id: u.id,
        username: u.username,
        global_name: u.global_name ?? null,
        discriminator: '0',
        avatar: null,
      });
    if (path === '/api/v10/users/@me/guilds') {
      if (!has('guilds')) return json(res, 403, { message: 'Missing Access', code: 50001 });
      return json(
        res,
        200,
        u.guilds.map((g) => ({
          id: g.id,
          name: g.name ?? `server ${g.id}`,
          icon: null,
          owner: false,
          permissions: String(g.permissions),
          features: [],
        })),
      );
    }
    const m = /^\/api\/v10\/users\/@me\/guilds\/(\d+)\/member$/.exec(path);
    if (m) {
      if (!has('guilds.members.read')) return json(res, 403, { message: 'Missing Access', code: 50001 });
      const g = u.guilds.find((x) => x.id === m[1]);
      if (!g) return json(res, 404, { message: 'Unknown Guild', code: 10004 });
      return json(res, 200, {
        user: { id: u.id, username: u.username },
        nick: null,
        roles: g.roles,
        joined_at: '2024-01-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
      });
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push(`${req.method} ${url.pathname}`);
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.method === 'GET' && url.pathname === '/api/oauth2/authorize') return authorize(url, res);
      if (req.method === 'POST' && url.pathname === '/api/oauth2/token') return token(req, body, res);
      if (req.method === 'GET' && url.pathname.startsWith('/api/v10/users/@me')) return user(req, url.pathname, res);
      json(res, 404, { message: '404: Not Found', code: 0 });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    signInAs: (id) => void (approver = id),
    requests,
    tokenResults,
    redirectUris,
    revokeTokens: (id) => {
      for (const [t, g] of tokens) if (g.userId === id) tokens.delete(t);
    },
    outage: (status) => void (down = status),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
