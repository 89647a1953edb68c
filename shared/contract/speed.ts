/**
 * The contract's speed test part (issue 42): a test's result as the history keeps it, the
 * status (the last test, the next planned, whether one runs, what the OS says of metering), and
 * its methods: run one now, read the past ones. Settings are speed-settings.ts. Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { GET, method, none, POST } from './method';
import { reasonSchema } from './reason';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().check(z.int(), z.gte(min)).check(z.lte(max));

export const SPEED_TRIGGERS = ['manual', 'schedule'] as const;
/** Why a test stopped before Cloudflare's sequence ended: its data or its time ran out. */
export const SPEED_CUTS = ['bytes', 'time'] as const;

export const speedTestResultSchema = z.object({
  id: z.number(),
  /** When it started. */
  at: epochMs,
  trigger: z.enum(SPEED_TRIGGERS),
  /** The server's host, e.g. speed.cloudflare.com. */
  server: z.string(),
  family: z.union([z.literal(4), z.literal(6)]),
  /** 90th percentile of the transfers that lasted long enough; null when none did. */
  downloadMbps: z.nullable(z.number()),
  uploadMbps: z.nullable(z.number()),
  /** Median of the idle round trips, ms. */
  latencyMs: z.nullable(z.number()),
  /** Mean difference between consecutive round trips, ms. */
  jitterMs: z.nullable(z.number()),
  /** Bytes moved both ways. */
  bytes: z.number(),
  durationMs: z.number(),
  cut: z.nullable(z.enum(SPEED_CUTS)),
  /** Why it failed; null when it measured. */
  error: z.nullable(z.string()),
  /** `error` as a code and its values (shared/contract/reason.ts); none for a test kept before codes. */
  reason: z.optional(reasonSchema),
});
export type SpeedTestResult = z.infer<typeof speedTestResultSchema>;

/** metered / unmetered: what the OS says; unknown: it says nothing (macOS, no NetworkManager). */
export const METERED_STATES = ['metered', 'unmetered', 'unknown'] as const;
export type MeteredState = (typeof METERED_STATES)[number];
export const meteredReadingSchema = z.object({
  state: z.enum(METERED_STATES),
  /** Where the reading comes from, or why there is none. */
  detail: z.string(),
  /** `detail` as a code and its values (shared/contract/reason.ts). */
  reason: z.optional(reasonSchema),
});
export type MeteredReading = z.infer<typeof meteredReadingSchema>;

export const speedStatusSchema = z.object({
  enabled: z.boolean(),
  /** When a test runs now, since when. */
  runningSince: z.nullable(epochMs),
  last: z.nullable(speedTestResultSchema),
  /** The next scheduled test; null without a schedule. */
  nextAt: z.nullable(epochMs),
  /** The last scheduled or asked test left out, and why (metered). */
  skipped: z.nullable(z.object({ at: epochMs, why: z.string(), reason: z.optional(reasonSchema) })),
  /** The last reading of the connection's metering. */
  metered: z.nullable(meteredReadingSchema),
});
export type SpeedStatus = z.infer<typeof speedStatusSchema>;

export const speedRunAnswerSchema = z.discriminatedUnion('ran', [
  z.object({ ran: z.literal(true), test: speedTestResultSchema }),
  z.object({ ran: z.literal(false), why: z.string(), reason: z.optional(reasonSchema) }),
]);
export type SpeedRunAnswer = z.infer<typeof speedRunAnswerSchema>;

export const speedTestsQuerySchema = z.strictObject({
  from: described(z.optional(int(0)), 'tests started on or after this time, epoch ms'),
  to: described(z.optional(int(0)), 'tests started on or before this time, epoch ms'),
  limit: z._default(int(1, 1000), 200),
});
export type SpeedTestsQuery = z.input<typeof speedTestsQuerySchema>;

export const speedApi = {
  /** Runs a speed test now (or joins the one under way) and answers with its result, or why none ran. */
  runSpeedTest: method({
    summary: 'Run a speed test',
    http: POST('/speed-tests/run'),
    mutates: true,
    input: none,
    output: speedRunAnswerSchema as Schema<SpeedRunAnswer>,
  }),
  /** Past speed tests, newest first. */
  getSpeedTests: method({
    summary: 'Speed tests',
    http: GET('/speed-tests'),
    mutates: false,
    input: speedTestsQuerySchema,
    output: z.object({ items: z.array(speedTestResultSchema) }) as Schema<{ items: SpeedTestResult[] }>,
  }),
};
