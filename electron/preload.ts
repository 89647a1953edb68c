/**
 * Preload: the renderer's only door to the main process. It exposes exactly the shared
 * contract (shared/contract/bridge.ts): one function per operation, generated from the method list,
 * each invoking its own channel, so no generic invoke(channel) reaches the page. Inputs are
 * validated again in main (electron/shell/ipc.ts); nothing here is trusted.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import { version } from '../package.json';
import type { ApiEvent } from '../shared/contract';
import {
  BRIDGED,
  type Bridge,
  EVENT_CHANNEL,
  ipcChannel,
  NAVIGATE_CHANNEL,
  SUBSCRIBE_CHANNEL,
  UNSUBSCRIBE_CHANNEL,
} from '../shared/contract/bridge';

/** One function per method: `(input?) => ipcRenderer.invoke('ipwatch:<scope>:<method>', input)`. */
function methods(scope: 'api' | 'shell'): Record<string, (input?: unknown) => Promise<unknown>> {
  return Object.fromEntries(
    BRIDGED.filter((m) => m.scope === scope).map((m) => {
      const channel = ipcChannel(scope, m.name);
      return [m.name, (input?: unknown) => ipcRenderer.invoke(channel, input)];
    }),
  );
}

/** Adds a listener to a channel main sends on; the page never sees the IPC event object. */
function listen<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_e: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

export function createBridge(): Bridge {
  let subscribers = 0;
  return {
    ...(methods('api') as unknown as Omit<Bridge, 'shell' | 'version' | 'subscribe' | 'onNavigate'>),
    shell: methods('shell') as unknown as Bridge['shell'],
    version,
    subscribe(listener: (event: ApiEvent) => void) {
      if (subscribers++ === 0) ipcRenderer.send(SUBSCRIBE_CHANNEL);
      const off = listen(EVENT_CHANNEL, listener);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        off();
        if (--subscribers === 0) ipcRenderer.send(UNSUBSCRIBE_CHANNEL);
      };
    },
    onNavigate: (listener) => listen(NAVIGATE_CHANNEL, listener),
  };
}

contextBridge.exposeInMainWorld('ipwatch', Object.freeze(createBridge()));
