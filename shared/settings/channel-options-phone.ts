/**
 * The options of the channels that reach a phone (issue 78): SMS through Twilio, Matrix, Signal
 * through signal-cli-rest-api and Bark (iOS push), spread into CHANNEL_OPTIONS
 * (channel-options.ts). Their secrets: Twilio's `authToken`, Matrix's `accessToken`, Bark's
 * `deviceKey` (names listed in secret.ts's SECRET_KEY). signal-cli-rest-api has no credential of
 * its own: whoever reaches it sends as its account, so it belongs on a private network. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { about, httpUrlOf, withMeta } from './schema-common';

/** A phone number in E.164: +, a country code, at most 15 digits (ITU-T E.164 §6). */
export const E164 = /^\+[1-9]\d{6,14}$/;

const phone = z.string().check(z.regex(E164, SAYS['settings.schemaSays.phoneNumber']));

/** Twilio's sender: a number, an alphanumeric sender ID (1-11 characters, a letter among them), or a Messaging Service SID. */
const TWILIO_FROM = /^(\+[1-9]\d{6,14}|(?=[A-Za-z0-9 ]{0,10}[A-Za-z])[A-Za-z0-9][A-Za-z0-9 ]{0,10}|MG[0-9a-f]{32})$/;

/** A Matrix room id (`!opaque:server`) or alias (`#name:server`), as the spec's appendix on identifiers writes them. */
export const MATRIX_ROOM = /^[!#][^:\s/]{1,255}:[A-Za-z0-9.:[\]-]{1,255}$/;

/** signal-cli-rest-api's recipients: a number, or a group as its API names it (`group.` and base64). */
const SIGNAL_RECIPIENT = /^(\+[1-9]\d{6,14}|group\.[A-Za-z0-9+/=]{4,200})$/;

const signalRecipient = z.string().check(z.regex(SIGNAL_RECIPIENT, SAYS['settings.schemaSays.signalRecipient']));

/** Several recipients: numbers, or one group (the API takes numbers or a group in one request, not both). */
const signalRecipientList = z.array(signalRecipient).check(
  z.minLength(1, SAYS['settings.schemaSays.signalRecipients']),
  z.maxLength(20),
  z.superRefine((list, ctx) => {
    const problem = signalRecipientsProblem(list);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

export const PHONE_CHANNEL_OPTIONS = {
  twilio: z.strictObject({
    accountSid: withMeta(
      z.string().check(z.regex(/^AC[0-9a-f]{32}$/, SAYS['settings.schemaSays.twilioSid'])),
      about('Account SID', "On the Twilio Console's first page: AC and 32 letters and digits."),
    ),
    authToken: withMeta(
      z.string().check(z.regex(/^[0-9a-f]{32}$/, SAYS['settings.schemaSays.twilioToken'])),
      about('Auth token', 'Beside the Account SID on the Twilio Console; kept as a secret.'),
    ),
    from: withMeta(
      z.string().check(z.regex(TWILIO_FROM, SAYS['settings.schemaSays.twilioFrom'])),
      about(
        'From',
        'Your Twilio number (+14155552671), an alphanumeric sender ID where the country allows one, or a Messaging Service SID (MG…).',
      ),
    ),
    to: withMeta(phone, about('To', 'The phone that gets the SMS, with its country code: +4915112345678.')),
    apiBase: withMeta(
      z._default(httpUrlOf('origin'), 'https://api.twilio.com'),
      about('API server', 'Twilio itself; change it only for a stand-in or a proxy.'),
    ),
  }),
  matrix: z.strictObject({
    homeserver: withMeta(
      httpUrlOf('base'),
      about('Homeserver', 'The address of your Matrix server, e.g. https://matrix.example.org.'),
    ),
    room: withMeta(
      z.string().check(z.regex(MATRIX_ROOM, SAYS['settings.schemaSays.matrixRoom'])),
      about(
        'Room',
        "The room's id (!abc…:example.org, in the room's settings, Advanced) or an alias (#home:example.org). The account must have joined it.",
      ),
    ),
    accessToken: withMeta(
      z.string().check(z.minLength(1, SAYS['settings.schemaSays.accessToken'])),
      about(
        'Access token',
        'Of the account that posts (best a bot account of its own): in Element, Settings, Help & About, Access token.',
      ),
    ),
    notice: withMeta(
      z._default(z.boolean(), true),
      about('Send as a notice', 'As m.notice, the kind bots send: clients show it quieter and other bots ignore it.'),
    ),
  }),
  signal: z.strictObject({
    url: withMeta(
      httpUrlOf('base'),
      about('signal-cli-rest-api', 'Where signal-cli-rest-api runs, e.g. http://signal-api.lan:8080.'),
    ),
    number: withMeta(
      phone,
      about('Number', 'The Signal account registered or linked in signal-cli-rest-api, with its country code.'),
    ),
    recipients: withMeta(
      z.union([signalRecipient, signalRecipientList], { error: SAYS['settings.schemaSays.signalRecipient'] }),
      about(
        'Recipients',
        'Phone numbers with their country code, or one group as signal-cli-rest-api names it (group.…), not both.',
      ),
    ),
  }),
  bark: z.strictObject({
    server: withMeta(
      z._default(httpUrlOf('base'), 'https://api.day.app'),
      about('Server', 'api.day.app, or your own bark-server.'),
    ),
    deviceKey: withMeta(
      z.string().check(z.regex(/^[A-Za-z0-9]{8,64}$/, SAYS['settings.schemaSays.barkKey'])),
      about('Device key', 'The key the Bark app shows in its server list (the part after the server in its URL).'),
    ),
    group: withMeta(
      z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'IPWatch'),
      about('Group', 'Bark groups notices under this name.'),
    ),
    level: withMeta(
      z.optional(z.enum(['passive', 'active', 'timeSensitive', 'critical'])),
      about('Interruption level', 'How the phone alerts; by default time-sensitive for bad news, else active.', {
        passive: 'Passive (no sound, no light)',
        active: 'Active',
        timeSensitive: 'Time sensitive (through Focus)',
        critical: 'Critical (sounds even when muted)',
      }),
    ),
  }),
} as const;

/** signal-cli-rest-api sends to numbers or to one group in a request, never both: the reason, or null. */
export function signalRecipientsProblem(recipients: readonly string[]): string | null {
  const groups = recipients.filter((r) => r.startsWith('group.')).length;
  if (groups > 0 && groups < recipients.length) return SAYS['settings.schemaSays.signalMixed'];
  if (groups > 1) return SAYS['settings.schemaSays.signalOneGroup'];
  return null;
}
