/**
 * Network identity settings (issue 41): the offline databases need none; the optional online
 * enrichment, off by default, is set here. When on, an address the engine confirmed is asked of
 * the named service once (the answer is kept per address), and only when the offline databases
 * do not name it fully, unless `ask` says always. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, httpUrlOf, withMeta } from './schema-common';
import { secretRefSchema } from './secret';

export const IDENTITY_PROVIDERS = ['off', 'ipinfo', 'ifconfig.co'] as const;
export type IdentityProviderChoice = (typeof IDENTITY_PROVIDERS)[number];
export type OnlineProviderId = Exclude<IdentityProviderChoice, 'off'>;

export const identitySettingsSchema = z.strictObject({
  provider: withMeta(
    z._default(z.enum(IDENTITY_PROVIDERS), 'off'),
    about('Online enrichment', 'Ask a web service about an address the offline databases do not fully name.', {
      off: 'never: only the data shipped with IPWatch is used, nothing leaves the machine',
      ipinfo: "ipinfo.io's JSON API (a free token lifts its limits)",
      'ifconfig.co': "ifconfig.co's JSON (or your own echoip server)",
    }),
  ),
  ask: withMeta(
    z._default(z.enum(['missing', 'always']), 'missing'),
    about('Ask for', 'Which confirmed addresses are sent to the service (each once).', {
      missing: 'only an address the offline databases leave without AS, organisation or country',
      always: 'every new confirmed address; its answer is preferred to the offline data',
    }),
  ),
  token: withMeta(
    z.optional(z.union([z.string().check(z.minLength(1)), secretRefSchema])),
    about('Token (ipinfo.io)', 'Optional, from your ipinfo.io account; kept as a secret.'),
  ),
  url: withMeta(
    z.optional(httpUrlOf('base')),
    about('Service address', "The service's own (https://ipinfo.io, https://ifconfig.co) unless you host your own."),
  ),
  timeoutMs: withMeta(
    z._default(z.number().check(z.int(), z.gte(500), z.lte(60_000)), 5000),
    about('Timeout (ms)', 'How long one question may take; a slow answer is dropped, never waited for.'),
  ),
});
export type IdentitySettings = z.infer<typeof identitySettingsSchema>;
