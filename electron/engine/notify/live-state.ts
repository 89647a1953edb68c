/**
 * The monitor's current state, for channels that mirror it rather than tell about events
 * (MQTT's retained topics): the last known addresses and the connectivity. The notifier
 * refreshes it after every input it handles, from the engine's status and the policy's
 * outage view, so a channel never imports the engine.
 */
import { EventHub } from '../events';
import type { Logger } from '../logger';

export interface LiveState {
  v4: string | null;
  v6: string | null;
  /** null while unknown: before the first check, or during a blip shorter than `offlineAfterSec`. */
  connectivity: 'online' | 'offline' | null;
}

/** What the state is read from: the engine's status (EngineStatus fits). */
export interface LiveStatus {
  online: boolean | null;
  families: Record<'v4' | 'v6', { ip: string | null }>;
}

export const UNKNOWN_STATE: LiveState = { v4: null, v6: null, connectivity: null };

/**
 * The state a mirror should show. Connectivity follows the notices, not the raw checks: an
 * outage is "offline" once the policy reported it, and a shorter blip leaves the last value
 * standing (null), so the mirror and the `offline`/`online` notices never disagree.
 *
 *   outage reported | engine online | connectivity
 *   ----------------+---------------+-------------
 *   yes             | any           | offline
 *   no              | true          | online
 *   no              | false / null  | null (unknown: keep what is shown)
 */
export function liveState(status: LiveStatus, outageReported: boolean): LiveState {
  return {
    v4: status.families.v4.ip,
    v6: status.families.v6.ip,
    connectivity: outageReported ? 'offline' : status.online === true ? 'online' : null,
  };
}

const same = (a: LiveState, b: LiveState) => a.v4 === b.v4 && a.v6 === b.v6 && a.connectivity === b.connectivity;

/** The current state plus its changes; what a channel is given. */
export interface LiveStateFeed {
  current(): LiveState;
  /** Called with each new state; returns the unsubscribe function. */
  subscribe(listener: (state: LiveState) => void): () => void;
}

export interface LiveStateSource extends LiveStateFeed {
  /** Stores the state and tells the subscribers, when it differs from the current one. */
  set(state: LiveState): void;
}

export function createLiveState(logger: Logger): LiveStateSource {
  const hub = new EventHub<LiveState>(logger);
  let state = UNKNOWN_STATE;
  return {
    current: () => state,
    subscribe: (listener) => hub.on(listener),
    set(next) {
      if (same(state, next)) return;
      state = next;
      hub.emit(next);
    },
  };
}
