/**
 * The settings schema: one zod schema, its defaults, and versioned migrations. Every field
 * carries its label and one line of help (schema-common `about`); the Settings page, the OpenAPI
 * document and the table in docs/settings.md (scripts/settings-docs.ts) are drawn from them.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { apiSettingsSchema } from './api';
import { ddnsSettingsSchema } from './ddns';
import { discordSchema } from './discord';
import { egressSettingsPart } from './egress';
import { egressFromFields } from './egress-choice';
import { fleetSettingsSchema } from './fleet';
import { identitySettingsSchema } from './identity';
import { languageSchema } from './language';
import { memorySettingsSchema } from './memory';
import { addMemoryKind } from './memory-kind';
import { notificationsSchema } from './notify';
import { pathSettingsSchema } from './path';
import { routerSettingsSchema } from './router';
import { about, formatIssues, withMeta } from './schema-common';
import { serviceMonitorsSchema } from './service-monitor';
import { addSiteKinds } from './site-kinds';
import { sourcesSchema } from './source';
import { speedTestSchema } from './speed';
import { heartbeatSchema, hookSchema } from './watcher';

export { formatIssues } from './schema-common';
export { type CustomSource, customSourceSchema, sourcesSchema } from './source';

export const SETTINGS_VERSION = 3;

export const monitorSchema = z.strictObject({
  intervalSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(10), z.lte(86_400)), 60),
    about(
      'Check every (seconds)',
      'Time between two regular checks; a network change or a wake from sleep checks at once.',
    ),
  ),
  ipv4: withMeta(z._default(z.boolean(), true), about('Watch IPv4', 'Check and report the public IPv4 address.')),
  ipv6: withMeta(z._default(z.boolean(), true), about('Watch IPv6', 'Check and report the public IPv6 address.')),
  ...egressFromFields,
  ipv6Compare: withMeta(
    z._default(z.enum(['prefix64', 'full']), 'prefix64'),
    about('A new IPv6 address is', 'Whether a new privacy address within the same /64 prefix counts as a change.', {
      prefix64: 'A new /64 prefix (privacy addresses are not changes)',
      full: 'Any new address',
    }),
  ),
  quorum: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(5)), 2),
    about('Sources that must agree', 'Answers from different providers needed to confirm a new address.'),
  ),
  confirmMinutes: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(1440)), 10),
    about(
      'Ask public sources at least every (minutes)',
      'While the router or an interface vouches for the address, checks in between send no request; 0: always ask.',
    ),
  ),
  timeoutMs: withMeta(
    z._default(z.number().check(z.int(), z.gte(200), z.lte(60_000)), 4000),
    about('Request timeout (ms)', 'How long one source may take to answer before it counts as failed.'),
  ),
  networkWatch: withMeta(
    z._default(z.boolean(), true),
    about('Check when the network changes', 'Watch the network interfaces and check at once when they change.'),
  ),
  networkPollMs: withMeta(
    z._default(z.number().check(z.int(), z.gte(250), z.lte(60_000)), 1000),
    about(
      'Network sampling (ms)',
      'How often interfaces and clock are read where the OS sends no events (Windows, no iproute2).',
    ),
  ),
  networkSettleMs: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(60_000)), 100),
    about('Wait after a network change (ms)', 'Time given to a new connection to come up before checking.'),
  ),
  changeShownMinutes: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(10_080)), 60),
    about(
      'Mark a change for (minutes)',
      "How long the dashboard's address card, the page title and its icon show a new address as changed; 0: never.",
    ),
  ),
});

export const healthSchema = z.strictObject({
  failureThreshold: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 3),
    about('Failures before a source is set aside', "Failures in a row that open a source's circuit breaker."),
  ),
  backoffSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(86_400)), 60),
    about(
      'First retry of a set-aside source (seconds)',
      'Doubles after each failed retry, with some jitter, up to the longest wait.',
    ),
  ),
  maxBackoffSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(604_800)), 3600),
    about('Longest wait before a retry (seconds)', 'The cap of that wait; at least the first retry.'),
  ),
});

export const historySchema = z.strictObject({
  backupsKeep: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(365)), 7),
    about('Daily backups kept', "Daily copies of the history kept in the data folder's backups."),
  ),
  statsRetentionDays: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(3650)), 90),
    about('Hourly statistics kept (days)', 'Days of hourly source statistics; older days keep only their totals.'),
  ),
});

export const logSchema = z.strictObject({
  level: withMeta(
    z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
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
    version: withMeta(
      z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
      about(
        'Settings format',
        'Set by IPWatch; an older file is upgraded once, its old text kept as settings.v<N>.json.',
      ),
    ),
    monitor: withMeta(
      z._default(monitorSchema, () => monitorSchema.parse({})),
      about('Monitoring', 'How often and how IPWatch asks for your public addresses.'),
    ),
    health: withMeta(
      z._default(healthSchema, () => healthSchema.parse({})),
      about('Source health', 'When a failing source is set aside, and how soon it is tried again.'),
    ),
    sources: withMeta(
      z._default(sourcesSchema, () => sourcesSchema.parse({})),
      about('Sources', 'The services asked for your address.'),
    ),
    history: withMeta(
      z._default(historySchema, () => historySchema.parse({})),
      about('History', 'How long backups and statistics of the history are kept.'),
    ),
    api: withMeta(
      z._default(apiSettingsSchema, () => apiSettingsSchema.parse({})),
      about('Web dashboard and API', 'This dashboard in a browser, and the HTTP API that scripts and Prometheus use.'),
    ),
    router: withMeta(
      z._default(routerSettingsSchema, () => routerSettingsSchema.parse({})),
      about(
        'Router',
        "The home router's word on its external address: checks at once, fewer requests, the NAT verdict.",
      ),
    ),
    log: withMeta(
      z._default(logSchema, () => logSchema.parse({})),
      about('Logging', 'What the log keeps.'),
    ),
    language: languageSchema,
    notifications: withMeta(
      z._default(notificationsSchema, () => notificationsSchema.parse({})),
      about('Notifications', 'When to notify, and how deliveries are retried.'),
    ),
    discord: withMeta(
      z._default(discordSchema, () => discordSchema.parse({})),
      about('Discord bot', 'Slash commands and change posts in your server; off until a token is set.'),
    ),
    ddns: withMeta(
      z._default(ddnsSettingsSchema, () => ddnsSettingsSchema.parse({})),
      about('Dynamic DNS', 'Host names kept pointing at this address, proven at their authoritative servers.'),
    ),
    identity: withMeta(
      z._default(identitySettingsSchema, () => identitySettingsSchema.parse({})),
      about('Network identity', 'Who gives you each address and where: AS, organisation, country, VPN flag.'),
    ),
    monitors: withMeta(
      z._default(serviceMonitorsSchema, () => serviceMonitorsSchema.parse({})),
      about('Service monitors', 'Whether your services are still reachable after a change.'),
    ),
    hook: withMeta(
      z._default(hookSchema, () => hookSchema.parse({})),
      about('Program on change', 'A program of yours run on each change, with the event.'),
    ),
    heartbeat: withMeta(
      z._default(heartbeatSchema, () => heartbeatSchema.parse({})),
      about('Heartbeat', 'Pings to a service that notices when IPWatch itself stops.'),
    ),
    speedTest: withMeta(
      z._default(speedTestSchema, () => speedTestSchema.parse({})),
      about('Speed test', 'Download and upload speed, on demand or on a schedule; off by default.'),
    ),
    path: withMeta(
      z._default(pathSettingsSchema, () => pathSettingsSchema.parse({})),
      about('Path', 'The route to a public target, traced at each change and when asked; off by default.'),
    ),
    fleet: withMeta(
      z._default(fleetSettingsSchema, () => fleetSettingsSchema.parse({})),
      about('Fleet', 'Sites published to and watched through an MQTT broker.'),
    ),
    egress: egressSettingsPart,
    memory: withMeta(
      z._default(memorySettingsSchema, () => memorySettingsSchema.parse({})),
      about('Memory', "IPWatch's own memory: how often it is sampled, and the bound that sends a notice."),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
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
    }),
  );

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
  // Version 2: the memory notice joins the channels that list their events (memory-kind.ts).
  2: addMemoryKind,
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
