/**
 * Refuses, before any other hook and before the door (auth-hook.ts), a request target that is not
 * in canonical form (issue 58). The router (find-my-way) decodes and matches one spelling of a
 * path, and anything that reads the raw URL another way would decide for a different path than
 * the router dispatched: `/%61pi/v1/events` reached the event stream without a token while the
 * door looked at the raw string. The door now reads the matched route (route-access.ts); this
 * refusal is the second wall, so no code at all sees two spellings of one path.
 */
import type { FastifyInstance } from 'fastify';

/** Characters a URL never needs to percent-encode (RFC 3986 section 2.3). */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
/** How much of a refused path the answer repeats. */
const SHOWN = 120;

/**
 * Why this request target is not canonical, in words; null when it is. Refused: a target that is
 * not a path (absolute form, `*`), a `#`, a backslash, `//`, a `.` or `..` segment, a malformed
 * percent escape, an escape of an unreserved character (`%61` for `a`) or of a slash or backslash.
 * The query string (after `?`) is left to the route's schema.
 */
export function nonCanonicalWhy(target: string): string | null {
  const q = target.indexOf('?');
  const p = q < 0 ? target : target.slice(0, q);
  if (!p.startsWith('/')) return 'the request target must be a path that starts with "/"';
  if (p.includes('#')) return 'a "#" has no place in a request path';
  if (p.includes('\\')) return 'a backslash has no place in a request path';
  if (p.includes('//')) return 'a request path has no empty segments ("//")';
  if (p.split('/').some((s) => s === '.' || s === '..')) return 'a request path has no "." or ".." segments';
  for (let i = p.indexOf('%'); i >= 0; i = p.indexOf('%', i + 1)) {
    const hex = p.slice(i + 1, i + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return `"${p.slice(i, i + 3)}" is not a percent escape (% and two hex digits)`;
    const c = String.fromCharCode(parseInt(hex, 16));
    if (UNRESERVED.test(c)) return `%${hex} stands for "${c}", which a path writes as itself`;
    if (c === '/' || c === '\\') return `%${hex} hides a ${c === '/' ? 'slash' : 'backslash'} in a path segment`;
  }
  return null;
}

/** Registers the refusal: a plain 400 in words. Register it first, before every other onRequest hook. */
export function refuseNonCanonical(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    const why = nonCanonicalWhy(req.url);
    if (!why) return;
    const shown = req.url.split('?')[0]!.slice(0, SHOWN);
    const message = `the request path ${JSON.stringify(shown)} is not in canonical form: ${why}; send it as written`;
    return reply.code(400).send({ error: { code: 'not_canonical', message } });
  });
}
