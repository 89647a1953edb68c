/**
 * The speed tests kept in the history (table speed_tests, migration 13): one row per test,
 * failed ones too (with why, and its code since migration 17), read back newest first for the chart and the API.
 */
import type { SpeedTestResult, SpeedTestsQuery } from '../../../shared/contract/speed';
import type { StoreCore } from './core';
import { reasonColumn, reasonFromColumn } from './reason-column';
import { all, num, numOrNull, type Row, strOrNull } from './sqlite';

export type NewSpeedTest = Omit<SpeedTestResult, 'id'>;

export interface SpeedTestStore {
  /** Keeps one test; answers it with its id. */
  recordSpeedTest(test: NewSpeedTest): SpeedTestResult;
  /** Tests started in [from, to], newest first (limit 1..1000, default 200). */
  speedTests(query?: SpeedTestsQuery): SpeedTestResult[];
}

const COLUMNS =
  'at, trigger, server, family, down_mbps, up_mbps, latency_ms, jitter_ms, bytes, duration_ms, cut, error, error_code';

function toResult(r: Row): SpeedTestResult {
  return {
    id: num(r.id),
    at: num(r.at),
    trigger: r.trigger === 'schedule' ? 'schedule' : 'manual',
    server: String(r.server),
    family: num(r.family) === 6 ? 6 : 4,
    downloadMbps: numOrNull(r.down_mbps),
    uploadMbps: numOrNull(r.up_mbps),
    latencyMs: numOrNull(r.latency_ms),
    jitterMs: numOrNull(r.jitter_ms),
    bytes: num(r.bytes),
    durationMs: num(r.duration_ms),
    cut: r.cut === 'bytes' || r.cut === 'time' ? r.cut : null,
    error: strOrNull(r.error),
    ...reasonOf(r),
  };
}

/** The error's code (migration 17), when kept with the test and this version reads it. */
function reasonOf(r: Row): Pick<SpeedTestResult, 'reason'> {
  const code = r.error === null ? undefined : reasonFromColumn(strOrNull(r.error_code));
  return code ? { reason: code } : {};
}

export function speedTestCalls(core: StoreCore): SpeedTestStore {
  return {
    recordSpeedTest: core.guard((t: NewSpeedTest): SpeedTestResult => {
      const { db } = core.ctx;
      db.run(`INSERT INTO speed_tests (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        t.at,
        t.trigger,
        t.server,
        t.family,
        t.downloadMbps,
        t.uploadMbps,
        t.latencyMs,
        t.jitterMs,
        t.bytes,
        t.durationMs,
        t.cut,
        t.error,
        t.error === null ? null : reasonColumn(t.reason),
      ]);
      const id = num(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
      core.ctx.dirty('event');
      return { id, ...t };
    }),
    speedTests: core.reading((q: SpeedTestsQuery = {}): SpeedTestResult[] => {
      const limit = Math.min(1000, Math.max(1, Math.trunc(Number(q.limit ?? 200))));
      const rows = all(
        core.ctx.db,
        `SELECT id, ${COLUMNS} FROM speed_tests WHERE at >= ? AND at <= ? ORDER BY at DESC, id DESC LIMIT ?`,
        [Number(q.from ?? 0), Number(q.to ?? Number.MAX_SAFE_INTEGER), limit],
      );
      return rows.map(toResult);
    }),
  };
}
