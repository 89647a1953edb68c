/**
 * The contract's dashboard insight: what a user looks for first (as in Uptime Kuma), in one
 * answer. Uptime over the last 24 hours, 30 days and year (over monitored time, as the stats),
 * each family's recent checks, the mean time an address is held, and the latest outages.
 */
import { z } from 'zod';

const epochMs = z.number().describe('epoch ms');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Most recent checks kept per family (the store keeps this many). */
export const MAX_RECENT_CHECKS = 100;

export const insightQuerySchema = z.strictObject({
  checks: int(1, MAX_RECENT_CHECKS).default(50).describe('recent checks per family, newest last'),
  outages: int(1, 100).default(10).describe('latest outages, newest first'),
});
export type InsightQuery = z.input<typeof insightQuerySchema>;

/** The windows uptime is reported over, in this order. */
export const UPTIME_WINDOWS = [
  { label: '24 h', days: 1 },
  { label: '30 d', days: 30 },
  { label: '1 y', days: 365 },
] as const;

/** A recent check's result: the monitor's, or `no-source` (no request sent: the family had no source; older checks say `unavailable`). */
const checkResult = z.enum(['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable', 'disabled', 'no-source']);

const held = z.object({
  meanMs: z
    .number()
    .nullable()
    .describe('mean time from the first sighting of an address to that of the next one; null before a change'),
  addresses: z.number().describe('addresses the mean is over (every one held until a change)'),
});

export const insightSchema = z.object({
  at: epochMs.describe('when the answer was computed'),
  firstCheckAt: epochMs
    .nullable()
    .describe('the first check the history holds (monitored time starts there); null before any'),
  uptime: z.array(
    z.object({
      label: z.string(),
      days: z.number(),
      from: epochMs,
      percent: z.number().nullable().describe('0 to 100 over monitored time; null when nothing was monitored'),
      monitoredMs: z
        .number()
        .describe('time watched in the window: from the first check on, while the monitor ran (not stopped or paused)'),
      offlineMs: z.number().describe('the monitored time offline: never more than monitoredMs'),
    }),
  ),
  checks: z.object({
    v4: z.array(z.object({ at: epochMs, result: checkResult })),
    v6: z.array(z.object({ at: epochMs, result: checkResult })),
  }),
  held: z.object({ v4: held, v6: held }),
  outages: z.object({
    items: z.array(
      z.object({
        start: epochMs,
        end: epochMs.nullable().describe('null while it goes on'),
        durationMs: z.number().describe('until the end, or until now'),
        cause: z.string(),
      }),
    ),
    total: z.number(),
  }),
});
export type Insight = z.output<typeof insightSchema>;
export type RecentCheckView = Insight['checks']['v4'][number];
export type OutageView = Insight['outages']['items'][number];
