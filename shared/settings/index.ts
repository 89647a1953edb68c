/**
 * The settings schema: one zod schema, its defaults, and versioned migrations. Every field
 * carries its label and one line of help (schema-common `about`); the Settings page, the OpenAPI
 * document and the table in docs/settings.md (scripts/settings-docs.ts) are drawn from them.
 */
import { z } from 'zod';

import { apiSettingsSchema } from './api';
import { ddnsSettingsSchema } from './ddns';
import { discordSchema } from './discord';
import { fleetSettingsSchema } from './fleet';
import { identitySettingsSchema } from './identity';
import { languageSchema } from './language';
import { notificationsSchema } from './notify';
import { routerSettingsSchema } from './router';
import { about, formatIssues } from './schema-common';
import { serviceMonitorsSchema } from './service-monitor';
import { addSiteKinds } from './site-kinds';
import { sourcesSchema } from './source';
import { speedTestSchema } from './speed';
import { heartbeatSchema, hookSchema } from './watcher';

export { formatIssues } from './schema-common';
export { type CustomSource, customSourceSchema, sourcesSchema } from './source';

export const SETTINGS_VERSION = 2;

export const monitorSchema = z.strictObject({
  intervalSec: z
    .number()
    .int()
    .min(10)
    .max(86_400)
    .default(60)
    .meta(
      about(
        'Check every (seconds)',
        'Time between two regular checks; a network change or a wake from sleep checks at once.',
      ),
    ),
  ipv4: z.boolean().default(true).meta(about('Watch IPv4', 'Check and report the public IPv4 address.')),
  ipv6: z.boolean().default(true).meta(about('Watch IPv6', 'Check and report the public IPv6 address.')),
  ipv6Compare: z
    .enum(['prefix64', 'full'])
    .default('prefix64')
    .meta(
      about('A new IPv6 address is', 'Whether a new privacy address within the same /64 prefix counts as a change.', {
        prefix64: 'A new /64 prefix (privacy addresses are not changes)',
        full: 'Any new address',
      }),
    ),
  quorum: z
    .number()
    .int()
    .min(1)
    .max(5)
    .default(2)
    .meta(about('Sources that must agree', 'Answers from different providers needed to confirm a new address.')),
  confirmMinutes: z
    .number()
    .int()
    .min(0)
    .max(1440)
    .default(10)
    .meta(
      about(
        'Ask public sources at least every (minutes)',
        'While the router or an interface vouches for the address, checks in between send no request; 0: always ask.',
      ),
    ),
  timeoutMs: z
    .number()
    .int()
    .min(200)
    .max(60_000)
    .default(4000)
    .meta(about('Request timeout (ms)', 'How long one source may take to answer before it counts as failed.')),
  networkWatch: z
    .boolean()
    .default(true)
    .meta(about('Check when the network changes', 'Watch the network interfaces and check at once when they change.')),
  networkPollMs: z
    .number()
    .int()
    .min(250)
    .max(60_000)
    .default(1000)
    .meta(
      about(
        'Network sampling (ms)',
        'How often interfaces and clock are read where the OS sends no events (Windows, no iproute2).',
      ),
    ),
  networkSettleMs: z
    .number()
    .int()
    .min(0)
    .max(60_000)
    .default(100)
    .meta(about('Wait after a network change (ms)', 'Time given to a new connection to come up before checking.')),
  changeShownMinutes: z
    .number()
    .int()
    .min(0)
    .max(10_080)
    .default(60)
    .meta(
      about(
        'Mark a change for (minutes)',
        "How long the dashboard's address card, the page title and its icon show a new address as changed; 0: never.",
      ),
    ),
});

export const healthSchema = z.strictObject({
  failureThreshold: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(3)
    .meta(about('Failures before a source is set aside', "Failures in a row that open a source's circuit breaker.")),
  backoffSec: z
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(60)
    .meta(
      about(
        'First retry of a set-aside source (seconds)',
        'Doubles after each failed retry, with some jitter, up to the longest wait.',
      ),
    ),
  maxBackoffSec: z
    .number()
    .int()
    .min(1)
    .max(604_800)
    .default(3600)
    .meta(about('Longest wait before a retry (seconds)', 'The cap of that wait; at least the first retry.')),
});

export const historySchema = z.strictObject({
  backupsKeep: z
    .number()
    .int()
    .min(1)
    .max(365)
    .default(7)
    .meta(about('Daily backups kept', "Daily copies of the history kept in the data folder's backups.")),
  statsRetentionDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(90)
    .meta(
      about('Hourly statistics kept (days)', 'Days of hourly source statistics; older days keep only their totals.'),
    ),
});

export const logSchema = z.strictObject({
  level: z
    .enum(['debug', 'info', 'warn', 'error'])
    .default('info')
    .meta(
      about('Log level', 'The least severe messages the log keeps.', {
        debug: 'Debug (everything)',
        info: 'Info',
        warn: 'Warnings and errors',
        error: 'Errors only',
      }),
    ),
});

export const settingsSchema = z
  .strictObject({
    version: z
      .literal(SETTINGS_VERSION)
      .default(SETTINGS_VERSION)
      .meta(
        about(
          'Settings format',
          'Set by IPWatch; an older file is upgraded once, its old text kept as settings.v<N>.json.',
        ),
      ),
    monitor: monitorSchema
      .default(() => monitorSchema.parse({}))
      .meta(about('Monitoring', 'How often and how IPWatch asks for your public addresses.')),
    health: healthSchema
      .default(() => healthSchema.parse({}))
      .meta(about('Source health', 'When a failing source is set aside, and how soon it is tried again.')),
    sources: sourcesSchema
      .default(() => sourcesSchema.parse({}))
      .meta(about('Sources', 'The services asked for your address.')),
    history: historySchema
      .default(() => historySchema.parse({}))
      .meta(about('History', 'How long backups and statistics of the history are kept.')),
    api: apiSettingsSchema
      .default(() => apiSettingsSchema.parse({}))
      .meta(
        about(
          'Web dashboard and API',
          'This dashboard in a browser, and the HTTP API that scripts and Prometheus use.',
        ),
      ),
    router: routerSettingsSchema
      .default(() => routerSettingsSchema.parse({}))
      .meta(
        about(
          'Router',
          "The home router's word on its external address: checks at once, fewer requests, the NAT verdict.",
        ),
      ),
    log: logSchema.default(() => logSchema.parse({})).meta(about('Logging', 'What the log keeps.')),
    language: languageSchema,
    notifications: notificationsSchema
      .default(() => notificationsSchema.parse({}))
      .meta(about('Notifications', 'When to notify, and how deliveries are retried.')),
    discord: discordSchema
      .default(() => discordSchema.parse({}))
      .meta(about('Discord bot', 'Slash commands and change posts in your server; off until a token is set.')),
    ddns: ddnsSettingsSchema
      .default(() => ddnsSettingsSchema.parse({}))
      .meta(about('Dynamic DNS', 'Host names kept pointing at this address, proven at their authoritative servers.')),
    identity: identitySettingsSchema
      .default(() => identitySettingsSchema.parse({}))
      .meta(about('Network identity', 'Who gives you each address and where: AS, organisation, country, VPN flag.')),
    monitors: serviceMonitorsSchema
      .default(() => serviceMonitorsSchema.parse({}))
      .meta(about('Service monitors', 'Whether your services are still reachable after a change.')),
    hook: hookSchema
      .default(() => hookSchema.parse({}))
      .meta(about('Program on change', 'A program of yours run on each change, with the event.')),
    heartbeat: heartbeatSchema
      .default(() => heartbeatSchema.parse({}))
      .meta(about('Heartbeat', 'Pings to a service that notices when IPWatch itself stops.')),
    speedTest: speedTestSchema
      .default(() => speedTestSchema.parse({}))
      .meta(about('Speed test', 'Download and upload speed, on demand or on a schedule; off by default.')),
    fleet: fleetSettingsSchema
      .default(() => fleetSettingsSchema.parse({}))
      .meta(about('Fleet', 'Sites published to and watched through an MQTT broker.')),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.sources.custom.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['sources', 'custom', i, 'id'],
          message: `duplicate source id "${c.id}"`,
        });
      seen.add(c.id);
    });
    if (s.health.maxBackoffSec < s.health.backoffSec) {
      ctx.addIssue({
        code: 'custom',
        path: ['health', 'maxBackoffSec'],
        message: 'must be at least health.backoffSec',
      });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Migrates and validates raw settings (from a file, an env overlay or an API body). */
export function parseSettings(raw: unknown): SettingsResult {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return migrated;
  const r = settingsSchema.safeParse(migrated.value);
  return r.success ? { ok: true, settings: r.data } : { ok: false, errors: formatIssues(r.error) };
}

/** Upgrade steps: MIGRATIONS[n] turns version n into n + 1. Each is small, pure and tested. */
export const MIGRATIONS: Record<number, (s: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0: files written before versioning had no "version" field; the shape is the same.
  0: (s) => ({ ...s, version: 1 }),
  // Version 1: the fleet's notice kinds join the channels that get address changes (site-kinds.ts).
  1: addSiteKinds,
};

export function migrateSettings(raw: unknown): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: ['(root): expected a JSON object'] };
  let s = raw as Record<string, unknown>;
  let v = s.version === undefined ? 0 : s.version;
  if (typeof v !== 'number' || !Number.isInteger(v)) return { ok: false, errors: ['version: expected an integer'] };
  if (v > SETTINGS_VERSION)
    return { ok: false, errors: [`version: ${v} is newer than this IPWatch understands (${SETTINGS_VERSION})`] };
  while (v < SETTINGS_VERSION) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, errors: [`version: no upgrade from ${v}`] };
    s = step(s);
    v += 1;
  }
  return { ok: true, value: s };
}
