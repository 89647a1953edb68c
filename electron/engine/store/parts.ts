/**
 * The HistoryStore's calls over one open history (core.ts), grouped as its users see them:
 * what the monitor records, the notification outbox, the queries, the files (export, import,
 * backup, restore) and the store's own status. Each call passes the core's guards first.
 */
import { intersectSpans } from '../../../shared/spans';
import { writeFileAtomic } from './atomic-file';
import { countAudit, readAudit, redetailAudit, writeAudit } from './audit';
import { recordClockStep } from './clock-steps';
import type { StoreCore } from './core';
import { exportHistory } from './export';
import { queryHistory } from './history-query';
import type { CurrentState, HistoryStore } from './history-types';
import { restampAddress } from './identities';
import { importRows } from './import-rows';
import { queryInsight } from './insight-query';
import { createOutbox } from './outbox';
import { queryRecentEvents } from './recent-events';
import { numberImported } from './sequence';
import { openSessionStart } from './sessions';
import { num, one, transaction } from './sqlite';
import { queryStats } from './stats-query';
import type { MonitorStore, OutboxStore } from './types';
import { watchedSpans } from './uptime';

export function monitorCalls(
  core: StoreCore,
): MonitorStore & Pick<HistoryStore, 'close' | 'restampIdentity' | 'recordClockStep'> {
  const { runs, sessions, sourceStats, saver } = core;
  return {
    current: (family) => runs.current(family),
    recordCheck: core.guard((check) => {
      runs.recordCheck(check);
      core.recentChecks.record(check);
    }),
    recordChange: core.guard((change) => runs.recordChange(change)),
    recordOutage: core.guard((outage) => runs.recordOutage(outage)),
    recordSourceAttempt: core.guard((attempt) => sourceStats.record(attempt)),
    startSession: core.guard((at) => void sessions.start(at)),
    alive: core.guard((at) => sessions.alive(at)),
    endSession: core.guard((at) => sessions.end(at)),
    recordClockStep: core.guard((step) => transaction(core.db, () => recordClockStep(core.ctx, sessions, step))),
    flush: () => saver.flush(),
    restampIdentity: core.guard((ip: string) => {
      const identify = core.ctx.identify;
      if (identify && restampAddress(core.db, ip, identify(ip)) > 0) core.ctx.dirty('event');
    }),
    async close() {
      if (core.closed) return;
      if (!core.readOnly) await saver.flush();
      saver.stop();
      core.closed = true;
      core.db.close();
    },
  };
}

export function outboxCalls(core: StoreCore): OutboxStore {
  const outbox = createOutbox(core.ctx);
  return {
    enqueue: core.guard(outbox.enqueue),
    pending: core.reading(outbox.pending),
    markSent: core.guard(outbox.markSent),
    markRetry: core.guard(outbox.markRetry),
    markExpired: core.guard(outbox.markExpired),
    markRejected: core.guard(outbox.markRejected),
    resend: core.guard(outbox.resend),
    list: core.reading(outbox.list),
    expired: core.reading(outbox.expired),
    counts: core.reading(outbox.counts),
    channels: core.reading(outbox.channels),
    prune: core.guard(outbox.prune),
    flushNow: () => core.saver.flush(),
  };
}

type QueryCalls = Pick<
  HistoryStore,
  | 'history'
  | 'stats'
  | 'insight'
  | 'monitored'
  | 'recentEvents'
  | 'currentState'
  | 'audit'
  | 'auditRedetail'
  | 'auditLog'
  | 'auditTotal'
>;

export function queryCalls(core: StoreCore): QueryCalls {
  const { ctx, runs } = core;
  return {
    history: (query) => core.read(() => queryHistory(core.db, query)),
    stats: (query, opts) =>
      core.read(() =>
        queryStats(
          core.db,
          core.clock.now(),
          query,
          core.sessions.liveStart ?? (opts?.runnerLive ? openSessionStart(core.db) : null),
        ),
      ),
    insight: (query) =>
      core.read(() => queryInsight(core.db, core.clock.now(), core.recentChecks, query, core.sessions.liveStart)),
    monitored: (from, to) =>
      core.read(() => {
        const now = core.clock.now();
        // wall-clock: the sessions' stamps are wall times; the running one reaches now, not a wait
        const end = Math.min(to, now);
        const { monitored } = watchedSpans(core.db, from, end, now, core.sessions.liveStart);
        return intersectSpans(monitored, [[from, end]]);
      }),
    recentEvents: (limit) => core.read(() => queryRecentEvents(core.db, core.recentChecks, limit)),
    currentState: () =>
      core.read((): CurrentState => {
        const o = one(core.db, 'SELECT * FROM outages WHERE end_at IS NULL ORDER BY seq DESC LIMIT 1');
        return {
          v4: runs.current(4),
          v6: runs.current(6),
          outage: o ? { start: num(o.start_at), end: null, cause: String(o.cause) } : null,
        };
      }),
    audit: core.guard((entry) => writeAudit(ctx, entry, core.auditBounds, core.auditAge)),
    auditRedetail: core.guard((id, detail, repeated) => redetailAudit(ctx, id, detail, repeated)),
    auditLog: (query) => core.read(() => readAudit(ctx, query)),
    auditTotal: () => core.read(() => countAudit(ctx)),
  };
}

type FileCalls = Pick<HistoryStore, 'exportTo' | 'beginImport' | 'backupTo' | 'restoreFrom'>;

export function fileCalls(core: StoreCore): FileCalls {
  return {
    async exportTo(out, format) {
      core.read(() => undefined);
      return exportHistory(() => (core.open(), core.db), out, format, core.clock.now());
    },
    beginImport(file) {
      core.writable();
      return {
        apply(merge) {
          core.writable();
          core.materialize();
          // The rows it added are numbered in the history's sequence in the same transaction.
          const result = transaction(core.db, () => {
            const merged = merge(importRows(core.db));
            numberImported(core.db);
            return merged;
          });
          core.runs.reload();
          core.saver.markDirty('event');
          core.logger.info('history imported', { file, ...result });
          return result;
        },
      };
    },
    async backupTo(file) {
      core.open();
      const bytes = core.fileBytes();
      await writeFileAtomic(file, bytes);
      return { bytes: bytes.length };
    },
    async restoreFrom(file) {
      core.writable();
      const incoming = await core.disk.readBackup(file);
      const keptAs = await core.disk.keepBeforeRestore(core.fileBytes());
      await core.replace(incoming);
      core.logger.info('history restored', { file, keptAs });
      return { keptAs };
    },
  };
}

export function statusCalls(core: StoreCore): Pick<HistoryStore, 'status' | 'revision' | 'onSaved'> {
  const { disk, saver } = core;
  return {
    status: () => ({
      path: disk.path,
      bytes: disk.bytes,
      lastSaveAt: saver.last?.at ?? null,
      lastSaveMs: saver.last ? Math.round(saver.last.durationMs * 100) / 100 : null,
      lastError: saver.lastError,
      revision: saver.revision,
      savedRevision: saver.savedRevision,
      schemaVersion: core.closed ? 0 : core.version,
      encrypted: core.key !== null,
      ...(core.recovered ? { recovered: core.recovered } : {}),
    }),
    revision: () => saver.revision,
    onSaved: (listener) => saver.onSaved(listener),
  };
}
