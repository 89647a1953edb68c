/**
 * What the monitor writes to and resumes from (MonitorStore) and the notification queue
 * (OutboxStore), both implemented by the sql.js history store in index.ts. Synchronous,
 * because sql.js works in memory and persists on its own debounced schedule.
 */
import type { ChangeEvent, CheckResult, Family, HistoryStatus, Trigger } from '../../../shared/types';

export interface CurrentAddress {
  family: Family;
  ip: string;
  /** First time this address was seen in its current run, epoch ms. */
  since: number;
  lastSeen: number;
}

export interface CheckRecord {
  family: Family;
  /** The accepted address, or null when the check was uncertain/unavailable. */
  ip: string | null;
  at: number;
  trigger: Trigger;
  /** Source ids that answered with `ip`. */
  sources: string[];
  /** The check's outcome, for the strip of recent checks; absent: from `ip` (unchanged, or unavailable without one). */
  result?: CheckResult;
  /** Requests the check sent: none with `unavailable` means the family had no source (kept as `no-source`). */
  requests?: number;
}

export interface SourceAttemptRecord {
  sourceId: string;
  at: number;
  ok: boolean;
  latencyMs: number;
}

export interface OutageRecord {
  start: number;
  /** null while the outage is still going on. */
  end: number | null;
  cause: string;
}

export interface MonitorStore {
  /** The last confirmed address of a family, to resume after a restart. */
  current(family: Family): CurrentAddress | null;
  /** A check that agreed with the current address extends its run; others only count. */
  recordCheck(check: CheckRecord): void;
  /** A confirmed change opens a new run. */
  recordChange(change: ChangeEvent): void;
  /** Opens (end null) or closes an outage span. */
  recordOutage(outage: OutageRecord): void;
  recordSourceAttempt(attempt: SourceAttemptRecord): void;
  /**
   * The monitor starts watching at `at`. A session a crash left open ends at its last sign
   * of life, and so does an outage left open (it never spans the monitor's downtime).
   */
  startSession(at: number): void;
  /** The monitor is alive at `at`; saved with the next debounced save. */
  alive(at: number): void;
  /** The monitor stops watching at `at` (a clean stop): an outage still open ends here. */
  endSession(at: number): void;
  /** Persists anything pending; resolves when it is on disk. */
  flush(): Promise<void>;
  /** The store's own health (file, last save, recovery), shown in the engine status. */
  status?(): HistoryStatus;
  close(): Promise<void>;
}

/** rejected: the service refused this notice (a 400 about its payload); set aside, can be resent. */
export type OutboxStatus = 'pending' | 'sent' | 'expired' | 'rejected';

export interface OutboxItem {
  id: number;
  channel: string;
  /** Idempotency key: one logical notification per channel, sent as a header where the channel allows. */
  key: string;
  /** JSON text of the message. */
  payload: string;
  /** Wall time (epoch ms) the notice was queued: shown, never measured by. */
  createdAt: number;
  attempts: number;
  /** Wall time (epoch ms) the next attempt was planned for when it was planned: shown, never measured by. */
  nextAt: number;
  /** How long it has waited in the queue, on the monotonic clock (store/outbox-age.ts); survives a restart. */
  ageMs: number;
  /** The age at which its next attempt is due (0: at once). */
  dueMs: number;
  status: OutboxStatus;
  lastError: string | null;
  /** When it was sent, expired or rejected. */
  doneAt: number | null;
}

/**
 * The durable notification queue (table `outbox`). Ordered per channel by id; enqueue is
 * idempotent on (channel, key) and returns the existing row for a repeated key.
 */
export interface OutboxStore {
  enqueue(item: { channel: string; key: string; payload: string; createdAt: number }): OutboxItem;
  /** Pending items of one channel, oldest first. */
  pending(channel: string, limit?: number): OutboxItem[];
  markSent(id: number, at: number): void;
  /** A failed attempt: counted, and the next one due `waitMs` from now on the monotonic clock. */
  markRetry(id: number, waitMs: number, error: string): void;
  markExpired(id: number, at: number, error: string): void;
  /** The service refused this notice: set aside with its reason, never dropped. */
  markRejected(id: number, at: number, error: string): void;
  /** Puts an expired or rejected notice back at the end of its channel's queue, due now. */
  resend(id: number, at: number): OutboxItem;
  /** Items of any status, newest first: what `notify list` shows; the policy's journals only when `channel` names one. */
  list(query?: { channel?: string; status?: OutboxStatus; limit?: number }): OutboxItem[];
  /** Recently expired items, newest first, so the UI can show them; the policy's journals only when `channel` names one. */
  expired(channel?: string, limit?: number): OutboxItem[];
  counts(channel: string): Record<OutboxStatus, number>;
  /** Every channel id that has items, including channels no longer in the settings; never the policy's journals. */
  channels(): string[];
  /**
   * Deletes sent, expired and rejected items finished more than `keepMs` ago, measured against
   * store/age-clock.ts's guard (a wall clock stepped forward drops none early); pending ones stay.
   * Returns how many.
   */
  prune(keepMs: number): number;
  /** Persists at once (used before a first delivery attempt). */
  flushNow(): Promise<void>;
}
