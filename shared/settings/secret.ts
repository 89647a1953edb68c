/**
 * A secret field (a token, a password, a webhook URL) holds either the value itself or a
 * reference to where the value lives, so a server can keep secrets out of settings.json:
 *
 *   "pass": { "env": "SMTP_PASS" }          an environment variable
 *   "pass": { "file": "/run/secrets/smtp" }  a file (Docker/systemd credentials); one trailing newline is dropped
 *
 * Only the shape lives here; the engine resolves references (it reads the environment and files).
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';

export const secretRefSchema = z.union([
  z.strictObject({
    env: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, SAYS['settings.schemaSays.envName'])),
  }),
  z.strictObject({ file: z.string().check(z.minLength(1, 'expected a file path')) }),
]);
export type SecretRef = z.infer<typeof secretRefSchema>;

/** True for `{ "env": ... }` or `{ "file": ... }` objects (valid or not): what a reference looks like. */
export function looksLikeSecretRef(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'env' || keys[0] === 'file');
}

/** How a reference is named in messages: never the value, only where it comes from. */
export const describeSecretRef = (ref: SecretRef): string =>
  'env' in ref ? `environment variable ${ref.env}` : `file ${ref.file}`;

/** A secret part of a URL, as the named group `s`. */
export const URL_TOKENS: readonly RegExp[] = [
  // Discord webhook: /api/webhooks/ID/TOKEN, or the versioned /api/v10/webhooks/ID/TOKEN we post to
  /\/api(?:\/v\d+)?\/webhooks\/[^/\s"']+\/(?<s>[^/?#\s"']+)/g,
  // Slack incoming webhook: /services/T…/B…/SECRET
  /\/services\/[^/\s"']+\/[^/\s"']+\/(?<s>[^/?#\s"']+)/g,
  // Telegram Bot API: /bot123456:TOKEN/
  /\/bot\d+:(?<s>[\w-]+)/g,
  // A password in a URL's userinfo: scheme://user:PASSWORD@host
  /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"']*:(?<s>[^@/\s"']+)@/gi,
  // Healthchecks.io ping URL: hc-ping.com/UUID, hc-ping.com/PING_KEY/slug, a self-hosted server's /ping/UUID
  /\/\/hc-ping\.com\/(?<s>[^/?#\s"']+)/gi,
  /\/ping\/(?<s>[^/?#\s"']+)/g,
  // Uptime Kuma push monitor: /api/push/TOKEN
  /\/api\/push\/(?<s>[^/?#\s"']+)/g,
  // A token in a query string: ?token=…, &api_key=…
  /[?&](?:token|access_token|auth|api[_-]?key|apikey|key|secret|password|pass|sig|signature)=(?<s>[^&#\s"']+)/gi,
];

/** The secret parts of one URL-like string (none when it has no known token shape). */
export function urlSecrets(text: string): string[] {
  const found: string[] = [];
  for (const re of URL_TOKENS) for (const m of text.matchAll(re)) if (m.groups?.s) found.push(m.groups.s);
  return found;
}

/** Option names whose value is a secret wherever they appear. */
export const SECRET_KEY =
  /^(token|password|pass|secret|apiKey|api_key|accessToken|authToken|deviceKey|userKey|appriseUrls)$/i;
/** Every value under these keys is a secret (e.g. an Authorization header). */
export const SECRET_MAP_KEY = /^headers$/i;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every secret in the settings (or a part of them) passed through `f`, the rest copied as is. A
 * secret is a value under a secret-named key (token, password, headers...), a string holding a URL
 * with a token in it (a Discord webhook), or a reference (`{ "env": ... }`, `{ "file": ... }`).
 * `path` holds array indices as strings.
 */
export function mapSecrets(
  settings: unknown,
  f: (value: string | Record<string, unknown>, path: string[]) => unknown,
): unknown {
  const walk = (v: unknown, path: string[], secretByName: boolean): unknown => {
    if (looksLikeSecretRef(v)) return f(v, path);
    if (typeof v === 'string' && (secretByName || urlSecrets(v).length > 0)) return f(v, path);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)], secretByName));
    if (isObj(v))
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          walk(x, [...path, k], secretByName || SECRET_KEY.test(k) || SECRET_MAP_KEY.test(k)),
        ]),
      );
    return v;
  };
  return walk(settings, [], false);
}
