/**
 * A slice of the settings schema rebuilt in zod/mini (issue 49's alternatives bench, not product
 * code): shared/settings/service-monitor.ts with the pieces of schema-common.ts it uses, field
 * for field, each with the same checks, defaults, messages and metadata (`.check(z.meta(...))`
 * clones as classic zod's `.meta()` does). The bench loads it beside the product's own
 * `serviceMonitorsSchema` and parses the same values with both, so the two costs compare like
 * for like.
 */
import * as z from 'zod/mini';

const about = (title: string, description: string, choices?: Record<string, string>) =>
  z.meta(choices ? { title, description, choices } : { title, description });

const idSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-zA-Z0-9._-]+$/, 'use letters, digits, dot, dash or underscore'));
const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

const family = z
  ._default(z.union([z.literal(4), z.literal(6)]), 4)
  .check(about('Address family', 'The socket is forced to it.', { 4: 'IPv4', 6: 'IPv6' }));

const TYPE_WORDS = { tcp: 'A TCP port accepts', http: 'A web page answers', dns: 'A DNS name points here' };
const typeOf = <T extends 'tcp' | 'http' | 'dns'>(t: T) =>
  z.literal(t).check(about('Kind of check', 'What is checked: a port, a web page or a DNS name.', TYPE_WORDS));

const common = {
  id: idSchema.check(about('Monitor id', 'Names the monitor in logs, the history, the status and the API.')),
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'a name is required'),
      z.maxLength(80),
      about('Shown as', 'What people read: "Home Assistant", "SSH", "Nextcloud".'),
    ),
  enabled: z._default(z.boolean(), true).check(about('Check this service', 'Off: kept here, never checked.')),
  intervalSec: z
    ._default(int(10, 86_400), 300)
    .check(about('Every (seconds)', 'Checked this often, and at once after every confirmed address change.')),
  timeoutSec: z._default(int(1, 60), 5).check(about('Timeout (seconds)', 'No answer within this long counts as down.')),
  downAfter: z
    ._default(int(1, 10), 1)
    .check(about('Down after (failures)', 'Failures in a row before the service is called down.')),
};

const hostSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'a host is required'),
    z.maxLength(253),
    z.regex(/^[a-zA-Z0-9.:_-]+$/, 'expected a host name or an address, such as 192.168.1.10 or home.example.org'),
  );

const tcpMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('tcp'),
  host: hostSchema.check(
    about('Host name or address', 'Where the service listens: its LAN address, or its public name.'),
  ),
  port: int(1, 65_535).check(about('TCP port', 'The port, e.g. 22 or 443.')),
  family,
});

const httpMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('http'),
  url: httpUrlSchema.check(about('Page address', 'The URL asked, e.g. https://cloud.example.org/status.php.')),
  expectStatus: z.optional(int(100, 599)).check(about('Expected status', 'Empty: any 2xx or 3xx answer is up.')),
  expectText: z
    .optional(z.string().check(z.maxLength(200)))
    .check(about('Expected text', 'Up only if the page holds this text (first 64 KiB).')),
  family,
});

const dnsMonitorSchema = z.strictObject({
  ...common,
  type: typeOf('dns'),
  host: hostSchema.check(about('DNS name', 'Must resolve to the current confirmed address, e.g. home.example.org.')),
  family: family.check(
    about('Address family', 'IPv4: its A record is asked, IPv6: its AAAA record.', { 4: 'IPv4 (A)', 6: 'IPv6 (AAAA)' }),
  ),
  server: z
    .optional(
      z
        .string()
        .check(
          z.trim(),
          z.regex(/^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+):\d{1,5}$/, 'expected host:port, e.g. 1.1.1.1:53'),
        ),
    )
    .check(about('DNS server', "Ask this server (host:port); empty: the system's resolver.")),
});

const serviceMonitorSchema = z.discriminatedUnion('type', [tcpMonitorSchema, httpMonitorSchema, dnsMonitorSchema]);

export const serviceMonitorsSchema = z
  .strictObject({
    items: z
      ._default(z.array(serviceMonitorSchema).check(z.maxLength(100)), [])
      .check(about('Monitors', 'Each service checked after a change and on its own interval.')),
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
