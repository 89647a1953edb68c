/**
 * The engine as the pages see it: the contract client, the connection state, the live event
 * log, and the HTTP-only extras (sign-in, download URLs) when in a browser.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useSyncExternalStore } from 'react';

import type { Connection, ConnectionState } from './connection';
import type { EventLog } from './event-log';
import type { HttpClient } from './http';
import type { ApiEvent, Client } from './types';

export interface Engine {
  client: Client;
  connection: Connection;
  events: EventLog;
  /** Present in a browser: sign-in and download URLs. */
  http: HttpClient | null;
}

const EngineContext = createContext<Engine | null>(null);

export function EngineProvider({ engine, children }: { engine: Engine; children: ReactNode }) {
  return <EngineContext.Provider value={engine}>{children}</EngineContext.Provider>;
}

export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine outside <EngineProvider>');
  return engine;
}

export function useConnectionState(): ConnectionState {
  const { connection } = useEngine();
  return useSyncExternalStore(connection.subscribe, connection.get);
}

export function useEventLog(): EventLog {
  const { events } = useEngine();
  useSyncExternalStore(events.subscribe, events.version);
  return events;
}

/** Which cached answers an event makes stale. */
const STALE: Record<string, string[][]> = {
  // A check contacts its sources: the Connections page's counts move (Connections.tsx).
  check: [['status'], ['insight'], ['egress']],
  // A change or a delivery may hold or release a notice of the alert policy (held-notices.tsx).
  change: [['status'], ['history'], ['stats'], ['insight'], ['forecast'], ['held']],
  offline: [['status'], ['insight']],
  online: [['status'], ['stats'], ['insight']],
  'source-health': [['status']],
  cgnat: [['status']],
  nat: [['status']],
  monitoring: [['status']],
  deliveries: [['status'], ['channels'], ['held'], ['egress']],
};

/**
 * The answers an event makes stale. The fleet's `sites` word marks the sites list and each site it
 * names (all of them when it names none), the status for its counts, and the alert policy's held
 * notices (a site's loss or change held): the Sites page reads again on it alone, however long the
 * page stays open.
 */
export function staleKeys(event: ApiEvent): string[][] {
  if (event.type !== 'sites') return STALE[event.type] ?? [['status']];
  const opened = event.sites === null ? [['site']] : event.sites.map((name) => ['site', name]);
  return [['status'], ['sites'], ['held'], ...opened];
}

/** Feeds engine events into the log and the query cache; refetches everything after a reconnect. */
export function LiveUpdates() {
  const { client, events, connection } = useEngine();
  const queries = useQueryClient();
  const signedOut = useConnectionState() === 'signed-out';
  useEffect(() => {
    if (signedOut) return;
    return client.subscribe((event) => {
      events.add(event);
      for (const key of staleKeys(event)) void queries.invalidateQueries({ queryKey: key });
    });
  }, [client, events, queries, signedOut]);
  useEffect(() => {
    let was = connection.get();
    return connection.subscribe(() => {
      const now = connection.get();
      if (now === 'connected' && (was === 'disconnected' || was === 'signed-out')) void queries.invalidateQueries();
      was = now;
    });
  }, [connection, queries]);
  return null;
}
