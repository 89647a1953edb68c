/**
 * A MonitorStore that keeps the current run per family in memory only. For callers that
 * want no history on disk (`--no-history`); the sql.js history store is the default.
 */
import type { ChangeEvent, Family } from '../../../shared/types';
import type { CheckRecord, CurrentAddress, MonitorStore } from './types';

export function createMemoryStore(): MonitorStore {
  const current = new Map<Family, CurrentAddress>();
  return {
    current: (family) => current.get(family) ?? null,
    recordCheck(check: CheckRecord) {
      const run = current.get(check.family);
      if (run && check.ip !== null) current.set(check.family, { ...run, ip: check.ip, lastSeen: check.at });
    },
    recordChange(change: ChangeEvent) {
      current.set(change.family, { family: change.family, ip: change.to, since: change.at, lastSeen: change.at });
    },
    recordOutage: () => undefined,
    recordSourceAttempt: () => undefined,
    flush: async () => undefined,
    close: async () => undefined,
  };
}
