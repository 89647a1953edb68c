/**
 * The run-length core: one row per stretch of time an address held, not one per check.
 * The open run of each family lives in memory and a check only bumps its counters there;
 * the row is written when the run ends, before a save, and before a query. That keeps a
 * check at one-minute intervals down to a few property writes.
 *
 * Each run, change and outage takes the history's next number (sequence.ts) as it is written:
 * the open run is the newest by number, never by its wall stamp.
 */
import { addressKey } from '../../../shared/ip';
import type { ChangeEvent, Family } from '../../../shared/types';
import type { StoreContext } from './context';
import { fillBlocks, fillIdentities, reflagRuns, stampRun } from './identities';
import { nextSeq } from './sequence';
import { num, numOrNull, one, str } from './sqlite';
import type { CheckRecord, CurrentAddress, OutageRecord } from './types';

interface OpenRun {
  id: number;
  family: Family;
  ip: string;
  /** addressKey: the ip for IPv4, the /64 for IPv6. */
  key: string;
  firstSeen: number;
  lastSeen: number;
  checks: number;
  sources: string[];
  dirty: boolean;
}

/** A run remembers at most this many confirming sources; a list, not a log. */
const MAX_SOURCES = 16;

const prefixOf = (ip: string, family: Family) => (family === 6 ? addressKey(ip, 6) : null);

export class RunRecorder {
  private readonly open = new Map<Family, OpenRun>();

  constructor(private readonly ctx: StoreContext) {}

  /** Reads the open run of each family from the database (after open, import or restore). */
  reload(): void {
    // Runs kept before identities were, imported or restored: stamped before they are read.
    // Flags read from the lists are read again: the lists, and the networks never flagged, change.
    const { identify, db } = this.ctx;
    if (identify && fillIdentities(db, identify) + fillBlocks(db, identify) + reflagRuns(db, identify) > 0)
      this.ctx.dirty('event');
    this.open.clear();
    for (const family of [4, 6] as const) {
      const r = one(this.ctx.db, 'SELECT * FROM runs WHERE family = ? ORDER BY seq DESC LIMIT 1', [family]);
      if (!r) continue;
      const ip = str(r.ip);
      this.open.set(family, {
        id: num(r.id),
        family,
        ip,
        key: addressKey(ip, family),
        firstSeen: num(r.first_seen),
        lastSeen: num(r.last_seen),
        checks: num(r.checks),
        sources: str(r.sources).split(',').filter(Boolean),
        dirty: false,
      });
    }
  }

  current(family: Family): CurrentAddress | null {
    const run = this.open.get(family);
    return run ? { family, ip: run.ip, since: run.firstSeen, lastSeen: run.lastSeen } : null;
  }

  recordCheck(check: CheckRecord): void {
    if (check.ip === null) return;
    const run = this.open.get(check.family);
    if (!run) {
      // First address ever seen for this family, without a change event: start the history.
      this.startRun(check.family, check.ip, check.at, check.sources);
      this.ctx.dirty('event');
      return;
    }
    if (addressKey(check.ip, check.family) !== run.key) {
      // Only a confirmed change may open a run; the monitor sends one if this holds.
      this.ctx.logger.debug('check disagrees with the open run; waiting for a confirmed change', {
        family: check.family,
      });
      return;
    }
    // The check that confirmed a change may be recorded too: count it once.
    if (check.at === run.lastSeen && check.ip === run.ip) return;
    run.lastSeen = Math.max(run.lastSeen, check.at);
    run.checks += 1;
    // IPv6 runs are per /64: keep the newest interface id so current() shows the live address.
    run.ip = check.ip;
    for (const s of check.sources)
      if (!run.sources.includes(s) && run.sources.length < MAX_SOURCES) run.sources.push(s);
    run.dirty = true;
    this.ctx.dirty('counter');
  }

  recordChange(change: ChangeEvent): void {
    const { db } = this.ctx;
    db.run('INSERT OR IGNORE INTO changes (family, old, new, at, sources, trigger, seq) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      change.family,
      change.from,
      change.to,
      change.at,
      change.sources.join(','),
      change.trigger,
      nextSeq(db),
    ]);
    if (db.getRowsModified() === 0) return; // the same change twice (a replay): already stored
    this.writeOpenRun(change.family);
    this.startRun(change.family, change.to, change.at, change.sources);
    this.ctx.dirty('event');
  }

  /** An outage's start, or its end (the same start, now with an end): each takes its number once. */
  recordOutage(outage: OutageRecord): void {
    const { db } = this.ctx;
    const kept = one(db, 'SELECT end_seq FROM outages WHERE start_at = ?', [outage.start]);
    const endSeq = (start: number) => (outage.end === null ? null : (numOrNull(kept?.end_seq) ?? start));
    if (kept) {
      db.run('UPDATE outages SET end_at = ?, cause = ?, end_seq = ? WHERE start_at = ?', [
        outage.end,
        outage.cause,
        endSeq(nextSeq(db)),
        outage.start,
      ]);
    } else {
      // Opening it failed (or it is told whole): its start, then its end.
      const seq = nextSeq(db);
      db.run('INSERT INTO outages (start_at, end_at, cause, seq, end_seq) VALUES (?, ?, ?, ?, ?)', [
        outage.start,
        outage.end,
        outage.cause,
        seq,
        endSeq(seq + 1),
      ]);
    }
    this.ctx.dirty('event');
  }

  /** Writes the in-memory counters of open runs to their rows. */
  materialize(): void {
    for (const family of this.open.keys()) this.writeOpenRun(family);
  }

  private writeOpenRun(family: Family): void {
    const run = this.open.get(family);
    if (!run?.dirty) return;
    this.ctx.stmts.run('UPDATE runs SET ip = ?, last_seen = ?, checks = ?, sources = ? WHERE id = ?', [
      run.ip,
      run.lastSeen,
      run.checks,
      run.sources.join(','),
      run.id,
    ]);
    run.dirty = false;
  }

  private startRun(family: Family, ip: string, at: number, sources: string[]): void {
    const { db } = this.ctx;
    const list = sources.slice(0, MAX_SOURCES);
    db.run(
      `INSERT INTO runs (family, ip, prefix, first_seen, last_seen, checks, sources, seq) VALUES (?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (family, first_seen, ip) DO NOTHING`,
      [family, ip, prefixOf(ip, family), at, at, list.join(','), nextSeq(db)],
    );
    const id = num(one(db, 'SELECT id FROM runs WHERE family = ? AND first_seen = ? AND ip = ?', [family, at, ip])?.id);
    if (this.ctx.identify) stampRun(db, id, this.ctx.identify(ip));
    this.open.set(family, {
      id,
      family,
      ip,
      key: addressKey(ip, family),
      firstSeen: at,
      lastSeen: at,
      checks: 1,
      sources: list,
      dirty: false,
    });
  }
}
