/**
 * When to save. sql.js rewrites the whole file on each save, so saves are batched:
 * an event (change, outage, outbox, audit) is on disk within `eventMs`, a counter
 * (a check extending a run, a source attempt) within `counterMs`. The deadline is set
 * by the first unsaved write and never pushed back, so a steady stream of writes
 * cannot starve the save.
 *
 * Acknowledgement: every write bumps `revision`. A save snapshots the database
 * synchronously together with the revision it contains, and `onSaved` reports that
 * revision once the bytes are durable: everything written up to it survives a crash.
 */
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';

export type DirtyKind = 'event' | 'counter';

export interface SaveInfo {
  /** Every write up to this revision is on disk. */
  revision: number;
  at: number;
  bytes: number;
  durationMs: number;
}

export interface SaverDeps {
  clock: Clock;
  logger: Logger;
  eventMs: number;
  counterMs: number;
  /** Synchronous: must capture the database state without yielding. */
  snapshot(): Uint8Array;
  persist(bytes: Uint8Array): Promise<void>;
}

/** After a failed save, the next try comes this much later (the disk may be full or gone). */
const RETRY_MS = 5_000;

export class Saver {
  revision = 0;
  savedRevision = 0;
  last: SaveInfo | null = null;
  lastError: string | null = null;
  private timer: Timer | null = null;
  private due = Infinity;
  private inflight: Promise<void> | null = null;
  private readonly listeners = new Set<(info: SaveInfo) => void>();
  private stopped = false;

  constructor(private readonly deps: SaverDeps) {}

  markDirty(kind: DirtyKind): void {
    this.revision += 1;
    this.schedule(kind === 'event' ? this.deps.eventMs : this.deps.counterMs);
  }

  onSaved(listener: (info: SaveInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves now if anything is unsaved; rejects if the save fails. */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inflight) await this.inflight.catch(() => undefined);
    if (this.savedRevision === this.revision) return;
    const run = this.save();
    this.inflight = run;
    try {
      await run;
    } finally {
      this.inflight = null;
    }
  }

  /** No more timers; a final flush is the caller's job. */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    const due = this.deps.clock.now() + ms;
    if (this.timer && this.due <= due) return;
    this.cancelTimer();
    this.due = due;
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.due = Infinity;
      this.flush().catch(() => this.schedule(RETRY_MS));
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.due = Infinity;
  }

  private async save(): Promise<void> {
    const started = performance.now();
    const revision = this.revision;
    let bytes: Uint8Array;
    try {
      bytes = this.deps.snapshot();
      await this.deps.persist(bytes);
    } catch (err) {
      this.lastError = err instanceof Error ? err.message : String(err);
      this.deps.logger.error('history save failed', { error: this.lastError });
      throw err;
    }
    this.lastError = null;
    this.savedRevision = Math.max(this.savedRevision, revision);
    const info: SaveInfo = {
      revision,
      at: this.deps.clock.now(),
      bytes: bytes.length,
      durationMs: performance.now() - started,
    };
    this.last = info;
    for (const l of this.listeners) {
      // A listener's failure is its own: the save itself succeeded.
      try {
        l(info);
      } catch (err) {
        this.deps.logger.warn('onSaved listener failed', { error: String(err) });
      }
    }
  }
}
