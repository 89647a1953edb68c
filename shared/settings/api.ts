/**
 * The `api` part of the settings: the local HTTP API and web dashboard (docs/api.md).
 * Loopback only unless `lan` is set; the bearer token is generated at first run in the data
 * folder, or given here (by reference, preferably).
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, withMeta } from './schema-common';
import { secretRefSchema } from './secret';
import { defaultSignInSettings, signInSettingsSchema } from './sign-in';

/** A file the runner reads: absolute, since the process's working folder is nobody's choice. */
const absolutePath = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(4096),
    z.regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'use an absolute path (/etc/ipwatch/cert.pem)'),
  );

/** The user's own certificate and key, PEM files (api.tls). */
export const tlsFilesSchema = z.strictObject({
  cert: withMeta(absolutePath, about('Certificate file', 'PEM: the certificate, then any intermediates.')),
  key: withMeta(absolutePath, about('Key file', 'PEM: the private key of that certificate, unencrypted.')),
});

export const apiSettingsSchema = z.strictObject({
  enabled: withMeta(
    z._default(z.boolean(), true),
    about('Serve the dashboard and API', 'Run the web dashboard and the local HTTP API while IPWatch monitors.'),
  ),
  port: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(65_535)), 8787),
    about('TCP port', 'Where the dashboard and API listen; 0 picks a free port, written in the log.'),
  ),
  lan: withMeta(
    z._default(z.boolean(), false),
    about(
      'Open to the local network',
      'Listen on every network interface, not only on this machine, over HTTPS (api.tls or a made certificate).',
    ),
  ),
  tls: withMeta(
    z.optional(tlsFilesSchema),
    about(
      'Certificate for the LAN',
      'The certificate (PEM, chain after it) and key files the LAN dashboard serves, reloaded when they change; absent: IPWatch makes its own at first run.',
    ),
  ),
  allowPlainHttp: withMeta(
    z._default(z.boolean(), false),
    about(
      'Allow plain HTTP on the LAN',
      'Also answer plain HTTP from other machines (the token then travels readable); loopback is plain HTTP either way.',
    ),
  ),
  /**
   * The bearer token, or a reference to it (`{ "env": ... }`, `{ "file": ... }`). Absent: a
   * random token is made at first run and kept in DATA_DIR/api-token (mode 0600).
   */
  token: withMeta(
    z.optional(z.union([z.string().check(z.minLength(16, 'use at least 16 characters')), secretRefSchema])),
    about('API token', 'Signs in browsers and scripts, at least 16 characters; empty: made at first run in api-token.'),
  ),
  sessionHours: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(24 * 365)), 24 * 30),
    about(
      'Stay signed in (hours)',
      'The longest a browser stays signed in, at most 168 (7 days); 12 h unused signs it out sooner.',
    ),
  ),
  requestTimeoutSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(3), z.lte(3600)), 120),
    about(
      'Request time limit (seconds)',
      'The longest a request may take to arrive, headers and body (an upload too); a slower one is closed.',
    ),
  ),
  badge: withMeta(
    z._default(z.boolean(), false),
    about(
      'Public status badge',
      'Serve /api/v1/badge.svg (time the address is held, uptime) without the token, for embedding in a page.',
    ),
  ),
  badgeAddress: withMeta(
    z._default(z.boolean(), false),
    about('Address in the badge', 'Show the public address itself in the badge; off: only how long it is held.'),
  ),
  signIn: withMeta(
    z._default(signInSettingsSchema, defaultSignInSettings),
    about('Sign-in', 'Ways to sign in to the dashboard besides the API token (Discord).'),
  ),
});
export type ApiSettings = z.infer<typeof apiSettingsSchema>;
export type TlsFiles = z.infer<typeof tlsFilesSchema>;
