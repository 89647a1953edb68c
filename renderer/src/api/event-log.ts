/**
 * What the page remembers of the live event stream: the latest events (Activity page) and each
 * source's recent latencies (the dashboard's sparklines). Held in memory for this page only.
 */
import type { ApiEvent } from './types';

export interface LoggedEvent {
  seq: number;
  event: ApiEvent;
}

export interface EventLog {
  add(event: ApiEvent): void;
  events(): readonly LoggedEvent[];
  latencies(sourceId: string): readonly number[];
  /** Bumped on every add: the snapshot for useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
}

export function createEventLog(keep = 200, samples = 30): EventLog {
  let seq = 0;
  let list: LoggedEvent[] = [];
  const lat = new Map<string, number[]>();
  const listeners = new Set<() => void>();
  return {
    add(event) {
      seq += 1;
      list = [{ seq, event }, ...list].slice(0, keep);
      if (event.type === 'check') {
        for (const a of event.attempts) {
          if (!a.ok) continue;
          const s = [...(lat.get(a.sourceId) ?? []), a.latencyMs].slice(-samples);
          lat.set(a.sourceId, s);
        }
      }
      for (const l of [...listeners]) l();
    },
    events: () => list,
    latencies: (id) => lat.get(id) ?? [],
    version: () => seq,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
