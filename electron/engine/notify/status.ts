/** A channel's status as the UI shows it, from its settings, its queue and the store. */
import type { ChannelStatus, ExpiredNotice } from '../../../shared/notify-types';
import type { OutboxStore } from '../store/types';
import type { ChannelQueue } from './outbox';
import type { RosterEntry } from './roster';

type Snapshot = Pick<
  ChannelStatus,
  'state' | 'lastError' | 'lastErrorCode' | 'lastErrorAt' | 'lastSentAt' | 'failures' | 'nextAttemptAt'
>;

/** The queue's delivery state, read back from the store's head item so it survives a restart. */
function snapshot(q: ChannelQueue, store: OutboxStore, failingAfter: number): Snapshot {
  const head = store.pending(q.id, 1)[0];
  const failures = head?.attempts ?? 0;
  return {
    state: failures === 0 ? 'ok' : failures >= failingAfter ? 'failing' : 'retrying',
    lastError: q.lastError ?? head?.lastError ?? null,
    // The code goes with the queue's own error only: the store keeps the English of a restarted runner's.
    ...(q.lastError !== null && q.lastErrorCode ? { lastErrorCode: q.lastErrorCode } : {}),
    lastErrorAt: q.lastErrorAt,
    lastSentAt: q.lastSentAt,
    failures,
    nextAttemptAt: head ? (q.nextAttemptAt ?? head.nextAt) : null,
  };
}

export function channelStatus(
  e: RosterEntry,
  q: ChannelQueue | undefined,
  store: OutboxStore,
  failingAfter: number,
): ChannelStatus {
  const counts = store.counts(e.id);
  const snap: Snapshot = q
    ? snapshot(q, store, failingAfter)
    : {
        state: 'ok',
        lastError: null,
        lastErrorAt: null,
        lastSentAt: null,
        failures: 0,
        nextAttemptAt: null,
      };
  const paused = q?.paused ?? null;
  // A channel this machine cannot serve (no desktop session) is off, not broken: nothing to fix in its settings.
  const state = e.reason ? 'invalid' : !e.enabled || e.unavailable ? 'disabled' : paused ? 'paused' : snap.state;
  return {
    id: e.id,
    type: e.type,
    ...snap,
    state,
    reason: e.reason ?? e.unavailable ?? paused?.error ?? null,
    ...(e.reason === null && e.unavailable && e.unavailableReason ? { reasonCode: e.unavailableReason } : {}),
    ...(e.reason !== null && e.reasonCode ? { reasonCode: e.reasonCode } : {}),
    ...(e.reason === null && !e.unavailable && paused?.code ? { reasonCode: paused.code } : {}),
    pending: counts.pending,
    expired: counts.expired,
    sent: counts.sent,
    rejected: counts.rejected,
    note: q?.moved ?? null,
    recentExpired: recentExpired(store, e.id),
  };
}

/** The most recently expired notifications of a channel, newest first. */
export const recentExpired = (store: OutboxStore, channel: string): ExpiredNotice[] =>
  store
    .expired(channel, 5)
    .map((i) => ({ key: i.key, createdAt: i.createdAt, expiredAt: i.doneAt, error: i.lastError }));
