/**
 * The contract's history-side schemas: the history and stats queries and answers, the audit
 * log, the outbox, and the file operations (export, backup, restore, import). The store's
 * own interfaces (electron/engine/store/history-types.ts) must fit these outputs; the API
 * service returns them as these types, so the compiler checks they agree.
 */
import { z } from 'zod';

import { networkIdentitySchema } from '../identity';
import { isTimeZone } from '../time-zone';
import { TRIGGERS } from '../types';

const family = z.union([z.literal(4), z.literal(6)]);
const trigger = z.enum(TRIGGERS);
const epochMs = z.number().describe('epoch ms');
/** Query strings arrive as text: numbers are coerced, then checked like any number. */
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);

/** Largest page the history and audit queries return. */
export const MAX_PAGE = 1000;

export const historyQuerySchema = z.strictObject({
  family: z.coerce.number().pipe(family).optional().describe('4 or 6; both when absent'),
  from: int(0).optional().describe('runs current on or after this time, epoch ms'),
  to: int(0).optional().describe('runs current on or before this time, epoch ms'),
  ip: z.string().max(64).optional().describe('part of the address'),
  limit: int(1, MAX_PAGE).default(50),
  offset: int(0).default(0),
});

const historyEntry = z.object({
  id: z.number(),
  family,
  ip: z.string(),
  prefix: z.string().nullable(),
  firstSeen: epochMs,
  lastSeen: epochMs,
  checks: z.number(),
  sources: z.array(z.string()),
  identity: networkIdentitySchema.nullable().optional().describe('absent from a server older than the identity'),
  change: z.object({ from: z.string().nullable(), trigger, sources: z.array(z.string()) }).nullable(),
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
  from: int(0).optional().describe('start of the period, epoch ms; default: `days` before `to`'),
  to: int(0).optional().describe('end of the period, epoch ms; default now'),
  days: int(1, 3660).optional().describe('length of the period when `from` is absent (default 30)'),
  hourly: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional()
    .describe("each source's hourly series (default: for periods up to 31 days)"),
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'unknown time zone (expected e.g. Europe/Berlin)')
    .optional()
    .describe('IANA zone whose midnights start the days, weeks and months; default UTC'),
});

/** Changes in a period: a new address that replaced a known one (a family's first address is none). */
const periodCount = z.object({
  start: epochMs,
  label: z.string(),
  count: z.number().describe('both families'),
  v4: z.number(),
  v6: z.number(),
});
const familyStats = z.object({
  changes: z.number(),
  meanTimeBetweenChangesMs: z.number().nullable(),
  longestRun: z.object({ ip: z.string(), firstSeen: epochMs, lastSeen: epochMs, durationMs: z.number() }).nullable(),
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
    percent: z.number().nullable().describe('0 to 100 over monitored time, rounded down to 0.01; null when none'),
    offlineMs: z.number().describe('the monitored time offline: never more than monitoredMs'),
    monitoredMs: z.number(),
    until: epochMs
      .nullable()
      .describe(
        'monitored time counted up to here: the end of the period while a monitor runs (the CLI beside one counts its session up to then too); the stop of a stopped one; null when none',
      ),
    perDay: z.array(
      z.object({
        start: epochMs,
        label: z.string(),
        percent: z.number().nullable(),
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
      successRate: z.number().nullable(),
      meanLatencyMs: z.number().nullable(),
      maxLatencyMs: z.number().nullable(),
      hours: z.array(
        z.object({
          hour: epochMs,
          ok: z.number(),
          fail: z.number(),
          meanLatencyMs: z.number().nullable(),
          maxLatencyMs: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type StatsReport = z.output<typeof statsReportSchema>;
export type StatsQuery = z.input<typeof statsQuerySchema>;

export const pageQuerySchema = z.strictObject({ limit: int(1, MAX_PAGE).default(100), offset: int(0).default(0) });

export const auditEntrySchema = z.object({
  id: z.number(),
  at: epochMs,
  actor: z.string().describe("who: 'api', 'ui', 'cli', 'settings.json', 'discord:<user>'..."),
  action: z.string(),
  detail: z.string().nullable(),
  result: z.string(),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), total: z.number() });

export const OUTBOX_STATUSES = ['pending', 'sent', 'expired', 'rejected'] as const;

export const outboxQuerySchema = z.strictObject({
  channel: z.string().min(1).max(64).optional(),
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: int(1, MAX_PAGE).default(50),
});

/** One outbox item as a user reads it: what it was about, never its payload (it may hold an address). */
export const outboxItemSchema = z.object({
  id: z.number(),
  channel: z.string(),
  kind: z.string().describe('the notice: ipv4-changed, offline, test... or (unreadable)'),
  status: z.enum(OUTBOX_STATUSES),
  createdAt: epochMs,
  attempts: z.number(),
  doneAt: epochMs.nullable(),
  lastError: z.string().nullable(),
});
export type OutboxItem = z.output<typeof outboxItemSchema>;

export const IMPORT_FORMATS = ['ipwatch', 'seed', 'ddns-updater'] as const;
export const EXPORT_FORMATS = ['csv', 'json'] as const;

/** A file the caller sends (import, restore), in a JSON body. */
const upload = {
  name: z.string().max(255).optional().describe('the original file name, for the audit log'),
  content: z.string().min(1, 'the file is empty'),
};

export const importInputSchema = z.strictObject({
  ...upload,
  /** Text files (JSON exports, updates.json) as they are; a SQLite file (the seed bot's) base64-encoded. */
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
  format: z.enum(IMPORT_FORMATS).optional().describe('detected when absent'),
  tz: z.string().max(64).optional().describe("IANA zone of times written without one (the seed bot's)"),
});

/** A backup file, always base64 (it is SQLite, maybe encrypted). */
export const restoreInputSchema = z.strictObject({ ...upload, content: z.base64().min(1, 'the file is empty') });

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
  times: z
    .object({
      fromCreatedAt: z.number(),
      inZone: z.number(),
      withOffset: z.number(),
      zone: z.string(),
      zoneFrom: z.enum(['option', 'machine']),
    })
    .optional(),
});

export type ImportResult = z.output<typeof importResultSchema>;

export const restoreResultSchema = z.object({
  keptAs: z.string().nullable().describe('where the history before the restore was kept'),
});
