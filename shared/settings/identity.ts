/**
 * Network identity settings (issue 41): the offline databases need none; the optional online
 * enrichment, off by default, is set here. When on, an address the engine confirmed is asked of
 * the named service once (the answer is kept per address), and only when the offline databases
 * do not name it fully, unless `ask` says always. Pure.
 */
import { z } from 'zod';

import { about, httpUrlOf } from './schema-common';
import { secretRefSchema } from './secret';

export const IDENTITY_PROVIDERS = ['off', 'ipinfo', 'ifconfig.co'] as const;
export type IdentityProviderChoice = (typeof IDENTITY_PROVIDERS)[number];
export type OnlineProviderId = Exclude<IdentityProviderChoice, 'off'>;

export const identitySettingsSchema = z.strictObject({
  provider: z
    .enum(IDENTITY_PROVIDERS)
    .default('off')
    .meta(
      about('Online enrichment', 'Ask a web service about an address the offline databases do not fully name.', {
        off: 'never: only the data shipped with IPWatch is used, nothing leaves the machine',
        ipinfo: "ipinfo.io's JSON API (a free token lifts its limits)",
        'ifconfig.co': "ifconfig.co's JSON (or your own echoip server)",
      }),
    ),
  ask: z
    .enum(['missing', 'always'])
    .default('missing')
    .meta(
      about('Ask for', 'Which confirmed addresses are sent to the service (each once).', {
        missing: 'only an address the offline databases leave without AS, organisation or country',
        always: 'every new confirmed address; its answer is preferred to the offline data',
      }),
    ),
  token: z
    .union([z.string().min(1), secretRefSchema])
    .optional()
    .meta(about('Token (ipinfo.io)', 'Optional, from your ipinfo.io account; kept as a secret.')),
  url: httpUrlOf('base')
    .optional()
    .meta(
      about('Service address', "The service's own (https://ipinfo.io, https://ifconfig.co) unless you host your own."),
    ),
  timeoutMs: z
    .number()
    .int()
    .min(500)
    .max(60_000)
    .default(5000)
    .meta(about('Timeout (ms)', 'How long one question may take; a slow answer is dropped, never waited for.')),
});
export type IdentitySettings = z.infer<typeof identitySettingsSchema>;
