/**
 * The `egress` part of the settings (issue 63): whether a connection to a destination outside the
 * inventory of the current settings is refused (electron/engine/egress/), and a switch for each
 * built-in family of destinations that had none. The router watch keeps its own switch
 * (`router.enabled`), the online identity lookups theirs (`identity.provider`), all built-in
 * sources theirs (`sources.builtIn`). docs/privacy.md lists every destination. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, withMeta } from './schema-common';

export const egressSettingsSchema = z.strictObject({
  enforce: withMeta(
    z._default(z.boolean(), false),
    about(
      'Refuse undeclared connections',
      'Refuse any connection to a destination the list of destinations does not hold; off: it is only recorded.',
    ),
  ),
  echo: withMeta(
    z._default(z.boolean(), true),
    about('Built-in web sources', 'Ask the built-in web services that echo your address (ipify, ident.me...).'),
  ),
  stun: withMeta(
    z._default(z.boolean(), true),
    about('Built-in STUN sources', "Ask Google's and Cloudflare's STUN servers for your address."),
  ),
  dnsDetection: withMeta(
    z._default(z.boolean(), true),
    about('Built-in DNS sources', "Ask OpenDNS's, Google's and Cloudflare's name servers for your address."),
  ),
});

export type EgressSettings = z.infer<typeof egressSettingsSchema>;

/** The part in the settings, with its own words (so they are this module's: scripts/settings-words.ts). */
export const egressSettingsPart = withMeta(
  z._default(egressSettingsSchema, () => egressSettingsSchema.parse({})),
  about('Connections', 'What IPWatch may connect to, and whether anything else is refused.'),
);
