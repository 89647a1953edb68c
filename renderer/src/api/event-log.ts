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

/**
 * Live events the Activity page holds beside the history's (which it reads again after a
 * reconnect): a few hours of 10 s checks for both families, a few hundred KB, however long the
 * tab stays open. The oldest leave first.
 */
export const LIVE_EVENTS_KEPT = 200;
/** Latencies per source for a sparkline: its 30 points. */
export const LATENCY_SAMPLES = 30;
/**
 * Sources whose latencies are kept: more than the built-in and custom sources one setup has, so a
 * tab open across many settings changes forgets the longest-unseen source instead of growing.
 */
export const LATENCY_SOURCES_KEPT = 64;

export function createEventLog(keep = LIVE_EVENTS_KEPT, samples = LATENCY_SAMPLES): EventLog {
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
          lat.delete(a.sourceId); // last in the map's order: the most recently seen
          lat.set(a.sourceId, s);
          if (lat.size > LATENCY_SOURCES_KEPT) lat.delete(lat.keys().next().value!);
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
