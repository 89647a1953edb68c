/** A channel's status as the UI shows it, from its settings, its queue and the store. */
import type { ChannelStatus } from '../../../shared/notify-types';
import type { OutboxStore } from '../store/types';
import type { ChannelQueue } from './outbox';
import type { RosterEntry } from './roster';

export function channelStatus(
  e: RosterEntry,
  q: ChannelQueue | undefined,
  store: OutboxStore,
  failingAfter: number,
): ChannelStatus {
  const counts = store.counts(e.id);
  const snap = q?.snapshot(failingAfter) ?? {
    state: 'ok' as const,
    lastError: null,
    lastErrorAt: null,
    lastSentAt: null,
    failures: 0,
    nextAttemptAt: null,
  };
  const state = e.reason ? 'invalid' : !e.enabled ? 'disabled' : snap.state;
  return {
    id: e.id,
    type: e.type,
    ...snap,
    state,
    reason: e.reason,
    pending: counts.pending,
    expired: counts.expired,
    sent: counts.sent,
    recentExpired: store
      .expired(e.id, 5)
      .map((i) => ({ key: i.key, createdAt: i.createdAt, expiredAt: i.doneAt, error: i.lastError })),
  };
}
