/**
 * How an import's runs join the history of one family, decided without touching the store.
 * An import never makes the history say something that did not happen:
 * - time the stored history gives to another address is taken out of an incoming run (the
 *   stored record wins: IPWatch's own monitoring, or an earlier import);
 * - a stored run opened by a recorded change keeps its start: before it, the address was not
 *   yet there;
 * - what is left joins the stored runs of the same address that it overlaps or touches, so a
 *   run that grew in the file grows in the history, and a second import changes nothing.
 * Changes are kept only where the merged history shows them: a run of the new address starting
 * at that moment, after a run of the old one.
 */
import { addressKey } from '../../../shared/ip';
import type { Family } from '../../../shared/types';
import type { ChangeIn, RunIn, StoredRun } from '../store';
import { searchStart, type Span, SpanIndex, subtractSpans } from './spans';

export interface RunPlan {
  inserts: RunIn[];
  updates: StoredRun[];
  /** Stored runs that became part of an earlier run of the same address. */
  deletes: number[];
  added: number;
  grown: number;
  skipped: number;
  /** Incoming runs wholly, or partly (`trimmed`), contradicted by the stored history. */
  setAside: number;
  trimmed: number;
  /** The family's runs after the merge, by start: what changes are checked against. */
  timeline: { key: string; firstSeen: number }[];
}

const MAX_SOURCES = 16;

interface Work extends Omit<StoredRun, 'id'> {
  /** null: a run this import adds. */
  id: number | null;
  key: string;
  dirty: boolean;
  gone: boolean;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].slice(0, MAX_SOURCES);

export function planRuns(family: Family, stored: StoredRun[], incoming: RunIn[]): RunPlan {
  const keyOf = (ip: string) => addressKey(ip, family);
  const runs: Work[] = stored.map((s) => ({
    ...s,
    key: keyOf(s.ip),
    dirty: false,
    gone: false,
  }));
  const plan: RunPlan = {
    inserts: [],
    updates: [],
    deletes: [],
    added: 0,
    grown: 0,
    skipped: 0,
    setAside: 0,
    trimmed: 0,
    timeline: [],
  };
  const index = new SpanIndex<Work>();
  for (const x of runs) index.add(x);
  const gaps = lockedGaps(index.items);
  const blockersFor = (key: string, [from, to]: Span): Span[] => [
    ...index
      .overlapping(from, to)
      .filter((x) => x.key !== key)
      .map((x): Span => [x.firstSeen, x.lastSeen]),
    ...(gaps.get(key) ?? []).filter(([a, b]) => a <= to && b >= from),
  ];

  for (const r of [...incoming].sort((a, b) => a.firstSeen - b.firstSeen)) {
    const key = keyOf(r.ip);
    const pieces = subtractSpans([r.firstSeen, r.lastSeen], blockersFor(key, [r.firstSeen, r.lastSeen]));
    if (!pieces.length) {
      plan.setAside += 1;
      continue;
    }
    const kept = pieces.reduce((n, [a, b]) => n + b - a, 0);
    if (kept < r.lastSeen - r.firstSeen) plan.trimmed += 1;
    let outcome: 'added' | 'grown' | 'skipped' = 'skipped';
    for (const [first, last] of pieces) {
      const same = index.overlapping(first, last).filter((x) => x.key === key);
      const target = same[0];
      if (!target) {
        const run: Work = {
          id: null,
          ip: r.ip,
          key,
          firstSeen: first,
          lastSeen: last,
          checks: r.checks,
          sources: r.sources.slice(0, MAX_SOURCES),
          locked: false,
          dirty: true,
          gone: false,
        };
        runs.push(run);
        index.add(run);
        outcome = 'added';
        continue;
      }
      const firstSeen = Math.min(first, target.firstSeen);
      const lastSeen = Math.max(last, ...same.map((x) => x.lastSeen));
      if (firstSeen === target.firstSeen && lastSeen === target.lastSeen && same.length === 1) continue;
      // The same run again (a re-import of a grown file) brings its earlier sightings once more;
      // a run that starts elsewhere was seen apart, and its checks add up.
      target.checks = target.firstSeen === r.firstSeen ? Math.max(target.checks, r.checks) : target.checks + r.checks;
      for (const x of same.slice(1)) {
        target.checks += x.checks;
        target.sources = union(target.sources, x.sources);
        x.gone = true;
        index.remove(x);
      }
      index.update(target, firstSeen, lastSeen);
      Object.assign(target, { sources: union(target.sources, r.sources), dirty: true });
      if (outcome === 'skipped') outcome = 'grown';
    }
    plan[outcome] += 1;
  }

  collect(plan, family, runs, index.items);
  return plan;
}

/**
 * Before a run that a stored change opened, back to the end of the run before it, its address
 * was not there: the stored change says when it came. These spans, per address.
 */
function lockedGaps(sorted: Work[]): Map<string, Span[]> {
  const gaps = new Map<string, Span[]>();
  let endBefore = -Infinity;
  for (let i = 0; i < sorted.length;) {
    const start = (sorted[i] as Work).firstSeen;
    const j = searchStart(sorted, start);
    const group = sorted.slice(i, j);
    for (const l of group) if (l.locked) gaps.set(l.key, [...(gaps.get(l.key) ?? []), [endBefore, start]]);
    endBefore = Math.max(endBefore, ...group.map((x) => x.lastSeen));
    i = j;
  }
  return gaps;
}

/** The rows the merge writes, from the runs as they ended up (`merged`: by start). */
function collect(plan: RunPlan, family: Family, runs: Work[], merged: Work[]): void {
  for (const x of runs) if (x.gone && x.id !== null) plan.deletes.push(x.id);
  for (const x of merged) {
    plan.timeline.push({ key: x.key, firstSeen: x.firstSeen });
    if (!x.dirty) continue;
    const { id, ip, firstSeen, lastSeen, checks, sources, locked } = x;
    if (id === null) plan.inserts.push({ family, ip, firstSeen, lastSeen, checks, sources });
    else plan.updates.push({ id, ip, firstSeen, lastSeen, checks, sources, locked });
  }
}

/**
 * Whether an incoming change agrees with the merged history: a run of `to` starts at `at`,
 * and the run before it is of `from` (or there is none for a first address).
 */
export function changeFits(c: ChangeIn, timeline: RunPlan['timeline']): boolean {
  const keyOf = (ip: string) => addressKey(ip, c.family);
  const at = searchStart(timeline, c.at, true);
  const starts = timeline.slice(at, searchStart(timeline, c.at));
  if (!starts.some((x) => x.key === keyOf(c.to))) return false;
  const before = timeline[at - 1];
  return c.from === null ? before === undefined : before?.key === keyOf(c.from);
}
