/**
 * The options of the Microsoft Teams, Pushover and Apprise channels (issue 42), spread into
 * CHANNEL_OPTIONS (channel-options.ts). Their secrets: the Teams workflow URL's `sig`
 * parameter (a URL token shape), Pushover's `token` and `userKey`, Apprise's `appriseUrls`
 * (names listed in secret.ts's SECRET_KEY). Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { about, httpUrlOf, httpUrlSchema, withMeta } from './schema-common';

/** Pushover's application tokens and user/group keys: 30 letters and digits (pushover.net/api). */
const pushoverKey = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .check(z.regex(/^[A-Za-z0-9]{30}$/, `expected a ${what}: 30 letters and digits`));

/** Apprise API notes: a {KEY} is 1-64 letters, digits, _ and -. */
const APPRISE_KEY = /^[\w-]{1,64}$/;

export const PUSH_CHANNEL_OPTIONS = {
  teams: z.strictObject({
    url: withMeta(
      httpUrlSchema.check(z.refine((u) => !u.includes('&amp;'), SAYS['settings.schemaSays.ampersand'])),
      about(
        'Workflow URL',
        'In Teams: the channel\'s Workflows, "Send webhook alerts to a channel", then copy its URL. ' +
          'Its sig= part is a secret: anyone with it can post.',
      ),
    ),
  }),
  pushover: z.strictObject({
    token: withMeta(
      pushoverKey('application token'),
      about('Application token', 'pushover.net, Your Applications, Create an Application: its API token.'),
    ),
    userKey: withMeta(
      pushoverKey('user key'),
      about('User key', 'Your user key (on the pushover.net dashboard) or a delivery group key.'),
    ),
    device: withMeta(
      z.optional(
        z
          .string()
          .check(
            z.regex(/^[\w-]{1,25}(,[\w-]{1,25})*$/, 'device names: letters, digits, _ and -, separated by commas'),
          ),
      ),
      about('Devices', 'Only these devices (comma-separated names); empty: all your devices.'),
    ),
    priority: withMeta(
      z.optional(z.number().check(z.int(), z.gte(-2), z.lte(1))),
      about('Priority', 'How Pushover alerts; by default high for bad news, else normal.', {
        '-2': '-2 (no alert)',
        '-1': '-1 (quiet)',
        0: '0 (normal)',
        1: '1 (high, bypasses quiet hours)',
      }),
    ),
    sound: withMeta(
      z.optional(z.string().check(z.regex(/^[a-z0-9_]{1,32}$/, SAYS['settings.schemaSays.soundName']))),
      about('Sound', 'A sound name from the Pushover app (e.g. siren, none); empty: your default.'),
    ),
    url: withMeta(
      z.optional(httpUrlSchema),
      about('Link', 'Shown with each message, e.g. the IPWatch dashboard address.'),
    ),
    apiBase: withMeta(
      z._default(httpUrlOf('origin'), 'https://api.pushover.net'),
      about('API server', 'Pushover itself; change it only for a stand-in or a proxy.'),
    ),
  }),
  apprise: z.strictObject({
    url: withMeta(
      httpUrlOf('base'),
      about('Apprise API server', 'Where the Apprise API runs, e.g. http://apprise.lan:8000.'),
    ),
    configKey: withMeta(
      z.optional(z.string().check(z.regex(APPRISE_KEY, SAYS['settings.schemaSays.appriseKey']))),
      about('Configuration key', 'The {KEY} of a configuration saved in Apprise (POST /notify/{KEY}).'),
    ),
    appriseUrls: withMeta(
      z.optional(z.string().check(z.minLength(1))),
      about(
        'Apprise URLs',
        'Without a key: the services to notify, as Apprise URLs separated by commas or spaces (e.g. ' +
          "tgram://…, mailto://…). Empty: the server's APPRISE_STATELESS_URLS. Kept as a secret.",
      ),
    ),
    tag: withMeta(
      z.optional(
        z
          .string()
          .check(z.regex(/^[\w-]+([ ,]+[\w-]+)*$/, 'tags: letters, digits, _ and -, separated by commas or spaces')),
      ),
      about('Tag', 'With a key: only the services with this tag ("a, b": either; "a b": both).'),
    ),
  }),
} as const;

/** Apprise reads a key or URLs, never both: the reason, or null. */
export function appriseOptionsProblem(o: {
  configKey?: string | undefined;
  appriseUrls?: string | undefined;
  tag?: string | undefined;
}): string | null {
  if (o.configKey && o.appriseUrls) return SAYS['settings.schemaSays.appriseBoth'];
  if (o.tag && !o.configKey) return SAYS['settings.schemaSays.appriseTag'];
  return null;
}
