/**
 * The `fleet` part of the settings (issue 51): this runner's site published to an MQTT broker,
 * and every site under the prefix watched. Both off by default. The password is a secret (the
 * value itself or a reference, shared/settings/secret.ts); a client certificate and key, and the
 * CA that signs the broker's certificate, are named by their files. docs/fleet.md says how to set
 * up the broker. Pure.
 */
import { z } from 'zod';

import { urlProblem } from './destination-url';
import { about } from './schema-common';
import { secretRefSchema } from './secret';

/** The default topic prefix: `<prefix>/<site>/state` and `<prefix>/<site>/event`. */
export const FLEET_DEFAULT_PREFIX = 'ipwatch/fleet';

/**
 * Whether `name` may be one level of an MQTT topic: no wildcard (`+`, `#`), no level separator
 * (`/`), no control character, not starting with `$` (brokers keep those topics for themselves).
 */
export const isTopicLevel = (name: string): boolean =>
  // eslint-disable-next-line no-control-regex
  name !== '' && !/[+#/\u0000-\u001f\u007f]/.test(name) && !name.startsWith('$');

/** The reason a site name cannot be used, or null when it can. */
export function siteNameProblem(name: string): string | null {
  if (name === '') return 'give this site a name, e.g. home or office';
  if (name.length > 64) return 'at most 64 characters';
  if (!isTopicLevel(name)) return 'a site name cannot hold / + # or control characters, nor start with $';
  return null;
}

/** The reason a topic prefix cannot be used, or null when it can. */
export function topicPrefixProblem(prefix: string): string | null {
  if (prefix === '') return 'give a topic prefix, e.g. ipwatch/fleet';
  if (prefix.length > 200) return 'at most 200 characters';
  if (!prefix.split('/').every(isTopicLevel))
    return 'levels separated by single slashes, none empty, without + # or control characters, none starting with $';
  return null;
}

const filePath = (title: string, description: string) =>
  z.string().trim().max(1024).default('').meta(about(title, description));

export const fleetSettingsSchema = z
  .strictObject({
    publish: z
      .boolean()
      .default(false)
      .meta(about('Publish this site', "This runner's addresses and health, retained on the broker for watchers.")),
    watch: z
      .boolean()
      .default(false)
      .meta(about('Watch the fleet', 'Show every site published under the prefix, with its recent events.')),
    site: z
      .string()
      .trim()
      .default('')
      .meta(about('Site name', "This runner's name in the fleet, e.g. home or office; one topic level: no / + #.")),
    brokerUrl: z
      .string()
      .trim()
      .max(2048)
      .default('')
      .meta(about('Broker address', 'Its URL: mqtts://broker.example.org:8883 (TLS) or mqtt://192.168.1.5:1883.')),
    username: z
      .string()
      .max(256)
      .default('')
      .meta(about('User name', 'The broker user this site signs in as; the ACL lets it write its own topics only.')),
    password: z
      .union([z.string().max(1024), secretRefSchema])
      .default('')
      .meta(about('Broker password', "The broker user's password; kept as a secret, never published.")),
    clientCertFile: filePath(
      'Client certificate file',
      'PEM file: signs in with a certificate instead of (or with) a password.',
    ),
    clientKeyFile: filePath('Private key file', "PEM file of the client certificate's private key."),
    caFile: filePath(
      "Broker's CA certificate file",
      "PEM file of the CA that signed the broker's certificate; empty: the system's CAs.",
    ),
    topicPrefix: z
      .string()
      .trim()
      .default(FLEET_DEFAULT_PREFIX)
      .meta(about('Topics under', 'Every site publishes under it: <prefix>/<site>/state and <prefix>/<site>/event.')),
    keepAliveSec: z
      .number()
      .int()
      .min(5)
      .max(3600)
      .default(30)
      .meta(
        about(
          'Keep-alive (seconds)',
          'A site whose link dies silently shows offline within ⌊1.5 × this⌋ + 6.1 s on mosquitto 2.0.11 (docs/fleet.md).',
        ),
      ),
  })
  .superRefine((f, ctx) => {
    const on = f.publish || f.watch;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.site !== '' || f.publish) {
      const problem = siteNameProblem(f.site);
      if (problem) issue('site', problem);
    }
    const prefix = topicPrefixProblem(f.topicPrefix);
    if (prefix) issue('topicPrefix', prefix);
    if (f.brokerUrl === '') {
      if (on) issue('brokerUrl', 'give the broker URL, e.g. mqtts://broker.example.org:8883');
    } else if (f.brokerUrl.includes('@'))
      issue('brokerUrl', 'give the user name and password in their own fields, not in the URL');
    else if (!/^mqtts?:\/\//i.test(f.brokerUrl))
      issue('brokerUrl', 'expected mqtt://host:port or mqtts://host:port (no path)');
    else {
      // Read as the link connects (destination-url.ts): issue 58's `mqtt://127.0.0.1:41885\x` passed a pattern here.
      const problem = urlProblem(f.brokerUrl, { shape: 'origin', userinfo: false });
      if (problem) issue('brokerUrl', problem);
    }
    if ((f.clientCertFile === '') !== (f.clientKeyFile === ''))
      issue(f.clientCertFile === '' ? 'clientCertFile' : 'clientKeyFile', 'give both the certificate and its key');
    if (f.clientCertFile !== '' && !/^mqtts:/i.test(f.brokerUrl))
      issue('clientCertFile', 'a client certificate needs TLS: use an mqtts:// URL');
    if (f.caFile !== '' && !/^mqtts:/i.test(f.brokerUrl)) issue('caFile', 'a CA file needs TLS: use an mqtts:// URL');
  });
export type FleetSettings = z.infer<typeof fleetSettingsSchema>;
