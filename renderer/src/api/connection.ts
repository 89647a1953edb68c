/**
 * Whether the renderer can reach the engine. The adapters report every call's outcome and the
 * event stream's state here; the banner and the sign-in gate read it (useSyncExternalStore).
 */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'signed-out';

export interface Connection {
  get(): ConnectionState;
  set(state: ConnectionState): void;
  subscribe(listener: () => void): () => void;
}

export function createConnection(initial: ConnectionState = 'connecting'): Connection {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
