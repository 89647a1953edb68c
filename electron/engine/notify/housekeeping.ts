/**
 * Outbox housekeeping, so the queue neither grows for ever nor hides anything:
 * - items of a channel that is no longer in the settings can never be delivered: they are
 *   marked expired with that reason at once (not left pending and unseen), and the channel
 *   stays visible in the status as `removed` while it has expired items;
 * - sent, expired and rejected items are deleted `keepDays` after they finished, measured by the
 *   store against a wall clock it never lets run ahead of the monotonic time (store/age-clock.ts),
 *   so a clock stepped forward deletes nothing early; pending ones are never deleted (they expire
 *   first: notify/outbox.ts).
 */
import type { ChannelStatus } from '../../../shared/notify-types';
import type { Logger } from '../logger';
import type { OutboxStore } from '../store/types';
import { isPolicyJournal } from './hold-journal';
import { recentExpired } from './status';

const DAY_MS = 86_400_000;

export const removedReason = (channel: string): string => `channel "${channel}" was removed from the settings`;

/** Expires the pending items of every channel not in `live`. Returns how many. */
export function retireRemoved(store: OutboxStore, live: ReadonlySet<string>, now: number, logger: Logger): number {
  let total = 0;
  for (const channel of store.channels()) {
    // The policy's journals (held changes and losses) are no channel: their rows are its state.
    if (live.has(channel) || isPolicyJournal(channel)) continue;
    let n = 0;
    for (let batch = store.pending(channel); batch.length; batch = store.pending(channel)) {
      for (const item of batch) store.markExpired(item.id, now, removedReason(channel));
      n += batch.length;
    }
    if (n) logger.warn('notifications of a removed channel will not be sent', { channel, count: n });
    total += n;
  }
  return total;
}

/** Deletes what finished more than `keepDays` ago. Returns how many items went. */
export function pruneFinished(store: OutboxStore, keepDays: number, logger: Logger): number {
  const removed = store.prune(keepDays * DAY_MS);
  if (removed) logger.info('old notifications pruned from the outbox', { removed, keepDays });
  return removed;
}

/** Status rows for channels gone from the settings that still have expired items to show. */
export function removedChannels(store: OutboxStore, live: ReadonlySet<string>): ChannelStatus[] {
  const out: ChannelStatus[] = [];
  for (const id of store.channels()) {
    if (live.has(id) || isPolicyJournal(id)) continue;
    const counts = store.counts(id);
    if (counts.expired === 0 && counts.pending === 0) continue;
    out.push({
      id,
      type: 'removed',
      state: 'removed',
      reason: removedReason(id),
      lastError: null,
      lastErrorAt: null,
      lastSentAt: null,
      failures: 0,
      nextAttemptAt: null,
      note: null,
      ...counts,
      recentExpired: recentExpired(store, id),
    });
  }
  return out;
}
