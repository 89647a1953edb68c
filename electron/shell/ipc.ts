/**
 * IPC handlers, generated from the method lists of shared/contract/index.ts and
 * shared/contract/shell.ts (via shared/contract/bridge.ts): one channel per method. Each call is
 * accepted only from the app's own page (the sender frame's URL) and only with an input its
 * zod schema accepts; anything else is refused with a short error and logged. Engine
 * events go to the pages that subscribed.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';

import type { ApiEvent, ApiInput, ApiMethod, ApiOutput } from '../../shared/contract';
import {
  BRIDGED,
  EVENT_CHANNEL,
  ipcChannel,
  SUBSCRIBE_CHANNEL,
  UNSUBSCRIBE_CHANNEL,
} from '../../shared/contract/bridge';
import type { ShellInput, ShellMethod, ShellOutput } from '../../shared/contract/shell';
import { formatIssues } from '../../shared/settings/schema-common';
import type { Logger } from '../engine/logger';

/** What each contract method does in the app; the compiler insists on one per method. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
export type ShellHandlers = { [M in ShellMethod]: (input: ShellInput<M>) => Promise<ShellOutput<M>> };

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler' | 'on' | 'removeListener'>;
  api: ApiHandlers;
  shell: ShellHandlers;
  /** True for the app's own page (windows.ts isAppUrl). */
  isAppUrl(url: string): boolean;
  /** The live events the window subscribes to: the engine's and the fleet's `sites` word. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  logger: Logger;
}

/** Refused calls reject with this; its message is all the page learns. */
export class IpcRefused extends Error {}

const senderUrl = (e: IpcMainEvent | IpcMainInvokeEvent): string | null => {
  // senderFrame is null once the frame navigated away or was destroyed.
  try {
    return e.senderFrame?.url ?? null;
  } catch {
    return null;
  }
};

export function setupIpc(deps: IpcDeps): () => void {
  const { logger } = deps;
  const channels: string[] = [];
  const trusted = (e: IpcMainEvent | IpcMainInvokeEvent) => {
    const url = senderUrl(e);
    return url !== null && deps.isAppUrl(url);
  };

  for (const m of BRIDGED) {
    const channel = ipcChannel(m.scope, m.name);
    const impl = (m.scope === 'api' ? deps.api : deps.shell) as Record<string, (input: unknown) => Promise<unknown>>;
    const fn = impl[m.name];
    if (!fn) throw new Error(`no handler for ${m.scope} method ${m.name}`);
    deps.ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!trusted(event)) {
        logger.warn('refused a call from a foreign frame', { method: m.name, url: senderUrl(event) });
        throw new IpcRefused(`${m.name}: refused`);
      }
      const parsed = m.input.safeParse(raw);
      if (!parsed.success) {
        const errors = formatIssues(parsed.error, 'input');
        logger.warn('refused a call with a bad input', { method: m.name, errors });
        throw new IpcRefused(`${m.name}: invalid input: ${errors.join('; ')}`);
      }
      return fn(parsed.data);
    });
    channels.push(channel);
  }

  const subscribers = new Set<WebContents>();
  const subscribe = (event: IpcMainEvent) => {
    if (!trusted(event)) {
      logger.warn('refused an event subscription from a foreign frame', { url: senderUrl(event) });
      return;
    }
    const wc = event.sender;
    if (subscribers.has(wc)) return;
    subscribers.add(wc);
    wc.once('destroyed', () => subscribers.delete(wc));
  };
  const unsubscribe = (event: IpcMainEvent) => void subscribers.delete(event.sender);
  deps.ipcMain.on(SUBSCRIBE_CHANNEL, subscribe);
  deps.ipcMain.on(UNSUBSCRIBE_CHANNEL, unsubscribe);
  const off = deps.onEvent((event) => {
    for (const wc of subscribers) if (!wc.isDestroyed()) wc.send(EVENT_CHANNEL, event);
  });

  return () => {
    off();
    for (const c of channels) deps.ipcMain.removeHandler(c);
    deps.ipcMain.removeListener(SUBSCRIBE_CHANNEL, subscribe);
    deps.ipcMain.removeListener(UNSUBSCRIBE_CHANNEL, unsubscribe);
    subscribers.clear();
  };
}
