/**
 * How large a request body each route takes (issue 58), set on the route itself (fastify's
 * per-route `bodyLimit`), so a larger one is refused with 413 before it is read or parsed: from
 * its Content-Length at once, or as soon as a chunked body passes the bound. One server-wide limit
 * the size of an upload let anyone send 90 MB to the sign-in and have it parsed before the refusal.
 *
 * | route                                  | bound                          |
 * |----------------------------------------|--------------------------------|
 * | the sign-ins (under /api/v1/session)   | 4 KB (a token is 512 at most)  |
 * | saveSettings (PUT /api/v1/settings)    | 1 MB                           |
 * | importHistory, restore                 | the upload size (base64, JSON) |
 * | anything else                          | 64 KB                          |
 */
import { SESSION_BASE } from '../discord-sign-in/paths';

export const SIGN_IN_BODY_BYTES = 4 * 1024;
export const SETTINGS_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_BYTES = 64 * 1024;

/** The contract methods that upload a file, and the one that sends the whole settings. */
const UPLOADS: readonly string[] = ['importHistory', 'restore'];
const SETTINGS = 'saveSettings';

/** Pure: the body bound of a route by its path and contract method; `maxUploadBytes`: the largest file. */
export function bodyLimitOf(
  route: { url: string; contractMethod?: string | undefined },
  maxUploadBytes: number,
): number {
  if (route.url === SESSION_BASE || route.url.startsWith(`${SESSION_BASE}/`)) return SIGN_IN_BODY_BYTES;
  // Uploads arrive base64 inside JSON, a third larger than the file.
  if (route.contractMethod && UPLOADS.includes(route.contractMethod)) return Math.ceil(maxUploadBytes * 1.4);
  if (route.contractMethod === SETTINGS) return SETTINGS_BODY_BYTES;
  return DEFAULT_BODY_BYTES;
}

/** A 413 in words: how large a body this route takes. */
export const tooLargeWords = (limit: number): string =>
  `the request body is larger than this route takes (${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`}); nothing was read or changed`;
