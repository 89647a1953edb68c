/**
 * The runtime's side of ../services.ts: what the API and the bot may ask of this instance,
 * over the engine, the notifier, the store and the history importer. Nothing here decides
 * anything; each call is passed on, with outbox items described and masked on the way out.
 */
import { newestEvents, type RecentEvent } from '../../../shared/contract/events';
import type { Settings } from '../../../shared/settings';
import type { Clock } from '../clock';
import { ImportError, importHistoryFile, MAX_IMPORT_BYTES } from '../history-import';
import type { Engine } from '../ip-monitor/engine';
import type { NetClients } from '../net/types';
import type { Notifier } from '../notify';
import { heldNotices } from '../notify/held-words';
import { renderMessage } from '../notify/message';
import { describeItem } from '../notify/outbox-view';
import { policyConfig } from '../notify/policy';
import type { Redactor } from '../secrets/redact';
import type { HistoryService, MonitorService, Services } from '../services';
import { BUILTIN_SOURCES } from '../sources';
import { probeSource } from '../sources/probe';
import { customToSpec } from '../sources/registry';
import type { HistoryStore } from '../store';

export interface ServiceParts {
  engine: Engine;
  notifier: Notifier;
  store: HistoryStore;
  net: NetClients;
  status: MonitorService['status'];
  /** The fleet part's `sites` word (features.ts onSites). */
  onSites: NonNullable<MonitorService['onSites']>;
  redactor: Pick<Redactor, 'deep'>;
  clock: Clock;
  version: string;
  /** The feature parts' methods (features.ts). */
  features: Services['features'];
}

export function createServices(p: ServiceParts): Services {
  return {
    monitor: monitorService(p),
    history: historyService(p.store, p.redactor, p.clock),
    renderNotice: renderMessage,
    features: p.features,
  };
}

function monitorService(p: ServiceParts): MonitorService {
  // When the newest check ended (its event), on the monotonic clock: the age GET /healthz says.
  let lastCheckMono: number | null = null;
  p.engine.on((e) => {
    if (e.type === 'check') lastCheckMono = p.clock.monotonic();
  });
  return {
    status: p.status,
    on: (listener) => p.engine.on(listener),
    onSites: (listener) => p.onSites(listener),
    lastCheckAgeMs: () => (lastCheckMono === null ? null : Math.max(0, p.clock.monotonic() - lastCheckMono)),
    checkNow: () => p.engine.checkNow('manual'),
    pause: () => p.engine.pause(),
    resume: () => p.engine.resume(),
    testChannel: (target) => p.notifier.test(target),
    async testSource(input, settings: Settings) {
      const spec =
        'source' in input
          ? customToSpec(input.source)
          : (settings.sources.custom.map(customToSpec).find((s) => s.id === input.sourceId) ??
            BUILTIN_SOURCES.find((s) => s.id === input.sourceId));
      if (!spec) return null;
      return probeSource(spec, {
        net: p.net,
        timeoutMs: settings.monitor.timeoutMs,
        userAgent: `IPWatch/${p.version}`,
        now: () => p.clock.now(),
      });
    },
  };
}

/** Outbox items as recent events: when each was sent, expired or set aside, or queued while pending. */
/** The last notices, newest first by the time each was sent, expired, set aside or queued (they carry no sequence). */
const noticeEvents = (store: HistoryStore, limit: number): RecentEvent[] =>
  store
    .list({ limit })
    .map((item): RecentEvent => {
      const i = describeItem(item);
      const { channel, kind, status, lastError: error } = i;
      return { type: 'notice', at: i.doneAt ?? i.createdAt, channel, kind, status, error };
    })
    .sort((a, b) => b.at - a.at);

function historyService(store: HistoryStore, redactor: Pick<Redactor, 'deep'>, clock: Clock): HistoryService {
  return {
    history: (query) => store.history(query),
    stats: (query) => store.stats(query),
    insight: (query) => store.insight(query),
    recentEvents: ({ limit }) => ({
      at: clock.now(),
      items: newestEvents([store.recentEvents(limit), redactor.deep(noticeEvents(store, limit))], limit),
    }),
    audit: (entry) => store.audit(entry),
    auditRedetail: (id, detail, repeated) => store.auditRedetail(id, detail, repeated),
    auditLog: (query) => store.auditLog(query),
    auditTotal: () => store.auditTotal(),
    outbox: (query) => redactor.deep(store.list(query).map(describeItem)),
    held: (notifications) => redactor.deep(heldNotices(store, policyConfig(notifications))),
    exportTo: (out, format) => store.exportTo(out, format),
    backupTo: (file) => store.backupTo(file),
    restoreFrom: (file) => store.restoreFrom(file),
    importFile: (file, format, options) => importHistoryFile(store, file, format, options),
    // A value out of range in the file (a RangeError from a date or a number) is its fault too.
    isFileError: (err): err is Error => err instanceof ImportError || err instanceof RangeError,
    maxImportBytes: MAX_IMPORT_BYTES,
  };
}
