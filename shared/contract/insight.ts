/**
 * The contract's dashboard insight: what a user looks for first (as in Uptime Kuma), in one
 * answer. Uptime over the last 24 hours, 30 days and year (over monitored time, as the stats),
 * each family's recent checks, the mean time an address is held, and the latest outages.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { reasonSchema } from './reason';

const epochMs = described(z.number(), 'epoch ms');
const int = (min: number, max: number) => z.coerce.number().check(z.int(), z.gte(min)).check(z.lte(max));

/** Most recent checks kept per family (the store keeps this many). */
export const MAX_RECENT_CHECKS = 100;

export const insightQuerySchema = z.strictObject({
  checks: described(z._default(int(1, MAX_RECENT_CHECKS), 50), 'recent checks per family, newest last'),
  outages: described(z._default(int(1, 100), 10), 'latest outages, newest first'),
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
  meanMs: described(
    z.nullable(z.number()),
    'mean time from the first sighting of an address to that of the next one; null before a change',
  ),
  addresses: described(z.number(), 'addresses the mean is over (every one held until a change)'),
});

export const insightSchema = z.object({
  at: described(epochMs, 'when the answer was computed'),
  firstCheckAt: described(
    z.nullable(epochMs),
    'the first check the history holds (monitored time starts there); null before any',
  ),
  uptime: z.array(
    z.object({
      label: z.string(),
      days: z.number(),
      from: epochMs,
      percent: described(z.nullable(z.number()), '0 to 100 over monitored time; null when nothing was monitored'),
      monitoredMs: described(
        z.number(),
        'time watched in the window: from the first check on, while the monitor ran (not stopped or paused)',
      ),
      offlineMs: described(z.number(), 'the monitored time offline: never more than monitoredMs'),
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
        end: described(z.nullable(epochMs), 'null while it goes on'),
        durationMs: described(z.number(), 'until the end, or until now'),
        cause: z.string(),
        reason: described(z.optional(reasonSchema), '`cause` as a code and its values'),
      }),
    ),
    total: z.number(),
  }),
});
export type Insight = z.output<typeof insightSchema>;
export type RecentCheckView = Insight['checks']['v4'][number];
export type OutageView = Insight['outages']['items'][number];
