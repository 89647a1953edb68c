/**
 * The recent events the history keeps, for the Activity page to open with before the live
 * stream adds to them: checks (time and result, the strip's last ones), address changes,
 * outages (their start and, once over, their end), steps of the wall clock and notices (the outbox,
 * never a payload). Newest first, in the order they happened (the history's sequence), not by
 * their stamps, which a clock set back moves. Events the store does not keep (a source's breaker,
 * NAT news) are only live.
 */
import * as z from 'zod/mini';

import { networkShiftSchema } from '../identity';
import { mergeInOrder, newestAtFirst } from '../merge-in-order';
import { TRIGGERS } from '../types';
import { described } from './described';
import { OUTBOX_STATUSES } from './history';
import { reasonSchema } from './reason';

const epochMs = described(z.number(), 'epoch ms');
const family = z.union([z.literal(4), z.literal(6)]);

/** Most events one read returns. */
export const MAX_RECENT_EVENTS = 500;

export const recentEventsQuerySchema = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1)).check(z.lte(MAX_RECENT_EVENTS)), 100),
});

export const recentEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check'),
    at: described(epochMs, 'when the check ended'),
    family,
    result: described(
      z.enum(['unchanged', 'confirmed', 'changed', 'uncertain', 'unavailable', 'disabled', 'no-source']),
      'no-source: no request was sent, the family had no source (checks kept before say unavailable)',
    ),
  }),
  z.object({
    type: z.literal('change'),
    at: epochMs,
    family,
    from: described(z.nullable(z.string()), 'null: the first address seen'),
    to: z.string(),
    trigger: z.enum(TRIGGERS),
    network: described(
      z.optional(networkShiftSchema),
      'what changed in the network with it; absent when nothing or unknown',
    ),
  }),
  z.object({
    type: z.literal('offline'),
    at: epochMs,
    cause: z.string(),
    reason: described(z.optional(reasonSchema), '`cause` as a code, when it is one the engine wrote'),
  }),
  z.object({ type: z.literal('online'), at: epochMs, offlineMs: z.number() }),
  z.object({
    type: z.literal('clockStep'),
    at: described(epochMs, 'the wall clock after the step'),
    stepMs: described(z.number(), 'how far it jumped: positive forward (a sleep reads so too), negative back'),
  }),
  z.object({
    type: z.literal('notice'),
    at: described(epochMs, 'when it was sent, expired or set aside; when queued while pending'),
    channel: z.string(),
    kind: described(z.string(), 'the notice: ipv4-changed, offline, test... or (unreadable)'),
    status: z.enum(OUTBOX_STATUSES),
    error: z.nullable(z.string()),
  }),
]);
export type RecentEvent = z.output<typeof recentEventSchema>;

export const recentEventsSchema = z.object({
  at: described(epochMs, 'when the store was read'),
  items: z.array(recentEventSchema),
});
export type RecentEvents = z.output<typeof recentEventsSchema>;
export type RecentEventsQuery = z.input<typeof recentEventsQuerySchema>;

/**
 * The newest `limit` events of several lists, each newest first in its own true order (the
 * history's by its sequence): merged without reordering any list, by time only where two lists
 * meet, the earlier list first on equal times. Pure.
 */
export function newestEvents(lists: readonly (readonly RecentEvent[])[], limit: number): RecentEvent[] {
  return mergeInOrder(lists, newestAtFirst, limit);
}
