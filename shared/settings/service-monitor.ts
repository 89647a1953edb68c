/**
 * Service monitors (issue 42): a TCP port, an HTTP(S) URL or a DNS name checked after every
 * confirmed change and on their own interval (electron/engine/service-monitors/ builds one probe per
 * entry through its registry). Off means an empty list. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { about, httpUrlSchema, idSchema, withMeta } from './schema-common';

export const MONITOR_TYPES = ['tcp', 'http', 'dns'] as const;
export type MonitorType = (typeof MONITOR_TYPES)[number];

const family = withMeta(
  z._default(z.union([z.literal(4), z.literal(6)]), 4),
  about('Address family', 'The socket is forced to it.', { 4: 'IPv4', 6: 'IPv6' }),
);

const TYPE_WORDS = { tcp: 'A TCP port accepts', http: 'A web page answers', dns: 'A DNS name points here' };
const typeOf = <T extends MonitorType>(t: T) =>
  withMeta(z.literal(t), about('Kind of check', 'What is checked: a port, a web page or a DNS name.', TYPE_WORDS));

const common = {
  id: withMeta(idSchema, about('Monitor id', 'Names the monitor in logs, the history, the status and the API.')),
  name: withMeta(
    z.string().check(z.trim(), z.minLength(1, 'a name is required'), z.maxLength(80)),
    about('Shown as', 'What people read: "Home Assistant", "SSH", "Nextcloud".'),
  ),
  enabled: withMeta(z._default(z.boolean(), true), about('Check this service', 'Off: kept here, never checked.')),
  intervalSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(10), z.lte(86_400)), 300),
    about('Every (seconds)', 'Checked this often, and at once after every confirmed address change.'),
  ),
  timeoutSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(60)), 5),
    about('Timeout (seconds)', 'No answer within this long counts as down.'),
  ),
  downAfter: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(10)), 1),
    about('Down after (failures)', 'Failures in a row before the service is called down.'),
  ),
};

/** A host name or an address literal. */
const hostSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'a host is required'),
    z.maxLength(253),
    z.regex(/^[a-zA-Z0-9.:_-]+$/, SAYS['settings.schemaSays.monitorHost']),
  );

export const tcpMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('tcp'),
  host: withMeta(
    hostSchema,
    about('Host name or address', 'Where the service listens: its LAN address, or its public name.'),
  ),
  port: withMeta(z.number().check(z.int(), z.gte(1), z.lte(65_535)), about('TCP port', 'The port, e.g. 22 or 443.')),
  family,
});

export const httpMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('http'),
  url: withMeta(httpUrlSchema, about('Page address', 'The URL asked, e.g. https://cloud.example.org/status.php.')),
  expectStatus: withMeta(
    z.optional(z.number().check(z.int(), z.gte(100), z.lte(599))),
    about('Expected status', 'Empty: any 2xx or 3xx answer is up.'),
  ),
  expectText: withMeta(
    z.optional(z.string().check(z.maxLength(200))),
    about('Expected text', 'Up only if the page holds this text (first 64 KiB).'),
  ),
  family,
});

export const dnsMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('dns'),
  host: withMeta(
    hostSchema,
    about('DNS name', 'Must resolve to the current confirmed address, e.g. home.example.org.'),
  ),
  family: withMeta(
    family,
    about('Address family', 'IPv4: its A record is asked, IPv6: its AAAA record.', {
      4: 'IPv4 (A)',
      6: 'IPv6 (AAAA)',
    }),
  ),
  server: withMeta(
    z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+):\d{1,5}$/, 'expected host:port, e.g. 1.1.1.1:53'),
        ),
    ),
    about('DNS server', "Ask this server (host:port); empty: the system's resolver."),
  ),
});

export const serviceMonitorSchema = z.discriminatedUnion('type', [
  tcpMonitorSchema,
  httpMonitorSchema,
  dnsMonitorSchema,
]);
export type ServiceMonitor = z.infer<typeof serviceMonitorSchema>;
export type TcpMonitor = z.infer<typeof tcpMonitorSchema>;
export type HttpMonitor = z.infer<typeof httpMonitorSchema>;
export type DnsMonitor = z.infer<typeof dnsMonitorSchema>;

export const serviceMonitorsSchema = z
  .strictObject({
    items: withMeta(
      z._default(z.array(serviceMonitorSchema).check(z.maxLength(100)), []),
      about('Monitors', 'Each service checked after a change and on its own interval.'),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      s.items.forEach((m, i) => {
        if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate id ${m.id}` });
        seen.add(m.id);
      });
    }),
  );
export type ServiceMonitorsSettings = z.infer<typeof serviceMonitorsSchema>;

/** What a monitor checks, in one line for people: `tcp 192.168.1.10:22`, `GET https://…`, `A home.example.org`. */
export function monitorTarget(m: ServiceMonitor): string {
  if (m.type === 'tcp') return `${m.host.includes(':') ? `[${m.host}]` : m.host}:${m.port}`;
  if (m.type === 'http') return m.url;
  return `${m.family === 4 ? 'A' : 'AAAA'} ${m.host}`;
}
