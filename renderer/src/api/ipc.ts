/**
 * The desktop window's adapter: the preload exposes the contract as `window.ipwatch`, one
 * function per method. Calls pass straight through; their outcome feeds the connection state.
 */
import type { ShellClient } from '../../../shared/contract/bridge';
import type { Connection } from './connection';
import { CLIENT_METHODS } from './methods';
import type { Client } from './types';

declare global {
  interface Window {
    /** The app's preload bridge (shared/contract/bridge.ts): the contract, navigation and the app-only operations. */
    ipwatch?: Partial<Client> & {
      version?: string;
      onNavigate?(listener: (route: string) => void): () => void;
      /** The app-only operations (api/shell.ts). */
      shell?: ShellClient;
    };
  }
}

/** True when this page runs in the app window with the contract bridge. */
export const hasBridge = (w: Window = window): boolean => typeof w.ipwatch?.getStatus === 'function';

export function createIpcClient(bridge: Partial<Client>, connection: Connection): Client {
  const wrap =
    (name: string, fn: (...a: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]): Promise<unknown> => {
      try {
        const out = await fn(...args);
        connection.set('connected');
        return out;
      } catch (err) {
        // Electron prefixes errors that crossed IPC; the engine being gone shows as no handler.
        if (/No handler registered|reply was never sent|destroyed/i.test(String(err))) connection.set('disconnected');
        throw err instanceof Error ? err : new Error(`${name}: ${String(err)}`);
      }
    };
  const missing = (name: string) => () => Promise.reject(new Error(`${name} is not available in this version`));
  const methods = Object.fromEntries(
    CLIENT_METHODS.map((m) => {
      const fn = bridge[m] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      return [m, fn ? wrap(m, fn) : missing(m)];
    }),
  );
  const subscribe = bridge.subscribe ?? (() => () => undefined);
  connection.set('connected');
  return { ...methods, subscribe } as unknown as Client;
}
