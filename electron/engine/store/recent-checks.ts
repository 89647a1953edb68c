/**
 * The last checks of each family (time and result), for the dashboard's strip of recent
 * checks. Runs keep no single check, so these are kept apart: the newest RECENT_CHECKS per
 * family in memory, written as one packed row per family (table recent_checks) when counters
 * are (before a save, the counters' journal or a query). A check costs an array push; the
 * table stays two small rows whatever the history's age.
 *
 * Packing: varints (varint.ts), the first check's time then each next one's delay, each
 * shifted left three bits to carry the result's code.
 *
 * A check of a family with no source sends no request: it is kept as `no-source`, not as
 * `unavailable` (no source answered), so the strip does not show it as a failure. Rows written
 * before that code existed keep `unavailable` for both.
 */
import type { Family } from '../../../shared/types';
import { checkMark, type CheckMark } from '../../../shared/words/health-no-source';
import type { StoreContext } from './context';
import { all, num } from './sqlite';
import type { CheckRecord } from './types';
import { pushVarint, varintReader } from './varint';

/** Checks kept per family: more than a strip shows at any width. */
export const RECENT_CHECKS = 100;

/** A check's result on the strip: the monitor's, or `no-source` when no request was sent for want of a source. */
export type RecentResult = CheckMark;

export interface RecentCheck {
  at: number;
  result: RecentResult;
}

/** Each result's code in the file: stored on disk, so a code is never reused or changed. */
const CODE: Record<RecentResult, number> = {
  unchanged: 0,
  confirmed: 1,
  changed: 2,
  uncertain: 3,
  unavailable: 4,
  disabled: 5,
  'no-source': 6,
};
const RESULT_OF = new Map(Object.entries(CODE).map(([result, code]) => [code, result as RecentResult]));
/** Codes take the low three bits. */
const CODE_BITS = 8;

/** The checks, in time order, as one blob. Pure. */
export function encodeChecks(checks: readonly RecentCheck[]): Uint8Array {
  const out: number[] = [];
  let last = 0;
  for (const c of [...checks].sort((a, b) => a.at - b.at)) {
    const code = CODE[c.result];
    if (code === undefined) throw new RangeError(`unknown check result: ${String(c.result)}`);
    pushVarint(out, (c.at - last) * CODE_BITS + code, 'check time');
    last = c.at;
  }
  return Uint8Array.from(out);
}

/** The checks of a blob from encodeChecks(); a damaged blob is an error that says so. Pure. */
export function decodeChecks(bytes: Uint8Array): RecentCheck[] {
  const { next, done } = varintReader(bytes, 'recent checks');
  const out: RecentCheck[] = [];
  let at = 0;
  while (!done()) {
    const v = next();
    const result = RESULT_OF.get(v % CODE_BITS);
    if (!result) throw new Error('damaged recent checks: an unknown result');
    at += Math.floor(v / CODE_BITS);
    out.push({ at, result });
  }
  return out;
}

/** A check's result as the store knows it: the monitor's word, or what its address says; no request, no source. */
function resultOf(c: CheckRecord): RecentResult {
  return checkMark(c.result ?? (c.ip === null ? 'unavailable' : 'unchanged'), c.requests);
}

export class RecentChecks {
  private readonly lists = new Map<Family, RecentCheck[]>();
  private readonly dirty = new Set<Family>();

  constructor(private readonly ctx: StoreContext) {}

  /** Reads the rows (after open, import or restore); a damaged row is logged and starts over. */
  reload(): void {
    this.lists.clear();
    this.dirty.clear();
    for (const r of all(this.ctx.db, 'SELECT family, checks FROM recent_checks')) {
      const family = num(r.family) === 6 ? 6 : 4;
      try {
        if (!(r.checks instanceof Uint8Array)) throw new Error('damaged recent checks: not a blob');
        this.lists.set(family, decodeChecks(r.checks).slice(-RECENT_CHECKS));
      } catch (err) {
        this.ctx.logger.warn('recent checks unreadable; the strip starts over', { family, error: String(err) });
      }
    }
  }

  record(check: CheckRecord): void {
    let list = this.lists.get(check.family);
    if (!list) this.lists.set(check.family, (list = []));
    list.push({ at: check.at, result: resultOf(check) });
    if (list.length > RECENT_CHECKS) list.splice(0, list.length - RECENT_CHECKS);
    this.dirty.add(check.family);
    this.ctx.dirty('counter');
  }

  /** The newest `limit` checks of a family, oldest first. */
  list(family: Family, limit = RECENT_CHECKS): RecentCheck[] {
    const list = this.lists.get(family) ?? [];
    return list.slice(Math.max(0, list.length - limit));
  }

  materialize(): void {
    for (const family of this.dirty) {
      this.ctx.stmts.run(
        `INSERT INTO recent_checks (family, checks) VALUES (?, ?)
         ON CONFLICT (family) DO UPDATE SET checks = excluded.checks`,
        [family, encodeChecks(this.lists.get(family) ?? [])],
      );
    }
    this.dirty.clear();
  }
}
