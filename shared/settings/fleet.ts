/**
 * The `fleet` part of the settings (issue 51): this runner's site published to an MQTT broker,
 * and every site under the prefix watched. Both off by default. The password is a secret (the
 * value itself or a reference, shared/settings/secret.ts); a client certificate and key, and the
 * CA that signs the broker's certificate, are named by their files. docs/fleet.md says how to set
 * up the broker. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { unsafeChar } from '../text-chars';
import { urlProblem } from './destination-url';
import { about, withMeta } from './schema-common';
import { secretRefSchema } from './secret';

/** The default topic prefix: `<prefix>/<site>/state` and `<prefix>/<site>/event`. */
export const FLEET_DEFAULT_PREFIX = 'ipwatch/fleet';

/** The most bytes a site name may take in UTF-8: a topic level, and part of the link's client id. */
export const SITE_NAME_MAX_BYTES = 128;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `text` that MQTT 5 forbids or advises against in a UTF-8 string
 * (section 1.5.4: no U+0000, no surrogate; not U+0001–U+001F, U+007F–U+009F, nor a Unicode
 * non-character), which mosquitto refuses (lib/utf8_mosq.c mosquitto_validate_utf8: its
 * connection is closed), in words; null when there is none. A JavaScript string may hold a lone
 * surrogate, which UTF-8 cannot carry: it would be sent as U+FFFD, another name.
 */
export function mqttCharProblem(text: string): string | null {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const kind = unsafeChar(cp);
    if (kind === 'control') return `${hex(cp)} is a control character`;
    if (kind === 'surrogate') return `${hex(cp)} is half of a character (an unpaired surrogate)`;
    if (kind === 'nonCharacter') return `${hex(cp)} is a Unicode non-character`;
  }
  return null;
}

/**
 * Why `name` may not be one level of an MQTT topic, or null: a wildcard (`+`, `#`), a level
 * separator (`/`), a character MQTT 5 and mosquitto refuse (mqttCharProblem), or a start with `$`
 * (brokers keep those topics for themselves).
 */
function topicLevelProblem(name: string): string | null {
  if (/[+#/]/.test(name)) return SAYS['settings.schemaSays.wildcard'];
  if (name.startsWith('$')) return SAYS['settings.schemaSays.dollar'];
  const char = mqttCharProblem(name);
  return char ? `${char}, which MQTT 5 and the broker refuse in a topic` : null;
}

/** Whether `name` may be one level of an MQTT topic (topicLevelProblem). */
export const isTopicLevel = (name: string): boolean => name !== '' && topicLevelProblem(name) === null;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** The reason a site name cannot be used, or null when it can. */
export function siteNameProblem(name: string): string | null {
  if (name === '') return SAYS['settings.schemaSays.siteName'];
  if (name.length > 64) return 'at most 64 characters';
  const level = topicLevelProblem(name);
  if (level) return `a site name is one topic level: ${level}`;
  if (utf8Bytes(name) > SITE_NAME_MAX_BYTES)
    return `at most ${SITE_NAME_MAX_BYTES} bytes in UTF-8 (this one is ${utf8Bytes(name)}): use fewer non-Latin characters`;
  return null;
}

/** The reason a topic prefix cannot be used, or null when it can. */
export function topicPrefixProblem(prefix: string): string | null {
  if (prefix === '') return SAYS['settings.schemaSays.topicPrefix'];
  if (prefix.length > 200) return 'at most 200 characters';
  const levels = prefix.split('/');
  if (levels.some((l) => l === '')) return SAYS['settings.schemaSays.emptyLevel'];
  const problem = levels.map(topicLevelProblem).find((p) => p !== null);
  if (problem) return `each level is a topic level: ${problem}`;
  return null;
}

const filePath = (title: string, description: string) =>
  withMeta(z._default(z.string().check(z.trim(), z.maxLength(1024)), ''), about(title, description));

export const fleetSettingsSchema = z
  .strictObject({
    publish: withMeta(
      z._default(z.boolean(), false),
      about('Publish this site', "This runner's addresses and health, retained on the broker for watchers."),
    ),
    watch: withMeta(
      z._default(z.boolean(), false),
      about('Watch the fleet', 'Show every site published under the prefix, with its recent events.'),
    ),
    site: withMeta(
      z._default(z.string().check(z.trim()), ''),
      about('Site name', "This runner's name in the fleet, e.g. home or office; one topic level: no / + #."),
    ),
    brokerUrl: withMeta(
      z._default(z.string().check(z.trim(), z.maxLength(2048)), ''),
      about('Broker address', 'Its URL: mqtts://broker.example.org:8883 (TLS) or mqtt://192.168.1.5:1883.'),
    ),
    username: withMeta(
      z._default(z.string().check(z.maxLength(256)), ''),
      about('User name', 'The broker user this site signs in as; the ACL lets it write its own topics only.'),
    ),
    password: withMeta(
      z._default(z.union([z.string().check(z.maxLength(1024)), secretRefSchema]), ''),
      about('Broker password', "The broker user's password; kept as a secret, never published."),
    ),
    clientCertFile: filePath(
      'Client certificate file',
      'PEM file: signs in with a certificate instead of (or with) a password.',
    ),
    clientKeyFile: filePath('Private key file', "PEM file of the client certificate's private key."),
    caFile: filePath(
      "Broker's CA certificate file",
      "PEM file of the CA that signed the broker's certificate; empty: the system's CAs.",
    ),
    topicPrefix: withMeta(
      z._default(z.string().check(z.trim()), FLEET_DEFAULT_PREFIX),
      about('Topics under', 'Every site publishes under it: <prefix>/<site>/state and <prefix>/<site>/event.'),
    ),
    keepAliveSec: withMeta(
      z._default(z.number().check(z.int(), z.gte(5), z.lte(3600)), 30),
      about(
        'Keep-alive (seconds)',
        'A site whose link dies silently shows offline within ⌊1.5 × this⌋ + 6.1 s on mosquitto 2.0.11 (docs/fleet.md).',
      ),
    ),
    forgetAfterDays: withMeta(
      z._default(z.number().check(z.int(), z.gte(0), z.lte(3650)), 30),
      about(
        'Forget sites after (days)',
        'A site not online nor heard for this many days is forgotten (0: never) until it publishes again.',
      ),
    ),
  })
  .check(
    z.superRefine((f, ctx) => {
      const on = f.publish || f.watch;
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (f.site !== '' || f.publish) {
        const problem = siteNameProblem(f.site);
        if (problem) issue('site', problem);
      }
      const prefix = topicPrefixProblem(f.topicPrefix);
      if (prefix) issue('topicPrefix', prefix);
      if (f.brokerUrl === '') {
        if (on) issue('brokerUrl', SAYS['settings.schemaSays.brokerUrl']);
      } else if (f.brokerUrl.includes('@')) issue('brokerUrl', SAYS['settings.schemaSays.brokerUserinfo']);
      else if (!/^mqtts?:\/\//i.test(f.brokerUrl)) issue('brokerUrl', SAYS['settings.schemaSays.brokerScheme']);
      else {
        // Read as the link connects (destination-url.ts): issue 58's `mqtt://127.0.0.1:41885\x` passed a pattern here.
        const problem = urlProblem(f.brokerUrl, { shape: 'origin', userinfo: false });
        if (problem) issue('brokerUrl', problem);
      }
      if ((f.clientCertFile === '') !== (f.clientKeyFile === ''))
        issue(f.clientCertFile === '' ? 'clientCertFile' : 'clientKeyFile', SAYS['settings.schemaSays.certAndKey']);
      if (f.clientCertFile !== '' && !/^mqtts:/i.test(f.brokerUrl))
        issue('clientCertFile', SAYS['settings.schemaSays.certTls']);
      if (f.caFile !== '' && !/^mqtts:/i.test(f.brokerUrl)) issue('caFile', SAYS['settings.schemaSays.caTls']);
    }),
  );
export type FleetSettings = z.infer<typeof fleetSettingsSchema>;
