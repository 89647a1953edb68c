/**
 * What the monitor writes to and resumes from. The in-memory store implements it until
 * the sql.js history store lands; both are synchronous because sql.js works in memory and
 * persists on its own debounced schedule.
 */
import type { ChangeEvent, Family, Trigger } from '../../../shared/types';

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
  /** Persists anything pending; resolves when it is on disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
