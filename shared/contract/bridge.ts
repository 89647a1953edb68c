/**
 * What the preload exposes as `window.ipwatch`: the shared contract (shared/contract/index.ts)
 * plus the app-only operations (shared/contract/shell.ts), one function per method, and the
 * engine's events. Channel names are derived here so preload and main cannot disagree. Pure.
 */
import { API_METHODS, type ApiClient, api } from '.';
import { SHELL_METHODS, type ShellInput, type ShellMethod, type ShellOutput, shellApi } from './shell';

export type ShellClient = {
  [M in ShellMethod]: (...args: ShellInput<M> extends undefined ? [] : [ShellInput<M>]) => Promise<ShellOutput<M>>;
};

/** `window.ipwatch` in the app. */
export type Bridge = ApiClient & {
  shell: ShellClient;
  version: string;
  /** Pages main asks for (tray menu, a notification's click), e.g. `history?change=4-1700000000000`. */
  onNavigate(listener: (route: string) => void): () => void;
};

/** Every bridged method with its input schema: the contract's and the shell's. */
export const BRIDGED = [
  ...API_METHODS.map((name) => ({ name, scope: 'api' as const, input: api[name].input })),
  ...SHELL_METHODS.map((name) => ({ name, scope: 'shell' as const, input: shellApi[name].input })),
];

export const ipcChannel = (scope: 'api' | 'shell', method: string): string => `ipwatch:${scope}:${method}`;
/** The renderer asks for events on this channel; main answers with EVENT_CHANNEL messages. */
export const SUBSCRIBE_CHANNEL = 'ipwatch:subscribe';
export const UNSUBSCRIBE_CHANNEL = 'ipwatch:unsubscribe';
export const EVENT_CHANNEL = 'ipwatch:event';
/** Main asks the renderer to show a page (tray menu, notification click): a route string. */
export const NAVIGATE_CHANNEL = 'ipwatch:navigate';
