/**
 * The contract's history-side schemas: the history and stats queries and answers, the audit
 * log, the outbox, and the file operations (export, backup, restore, import). The store's
 * own interfaces (electron/engine/store/history-types.ts) must fit these outputs; the API
 * service returns them as these types, so the compiler checks they agree.
 */
import * as z from 'zod/mini';

import { networkIdentitySchema, networkShiftSchema } from '../identity';
import { isTimeZone } from '../time-zone';
import { TRIGGERS } from '../types';
import { described } from './described';
import { reasonSchema } from './reason';

const family = z.union([z.literal(4), z.literal(6)]);
const trigger = z.enum(TRIGGERS);
const epochMs = described(z.number(), 'epoch ms');
/** Query strings arrive as text: numbers are coerced, then checked like any number. */
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().check(z.int(), z.gte(min), z.lte(max));

/** Largest page the history and audit queries return. */
export const MAX_PAGE = 1000;

export const historyQuerySchema = z.strictObject({
  family: described(z.optional(z.pipe(z.coerce.number(), family)), '4 or 6; both when absent'),
  from: described(z.optional(int(0)), 'runs current on or after this time, epoch ms'),
  to: described(z.optional(int(0)), 'runs current on or before this time, epoch ms'),
  ip: described(z.optional(z.string().check(z.maxLength(64))), 'part of the address'),
  limit: z._default(int(1, MAX_PAGE), 50),
  offset: z._default(int(0), 0),
});

const historyEntry = z.object({
  id: z.number(),
  family,
  ip: z.string(),
  prefix: z.nullable(z.string()),
  firstSeen: epochMs,
  lastSeen: epochMs,
  checks: z.number(),
  sources: z.array(z.string()),
  identity: described(z.optional(z.nullable(networkIdentitySchema)), 'absent from a server older than the identity'),
  change: z.nullable(
    z.object({
      from: z.nullable(z.string()),
      trigger,
      sources: z.array(z.string()),
      network: described(
        z.optional(networkShiftSchema),
        'what changed in the network with it; absent when nothing or unknown',
      ),
    }),
  ),
});

export const historyPageSchema = z.object({
  items: z.array(historyEntry),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});
export type HistoryPage = z.output<typeof historyPageSchema>;
export type HistoryEntry = HistoryPage['items'][number];
export type HistoryQuery = z.input<typeof historyQuerySchema>;

export const statsQuerySchema = z.strictObject({
  from: described(z.optional(int(0)), 'start of the period, epoch ms; default: `days` before `to`'),
  to: described(z.optional(int(0)), 'end of the period, epoch ms; default now'),
  days: described(z.optional(int(1, 3660)), 'length of the period when `from` is absent (default 30)'),
  hourly: described(
    z.optional(
      z.union([
        z.boolean(),
        z.pipe(
          z.enum(['true', 'false']),
          z.transform((v) => v === 'true'),
        ),
      ]),
    ),
    "each source's hourly series (default: for periods up to 31 days)",
  ),
  tz: described(
    z.optional(
      z.string().check(z.maxLength(64), z.refine(isTimeZone, 'unknown time zone (expected e.g. Europe/Berlin)')),
    ),
    'IANA zone whose midnights start the days, weeks and months; default UTC',
  ),
});

/** Changes in a period: a new address that replaced a known one (a family's first address is none). */
const periodCount = z.object({
  start: epochMs,
  label: z.string(),
  count: described(z.number(), 'both families'),
  v4: z.number(),
  v6: z.number(),
});
const familyStats = z.object({
  changes: z.number(),
  meanTimeBetweenChangesMs: z.nullable(z.number()),
  longestRun: z.nullable(z.object({ ip: z.string(), firstSeen: epochMs, lastSeen: epochMs, durationMs: z.number() })),
});

export const statsReportSchema = z.object({
  from: epochMs,
  to: epochMs,
  changes: z.object({
    total: z.number(),
    perDay: z.array(periodCount),
    perWeek: z.array(periodCount),
    perMonth: z.array(periodCount),
  }),
  uptime: z.object({
    percent: described(z.nullable(z.number()), '0 to 100 over monitored time, rounded down to 0.01; null when none'),
    offlineMs: described(z.number(), 'the monitored time offline: never more than monitoredMs'),
    monitoredMs: z.number(),
    until: described(
      z.nullable(epochMs),
      'monitored time counted up to here: the end of the period while a monitor runs (the CLI beside one counts its session up to then too); the stop of a stopped one; null when none',
    ),
    perDay: z.array(
      z.object({
        start: epochMs,
        label: z.string(),
        percent: z.nullable(z.number()),
        offlineMs: z.number(),
        monitoredMs: z.number(),
      }),
    ),
  }),
  families: z.object({ v4: familyStats, v6: familyStats }),
  sources: z.array(
    z.object({
      source: z.string(),
      ok: z.number(),
      fail: z.number(),
      successRate: z.nullable(z.number()),
      meanLatencyMs: z.nullable(z.number()),
      maxLatencyMs: z.nullable(z.number()),
      hours: z.array(
        z.object({
          hour: epochMs,
          ok: z.number(),
          fail: z.number(),
          meanLatencyMs: z.nullable(z.number()),
          maxLatencyMs: z.nullable(z.number()),
        }),
      ),
    }),
  ),
});
export type StatsReport = z.output<typeof statsReportSchema>;
export type StatsQuery = z.input<typeof statsQuerySchema>;

export const pageQuerySchema = z.strictObject({
  limit: z._default(int(1, MAX_PAGE), 100),
  offset: z._default(int(0), 0),
});

export const auditEntrySchema = z.object({
  id: z.number(),
  at: epochMs,
  actor: described(z.string(), "who: 'api', 'ui', 'cli', 'settings.json', 'discord:<user>'..."),
  action: z.string(),
  detail: z.nullable(z.string()),
  result: z.string(),
  reason: described(z.optional(reasonSchema), '`detail` as a code and its values, for a reader in another language'),
  repeated: described(z.optional(z.object({ times: z.number(), spanMs: z.number() })), 'a row counted several times'),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number() });

export const OUTBOX_STATUSES = ['pending', 'sent', 'expired', 'rejected'] as const;

export const outboxQuerySchema = z.strictObject({
  channel: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  status: z.optional(z.enum(OUTBOX_STATUSES)),
  limit: z._default(int(1, MAX_PAGE), 50),
});

/** One outbox item as a user reads it: what it was about, never its payload (it may hold an address). */
export const outboxItemSchema = z.object({
  id: z.number(),
  channel: z.string(),
  kind: described(z.string(), 'the notice: ipv4-changed, offline, test... or (unreadable)'),
  status: z.enum(OUTBOX_STATUSES),
  createdAt: epochMs,
  attempts: z.number(),
  doneAt: z.nullable(epochMs),
  lastError: z.nullable(z.string()),
});
export type OutboxItem = z.output<typeof outboxItemSchema>;

export const IMPORT_FORMATS = ['ipwatch', 'seed', 'ddns-updater'] as const;
export const EXPORT_FORMATS = ['csv', 'json'] as const;

/** A file the caller sends (import, restore), in a JSON body. */
const upload = {
  name: described(z.optional(z.string().check(z.maxLength(255))), 'the original file name, for the audit log'),
  content: z.string().check(z.minLength(1, 'the file is empty')),
};

export const importInputSchema = z.strictObject({
  ...upload,
  /** Text files (JSON exports, updates.json) as they are; a SQLite file (the seed bot's) base64-encoded. */
  encoding: z._default(z.enum(['utf8', 'base64']), 'utf8'),
  format: described(z.optional(z.enum(IMPORT_FORMATS)), 'detected when absent'),
  tz: described(
    z.optional(z.string().check(z.maxLength(64))),
    "IANA zone of times written without one (the seed bot's)",
  ),
});

/** A backup file, always base64 (it is SQLite, maybe encrypted). */
export const restoreInputSchema = z.strictObject({
  ...upload,
  content: z.base64().check(z.minLength(1, 'the file is empty')),
});

export const exportInputSchema = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

/** A file handed back to the caller. Over HTTP, `GET /export?format=...` with `download=1` sends it as an attachment. */
export const fileOutputSchema = z.object({
  filename: z.string(),
  mime: z.string(),
  body: z.string(),
});
export type FileOutput = z.output<typeof fileOutputSchema>;

/** A backup written on the engine's machine, in the data folder's backups/. */
export const backupResultSchema = z.object({ path: z.string(), bytes: z.number() });

const counts = (...keys: string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number()])));
export const importResultSchema = z.object({
  format: z.enum(IMPORT_FORMATS),
  runs: counts('added', 'grown', 'skipped', 'setAside', 'trimmed'),
  changes: counts('added', 'skipped', 'setAside'),
  outages: counts('added', 'skipped'),
  sessions: counts('added', 'skipped'),
  times: z.optional(
    z.object({
      fromCreatedAt: z.number(),
      inZone: z.number(),
      withOffset: z.number(),
      zone: z.string(),
      zoneFrom: z.enum(['option', 'machine']),
    }),
  ),
});

export type ImportResult = z.output<typeof importResultSchema>;

export const restoreResultSchema = z.object({
  keptAs: described(z.nullable(z.string()), 'where the history before the restore was kept'),
});
