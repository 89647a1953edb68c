/**
 * The change hook and the heartbeat (issue 42), both off by default (electron/engine/hook/).
 *
 * - `hook`: a program of the user's, run with its arguments (never through a shell) on the events
 *   chosen, the event in its environment and as JSON on its standard input, killed at the timeout.
 * - `heartbeat`: pings to a Healthchecks.io check or an Uptime Kuma push monitor after checks, so a
 *   stopped IPWatch is noticed elsewhere. Its URL holds the check's key: a secret, given as the URL
 *   itself or as a reference (`{ "env": ... }`, `{ "file": ... }`, shared/settings/secret.ts). Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { urlProblem } from './destination-url';
import { about, withMeta } from './schema-common';
import { secretRefSchema, urlSecrets } from './secret';

/** The engine's events a hook may run on. */
export const HOOK_EVENTS = ['change', 'offline', 'online', 'nat', 'cgnat'] as const;
export type HookEvent = (typeof HOOK_EVENTS)[number];

const HOOK_EVENT_WORDS: Record<HookEvent, string> = {
  change: 'A confirmed address change',
  offline: 'The machine went offline',
  online: 'The machine is back online',
  nat: 'The NAT in front of the line changed',
  cgnat: 'A shared (CGNAT) address was seen',
};

/** An absolute path: a bare name would be looked up in PATH and the working folder, which can be planted. */
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

export const hookSchema = z
  .strictObject({
    enabled: withMeta(
      z._default(z.boolean(), false),
      about('Run a program on change', 'Off: nothing is run. The program must exist and be executable.'),
    ),
    program: withMeta(
      z._default(z.string().check(z.trim(), z.maxLength(1024)), ''),
      about('Program to run', 'Its full path, e.g. /usr/local/bin/on-ip-change. Run directly, never through a shell.'),
    ),
    args: withMeta(
      z._default(z.array(z.string().check(z.maxLength(1024))).check(z.maxLength(32)), []),
      about('Arguments', 'Passed as they are, one per entry; no shell expands them.'),
    ),
    events: withMeta(
      z._default(z.array(z.enum(HOOK_EVENTS)).check(z.maxLength(HOOK_EVENTS.length)), ['change']),
      about('Run on', 'The events that run the program.', HOOK_EVENT_WORDS),
    ),
    timeoutSec: withMeta(
      z._default(z.number().check(z.int(), z.gte(1), z.lte(3600)), 30),
      about('Timeout (seconds)', 'A run still going after this long is killed, with what it started.'),
    ),
  })
  .check(
    z.superRefine((h, ctx) => {
      if (h.enabled && h.program === '')
        ctx.addIssue({ code: 'custom', path: ['program'], message: SAYS['settings.schemaSays.program'] });
      else if (h.program !== '' && !ABSOLUTE.test(h.program))
        ctx.addIssue({
          code: 'custom',
          path: ['program'],
          message: SAYS['settings.schemaSays.fullPath'],
        });
    }),
  );
export type HookSettings = z.infer<typeof hookSchema>;

export const HEARTBEAT_PROVIDERS = ['healthchecks', 'uptime-kuma'] as const;
export type HeartbeatProviderId = (typeof HEARTBEAT_PROVIDERS)[number];

/** What a provider's URL looks like, said in its error. */
export const HEARTBEAT_URL_SHAPES: Record<HeartbeatProviderId, string> = {
  healthchecks: 'https://hc-ping.com/<uuid> (or your server’s https://host/ping/<uuid>)',
  'uptime-kuma': 'https://kuma.example.org/api/push/<token>',
};

const URL_PATTERN: Record<HeartbeatProviderId, RegExp> = {
  healthchecks: /^https?:\/\/(?:hc-ping\.com\/|[^/?#\s]+\/(?:[^?#\s]*\/)?ping\/)[^/?#\s]+/i,
  'uptime-kuma': /^https?:\/\/[^/?#\s]+\/(?:[^?#\s]*\/)?api\/push\/[^/?#\s]+/i,
};

/**
 * Whether `url` is a ping URL of `provider` whose key the redactor knows how to mask (shared/settings/secret.ts
 * URL_TOKENS): a shape it cannot mask would reach the logs and the settings page in clear.
 */
export const isHeartbeatUrl = (provider: HeartbeatProviderId, url: string): boolean =>
  URL_PATTERN[provider].test(url) && urlSecrets(url).length > 0;

export const heartbeatSchema = z
  .strictObject({
    enabled: withMeta(
      z._default(z.boolean(), false),
      about('Send heartbeats', 'Off: no ping is sent, and the service will say IPWatch is down.'),
    ),
    provider: withMeta(
      z._default(z.enum(HEARTBEAT_PROVIDERS), 'healthchecks'),
      about('Service', 'Who receives the pings.', {
        healthchecks: 'Healthchecks.io (or your own Healthchecks server)',
        'uptime-kuma': 'An Uptime Kuma push monitor',
      }),
    ),
    url: withMeta(
      z._default(z.union([z.string().check(z.trim(), z.maxLength(2048)), secretRefSchema]), ''),
      about(
        'Ping URL',
        "The check's URL as the service shows it; it holds the check's key, so it is kept as a secret.",
      ),
    ),
    intervalSec: withMeta(
      z._default(z.number().check(z.int(), z.gte(30), z.lte(86_400)), 300),
      about('At most every (seconds)', 'One ping per this long after good checks; a failure is sent at once.'),
    ),
  })
  .check(
    z.superRefine((h, ctx) => {
      if (typeof h.url !== 'string') return;
      if (h.url === '') {
        if (h.enabled) ctx.addIssue({ code: 'custom', path: ['url'], message: SAYS['settings.schemaSays.pingUrl'] });
      } else if (!isHeartbeatUrl(h.provider, h.url))
        ctx.addIssue({ code: 'custom', path: ['url'], message: `expected ${HEARTBEAT_URL_SHAPES[h.provider]}` });
      else {
        const problem = urlProblem(h.url);
        if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
      }
    }),
  );
export type HeartbeatSettings = z.infer<typeof heartbeatSchema>;
