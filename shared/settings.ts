/**
 * The settings schema: one zod schema, its defaults, and versioned migrations.
 * Every field is documented in docs/settings.md.
 */
import { z } from 'zod';

import { apiSettingsSchema } from './api-settings';
import { discordSchema } from './discord-settings';
import { notificationsSchema } from './notify-settings';
import { formatIssues, httpUrlSchema, idSchema } from './schema-common';

export { formatIssues } from './schema-common';

const family = z.union([z.literal(4), z.literal(6)]);
const id = idSchema;
const hostPort = z
  .string()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):\d{1,5}$/, 'expected host:port, e.g. 127.0.0.1:53 or [::1]:53');
const httpUrl = httpUrlSchema;

const customHttp = z.strictObject({
  id,
  kind: z.literal('http'),
  url: httpUrl,
  /** text: the whole body; json: one field; kv: `key=value` lines (Cloudflare trace). */
  format: z.enum(['text', 'json', 'kv']).default('text'),
  /** JSON field (dotted path) or kv key; defaults to `ip`. */
  field: z.string().min(1).optional(),
  family,
  /** Sources of one provider count once toward the quorum; defaults to the id. */
  provider: id.optional(),
});
const customDns = z.strictObject({
  id,
  kind: z.literal('dns'),
  server: hostPort,
  name: z.string().min(1).max(253),
  type: z.enum(['A', 'AAAA', 'TXT']),
  class: z.enum(['IN', 'CH']).default('IN'),
  family,
  provider: id.optional(),
});
const customStun = z.strictObject({
  id,
  kind: z.literal('stun'),
  server: hostPort,
  family,
  provider: id.optional(),
});
export const customSourceSchema = z.discriminatedUnion('kind', [customHttp, customDns, customStun]);
export type CustomSource = z.infer<typeof customSourceSchema>;

export const SETTINGS_VERSION = 1;

export const monitorSchema = z.strictObject({
  /** Seconds between steady-state checks. */
  intervalSec: z.number().int().min(10).max(86_400).default(60),
  ipv4: z.boolean().default(true),
  ipv6: z.boolean().default(true),
  /** IPv6 identity: the /64 prefix (privacy addresses are not changes) or the full address. */
  ipv6Compare: z.enum(['prefix64', 'full']).default('prefix64'),
  /** Agreeing answers from distinct providers needed to confirm a new address. */
  quorum: z.number().int().min(1).max(5).default(2),
  /** Per-request timeout, ms. */
  timeoutMs: z.number().int().min(200).max(60_000).default(4000),
  /** Watch network interfaces and check at once when they change. */
  networkWatch: z.boolean().default(true),
  /** How often interfaces and the wall clock are sampled, ms. */
  networkPollMs: z.number().int().min(250).max(60_000).default(1000),
  /** Wait after an interface change before checking, ms. */
  networkSettleMs: z.number().int().min(0).max(60_000).default(250),
});

export const healthSchema = z.strictObject({
  /** Consecutive failures that open a source's circuit breaker. */
  failureThreshold: z.number().int().min(1).max(100).default(3),
  /** First backoff of an open breaker, s; doubles per failed probe, with jitter. */
  backoffSec: z.number().int().min(1).max(86_400).default(60),
  maxBackoffSec: z.number().int().min(1).max(604_800).default(3600),
});

export const sourcesSchema = z.strictObject({
  /** Use the built-in public sources. */
  builtIn: z.boolean().default(true),
  /** Built-in source ids to switch off. */
  disabled: z.array(id).default([]),
  custom: z.array(customSourceSchema).default([]),
});

export const historySchema = z.strictObject({
  /** Daily backups of history.sqlite kept in DATA_DIR/backups. */
  backupsKeep: z.number().int().min(1).max(365).default(7),
  /** Days hourly source statistics are kept before only the daily totals remain. */
  statsRetentionDays: z.number().int().min(1).max(3650).default(90),
});

export const logSchema = z.strictObject({
  level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export const settingsSchema = z
  .strictObject({
    version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
    monitor: monitorSchema.default(() => monitorSchema.parse({})),
    health: healthSchema.default(() => healthSchema.parse({})),
    sources: sourcesSchema.default(() => sourcesSchema.parse({})),
    history: historySchema.default(() => historySchema.parse({})),
    /** The local HTTP API and web dashboard (docs/api.md). */
    api: apiSettingsSchema.default(() => apiSettingsSchema.parse({})),
    log: logSchema.default(() => logSchema.parse({})),
    notifications: notificationsSchema.default(() => notificationsSchema.parse({})),
    /** The Discord bot (docs/discord-bot.md); off until a token is set. */
    discord: discordSchema.default(() => discordSchema.parse({})),
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
