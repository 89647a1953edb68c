/**
 * The API's two cookies, named, read and set one way everywhere (issue 58): the session cookie
 * (sessions.ts) and the Discord sign-in's state cookie (discord-sign-in/). Over HTTPS each name
 * carries the `__Host-` prefix, which a browser keeps only when the cookie is Secure, has Path=/
 * and no Domain (RFC 6265bis 4.1.3.2): no plain-HTTP answer, and no other name under the same
 * domain, can set or shadow it. Plain HTTP (loopback, or `api.allowPlainHttp`) keeps the bare
 * name, since a browser refuses a `__Host-` cookie that is not Secure. The name follows the
 * request's own connection (TLS or not; trustProxy is off, so never a header).
 */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type CookieKind = 'session' | 'state';

const BARE: Record<CookieKind, string> = { session: 'ipwatch_session', state: 'ipwatch_discord_state' };
export const HOST_PREFIX = '__Host-';

/** The cookie's name over HTTPS (prefixed) or plain HTTP (bare). */
export const cookieName = (kind: CookieKind, https: boolean): string => (https ? HOST_PREFIX : '') + BARE[kind];

const overHttps = (req: FastifyRequest) => req.protocol === 'https';

/** The cookie of this kind the request carries, by the one name its connection reads. */
export const readCookie = (req: FastifyRequest, kind: CookieKind): string | undefined =>
  req.cookies[cookieName(kind, overHttps(req))];

/** HttpOnly, SameSite=Lax, Path=/ and no Domain always; Secure over HTTPS (the prefix needs it). */
const optionsFor = (req: FastifyRequest): CookieSerializeOptions => ({
  httpOnly: true,
  secure: overHttps(req),
  sameSite: 'lax',
  path: '/',
});

/** Sets the cookie; `maxAgeSec` absent: it lasts while the browser runs. */
export function setCookie(reply: FastifyReply, kind: CookieKind, value: string, maxAgeSec?: number): FastifyReply {
  const options = { ...optionsFor(reply.request), ...(maxAgeSec === undefined ? {} : { maxAge: maxAgeSec }) };
  return reply.setCookie(cookieName(kind, overHttps(reply.request)), value, options);
}

/** Clears the cookie with the options it was set with (a `__Host-` one is cleared only when Secure). */
export const clearCookie = (reply: FastifyReply, kind: CookieKind): FastifyReply =>
  reply.clearCookie(cookieName(kind, overHttps(reply.request)), optionsFor(reply.request));
