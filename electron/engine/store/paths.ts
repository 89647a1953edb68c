/**
 * The paths kept in the history (table paths, migration 26): one row per trace, its hops as
 * JSON, read back newest first. Bounded: past MAX_PATHS rows the oldest go, so a path traced at
 * every change of a line that changes hourly still fits.
 */
import { PATH_TOOLS, type PathHop, type TracedPath } from '../../../shared/path';
import type { StoreCore } from './core';
import { all, num, type Row, str } from './sqlite';

export const MAX_PATHS = 500;

export interface StoredPath extends TracedPath {
  id: number;
}

export interface PathStore {
  /** Keeps one traced path (the oldest past MAX_PATHS go); answers it with its id. */
  recordPath(path: TracedPath): StoredPath;
  /** The newest `limit` paths (1..MAX_PATHS, default 20), newest first. */
  paths(limit?: number): StoredPath[];
}

function hopsOf(text: string): PathHop[] {
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return [];
    return list.flatMap((h: Partial<PathHop>) =>
      typeof h?.ttl === 'number'
        ? [
            {
              ttl: h.ttl,
              address: typeof h.address === 'string' ? h.address : null,
              rttMs: typeof h.rttMs === 'number' ? h.rttMs : null,
              asn: typeof h.asn === 'number' ? h.asn : null,
            },
          ]
        : [],
    );
  } catch {
    // A row that cannot be read is a path of no hops, not a failed read of the history.
    return [];
  }
}

function toPath(r: Row): StoredPath {
  const tool = str(r.tool);
  return {
    id: num(r.id),
    at: num(r.at),
    trigger: r.trigger === 'manual' ? 'manual' : 'change',
    tool: (PATH_TOOLS as readonly string[]).includes(tool) ? (tool as StoredPath['tool']) : 'traceroute',
    target: str(r.target),
    reached: num(r.reached) === 1,
    hops: hopsOf(str(r.hops)),
  };
}

export function pathCalls(core: StoreCore): PathStore {
  return {
    recordPath: core.guard((p: TracedPath): StoredPath => {
      const { db } = core.ctx;
      db.run('INSERT INTO paths (at, trigger, tool, target, reached, hops) VALUES (?, ?, ?, ?, ?, ?)', [
        p.at,
        p.trigger,
        p.tool,
        p.target,
        p.reached ? 1 : 0,
        JSON.stringify(p.hops),
      ]);
      const id = num(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
      db.run('DELETE FROM paths WHERE id <= ?', [id - MAX_PATHS]);
      core.ctx.dirty('event');
      return { id, ...p };
    }),
    paths: core.reading((limit: number = 20): StoredPath[] => {
      const n = Math.min(MAX_PATHS, Math.max(1, Math.trunc(Number(limit) || 20)));
      return all(core.ctx.db, 'SELECT * FROM paths ORDER BY id DESC LIMIT ?', [n]).map(toPath);
    }),
  };
}
