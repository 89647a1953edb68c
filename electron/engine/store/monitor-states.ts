/**
 * Service monitors' changes of state (issue 42): one row per change, as addresses are kept (a
 * run per address, not a row per check). The latest row written of each monitor (by id: the order
 * written, never its stamp, which a clock set back moves) is where the runner
 * starts after a restart, so a service already known down is not announced down again.
 * The table is migration 12's (migrations.ts).
 */
import type { MonitorChange, MonitorState } from '../../../shared/contract/monitors';
import type { StoreCore } from './core';
import type { HistoryStore } from './history-types';
import { reasonColumn, reasonFromColumn } from './reason-column';
import { all, num, numOrNull, type Row, str, strOrNull } from './sqlite';

export type { MonitorChange };

const toChange = (r: Row): MonitorChange => ({
  monitor: str(r.monitor),
  at: num(r.at),
  state: str(r.state) as MonitorState,
  why: strOrNull(r.why),
  latencyMs: numOrNull(r.latency_ms),
  afterChange: num(r.after_change) === 1,
  ...reasonOf(r),
});

/** The why's code (migration 17), when kept with the change and this version reads it. */
function reasonOf(r: Row): Pick<MonitorChange, 'reason'> {
  const code = r.why === null ? undefined : reasonFromColumn(strOrNull(r.reason_code));
  return code ? { reason: code } : {};
}

export type MonitorStateCalls = Pick<HistoryStore, 'recordMonitorState' | 'monitorStates' | 'lastMonitorStates'>;

export function monitorStateCalls(core: StoreCore): MonitorStateCalls {
  return {
    recordMonitorState: core.guard((c: MonitorChange) => {
      core.db.run(
        'INSERT INTO monitor_states (monitor, at, state, why, latency_ms, after_change, reason_code) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          c.monitor,
          c.at,
          c.state,
          c.why,
          c.latencyMs,
          c.afterChange ? 1 : 0,
          c.why === null ? null : reasonColumn(c.reason),
        ],
      );
      core.ctx.dirty('event');
    }),
    monitorStates: core.reading((query: { monitor?: string; limit?: number } = {}) => {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? 100), 1), 1000);
      const rows = query.monitor
        ? all(core.db, 'SELECT * FROM monitor_states WHERE monitor = ? ORDER BY id DESC LIMIT ?', [
            query.monitor,
            limit,
          ])
        : all(core.db, 'SELECT * FROM monitor_states ORDER BY id DESC LIMIT ?', [limit]);
      return rows.map(toChange);
    }),
    lastMonitorStates: core.reading(() =>
      all(
        core.db,
        'SELECT s.* FROM monitor_states s WHERE s.id = (SELECT id FROM monitor_states t WHERE t.monitor = s.monitor ORDER BY id DESC LIMIT 1)',
      ).map(toChange),
    ),
  };
}
