/**
 * Reading other programs' times. The seed bot writes `datetime.now().isoformat()`: the bot
 * machine's wall clock with no zone. Each of its database rows also has `created_at`, SQLite's
 * CURRENT_TIMESTAMP (UTC) taken at the same moment, so `created_at - timestamp` is that row's
 * UTC offset, right across clock changes. Rows the bot copied in bulk (its JSON-to-SQLite
 * migration) carry the copy's time instead; those, and the older JSON file, are read as wall
 * clock time in a zone: the user's `--tz`, else this machine's.
 */
import { zoneOffset } from '../../../shared/time-zone';
import { ImportError } from './batch';

export { zoneOffset };

const MIN = 60_000;
const QUARTER = 15 * MIN;
/** Real UTC offsets run from -12:00 to +14:00. */
const MIN_OFFSET = -12 * 60 * MIN;
const MAX_OFFSET = 14 * 60 * MIN;
/**
 * created_at is whole seconds and truncated, and the INSERT may wait for a lock (sqlite3's
 * default busy timeout is 5 s): a row whose difference is further than this from a quarter
 * hour was not written by the bot's live path.
 */
const SLACK_BEFORE = 2_000;
const SLACK_AFTER = 60_000;

/** Which rule gave a row its UTC time. */
export type TimeRule = 'createdAt' | 'zone' | 'inText';

export interface TimeReport {
  /** Rows whose UTC offset came from their own created_at (seed bot database). */
  fromCreatedAt: number;
  /** Zone-less rows read as wall-clock time in `zone`. */
  inZone: number;
  /** Rows whose time carried its own offset, or was a number of seconds since the epoch. */
  withOffset: number;
  zone: string;
  /** `option`: the user's --tz; `machine`: the importing machine's zone. */
  zoneFrom: 'option' | 'machine';
}

export interface ZoneChoice {
  zone: string;
  from: 'option' | 'machine';
}

/** The user's zone after checking that this runtime knows it, else the machine's. */
export function chooseZone(tz: string | undefined): ZoneChoice {
  if (tz === undefined) return { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, from: 'machine' };
  try {
    return { zone: new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone, from: 'option' };
  } catch {
    throw new ImportError(`unknown time zone: ${JSON.stringify(tz)} (use an IANA name such as Europe/Stockholm)`);
  }
}

/**
 * The UTC instant of a wall-clock time in a zone. A time the clock showed twice (the autumn
 * change) resolves to the first reading at or after `notBefore` (rows are written in order),
 * else the earlier one; a time the clock skipped (spring) is moved forward by the gap, as
 * Python and Temporal do.
 */
export function wallToUtc(wall: number, zone: string, notBefore = -Infinity): number {
  const offsets = new Set([zoneOffset(zone, wall - 86_400_000), zoneOffset(zone, wall + 86_400_000)]);
  const valid = [...offsets]
    .map((o) => wall - o)
    .filter((t) => zoneOffset(zone, t) === wall - t)
    .sort((a, b) => a - b);
  if (!valid.length) return wall - zoneOffset(zone, wall - 86_400_000);
  return valid.find((t) => t >= notBefore) ?? (valid[0] as number);
}

/** A parsed text time: either an instant, or a wall-clock time (ms as if it were UTC). */
export type ParsedTime = { kind: 'instant'; at: number } | { kind: 'wall'; wall: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Seconds or ms since the epoch, or an ISO 8601 / SQLite date text with or without a zone. */
export function parseTime(v: unknown): ParsedTime | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return null;
    return { kind: 'instant', at: v < 1e11 ? Math.round(v * 1000) : Math.round(v) };
  }
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return parseTime(Number(t));
  const m = ISO.exec(t);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const wall = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, '0').slice(0, 3)),
  );
  if (!Number.isFinite(wall) || new Date(wall).getUTCDate() !== Number(d)) return null;
  if (!zone) return { kind: 'wall', wall };
  if (/^z$/i.test(zone)) return { kind: 'instant', at: wall };
  const z = /([+-])(\d{2}):?(\d{2})/.exec(zone);
  const offset = z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * MIN : 0;
  return { kind: 'instant', at: wall - offset };
}

/**
 * The UTC offset that created_at (UTC) implies for a zone-less timestamp written at the same
 * moment, or null when the two were not written together.
 */
export function offsetFromCreatedAt(wall: number, createdAtUtc: number): number | null {
  const diff = wall - createdAtUtc;
  const offset = Math.round(diff / QUARTER) * QUARTER;
  if (offset < MIN_OFFSET || offset > MAX_OFFSET) return null;
  const lag = offset - diff; // how long after the timestamp created_at was taken
  return lag >= -SLACK_BEFORE && lag <= SLACK_AFTER ? offset : null;
}

export interface TimedRow {
  id: string;
  time: unknown;
  /** created_at, when the row has one. */
  createdAt?: unknown;
}

/**
 * UTC times for rows in the order they were written, with the rule each one used. A created_at
 * shared by rows with different timestamps marks a bulk copy, which says nothing of the offset.
 */
export function resolveTimes(rows: TimedRow[], zone: ZoneChoice): { at: number[]; report: TimeReport } {
  const report: TimeReport = { fromCreatedAt: 0, inZone: 0, withOffset: 0, zone: zone.zone, zoneFrom: zone.from };
  const created = rows.map((r) => (r.createdAt == null ? null : parseTime(r.createdAt)));
  // created_at is SQLite's CURRENT_TIMESTAMP: UTC written without a zone.
  const firstTimeOf = new Map<number, unknown>();
  const bulk = new Set<number>();
  const utc = created.map((c) => (c === null ? null : c.kind === 'wall' ? c.wall : c.at));
  utc.forEach((c, i) => {
    if (c === null) return;
    const seen = firstTimeOf.get(c);
    if (seen === undefined) firstTimeOf.set(c, rows[i]?.time);
    else if (seen !== rows[i]?.time) bulk.add(c);
  });
  let previous = -Infinity;
  const at = rows.map((row, i) => {
    const parsed = parseTime(row.time);
    if (parsed === null) throw new ImportError(`row ${row.id}: unreadable time ${JSON.stringify(row.time)}`);
    let t: number;
    if (parsed.kind === 'instant') {
      report.withOffset += 1;
      t = parsed.at;
    } else {
      const c = utc[i];
      const offset = c != null && !bulk.has(c) ? offsetFromCreatedAt(parsed.wall, c) : null;
      if (offset !== null) {
        report.fromCreatedAt += 1;
        t = parsed.wall - offset;
      } else {
        report.inZone += 1;
        t = wallToUtc(parsed.wall, zone.zone, previous);
      }
    }
    if (t < 0) throw new ImportError(`row ${row.id}: time before 1970: ${JSON.stringify(row.time)}`);
    previous = t;
    return t;
  });
  return { at, report };
}
