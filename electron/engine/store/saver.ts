/**
 * When to save. sql.js rewrites the whole file on each save, so saves are batched:
 * an event (change, outage, outbox, audit) is on disk within `eventMs`, a counter
 * (a check extending a run, a source attempt) within `counterMs`. The deadline is set
 * by the first unsaved write and never pushed back, so a steady stream of writes
 * cannot starve the save.
 *
 * With a journal (counter-journal.ts), a counter's save is a journal write instead of a full
 * save while no event is waiting and the last full save is younger than `fullEveryMs`.
 *
 * Every duration here (the deadline, the full save's age, a save's own length) is on the monotonic
 * clock: a wall clock stepped forward or back neither hurries nor holds back a save. `at` only stamps.
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
  /** The whole file, or the counters' journal beside it. */
  kind: 'full' | 'counters';
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
  /** Full saves see these: a journal's rows are the writes since the last full save. */
  saveStarted?(): void;
  saveEnded?(ok: boolean): void;
  /** Writes the counters' journal and resolves with its size, or null when a full save must do; absent: every save is full. */
  journal?(): Promise<number | null>;
  /** With a journal: how long counters may go without a full save (default an hour). */
  fullEveryMs?: number;
}

/** After a failed save, the next try comes this much later (the disk may be full or gone). */
const RETRY_MS = 5_000;

export class Saver {
  revision = 0;
  savedRevision = 0;
  last: SaveInfo | null = null;
  lastError: string | null = null;
  private timer: Timer | null = null;
  /** When the timer's save is due, on the monotonic clock. */
  private due = Infinity;
  private inflight: Promise<void> | null = null;
  private readonly listeners = new Set<(info: SaveInfo) => void>();
  private stopped = false;
  /** An event was written since the last full save began: the next save must be full. */
  private eventPending = false;
  /** The monotonic reading at the last full save (or the start). */
  private lastFullAt: number;
  /** The revision the file itself holds (the journal may hold more). */
  private fileRevision = 0;

  constructor(private readonly deps: SaverDeps) {
    this.lastFullAt = deps.clock.monotonic();
  }

  markDirty(kind: DirtyKind): void {
    this.revision += 1;
    if (kind === 'event') this.eventPending = true;
    this.schedule(kind === 'event' ? this.deps.eventMs : this.deps.counterMs);
  }

  onSaved(listener: (info: SaveInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the whole file now if anything is unsaved; rejects if the save fails. */
  flush(): Promise<void> {
    return this.run(false);
  }

  /** `due`: the timer's save, which may be a journal write; else a full save of what the file lacks. */
  private async run(due: boolean): Promise<void> {
    this.cancelTimer();
    while (this.inflight) await this.inflight.catch(() => undefined);
    if ((due ? this.savedRevision : this.fileRevision) === this.revision) return;
    const journal =
      due &&
      this.deps.journal !== undefined &&
      !this.eventPending &&
      this.deps.clock.monotonic() - this.lastFullAt < (this.deps.fullEveryMs ?? 3_600_000);
    const run = journal ? this.writeJournal() : this.save();
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
    const due = this.deps.clock.monotonic() + ms;
    if (this.timer && this.due <= due) return;
    this.cancelTimer();
    this.due = due;
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.due = Infinity;
      this.run(true).catch(() => this.schedule(RETRY_MS));
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    this.due = Infinity;
  }

  private async save(): Promise<void> {
    const started = this.deps.clock.monotonic();
    const revision = this.revision;
    let bytes: Uint8Array;
    this.eventPending = false;
    try {
      bytes = this.deps.snapshot();
      this.deps.saveStarted?.();
      await this.deps.persist(bytes);
    } catch (err) {
      this.deps.saveEnded?.(false);
      this.eventPending = true;
      this.failed(err, 'history save failed');
      throw err;
    }
    this.deps.saveEnded?.(true);
    this.lastFullAt = this.deps.clock.monotonic();
    this.fileRevision = Math.max(this.fileRevision, revision);
    this.saved({ revision, kind: 'full', bytes: bytes.length, started });
  }

  private async writeJournal(): Promise<void> {
    const started = this.deps.clock.monotonic();
    const revision = this.revision;
    let bytes: number | null;
    try {
      bytes = await this.deps.journal!();
    } catch (err) {
      this.failed(err, 'saving the counters failed');
      throw err;
    }
    if (bytes === null) return this.save();
    this.saved({ revision, kind: 'counters', bytes, started });
  }

  private failed(err: unknown, what: string): void {
    this.lastError = err instanceof Error ? err.message : String(err);
    this.deps.logger.error(what, { error: this.lastError });
  }

  private saved(o: { revision: number; kind: SaveInfo['kind']; bytes: number; started: number }): void {
    this.lastError = null;
    this.savedRevision = Math.max(this.savedRevision, o.revision);
    const info: SaveInfo = {
      revision: o.revision,
      kind: o.kind,
      at: this.deps.clock.now(),
      bytes: o.bytes,
      durationMs: Math.round(this.deps.clock.monotonic() - o.started),
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
