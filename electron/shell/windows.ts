/**
 * The app's one window (dashboard, settings, history, first run are pages of it), locked
 * down per Electron's security checklist: no Node, isolated and sandboxed renderer, strict
 * CSP, no navigation, no new windows (an https link opens in the system browser), no webviews, every permission denied, devtools only
 * in development. Closing it only hides the app in the tray; it is rebuilt on demand. With unsaved
 * work in it, closing asks first (unsaved.ts).
 */
import {
  type App,
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  shell,
  type WebContents,
} from 'electron';

import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';
import { NAVIGATE_CHANNEL } from '../../shared/contract/bridge';
import type { Translator } from '../../shared/i18n/translator';
import type { Logger } from '../engine/logger';
import { askOnUnload, closeAsking } from './unsaved';

/** The renderer gets no Node and no Electron: only what the preload exposes through contextBridge. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/** Sent as a response header too (the page's <meta> holds the same policy), so dev-server pages get it. */
export { CONTENT_SECURITY_POLICY };

/**
 * Where the renderer is: electron-vite's dev server in `npm run dev`, else the app scheme
 * (app-protocol.ts). The variable is a development switch: a packaged app never reads it (one
 * variable would otherwise load any page with the whole IPC bridge), and even in development only
 * a dev server on this machine's loopback is taken.
 */
export function rendererUrl(env: NodeJS.ProcessEnv, appSchemeUrl: string, packaged: boolean): string {
  const dev = env['ELECTRON_RENDERER_URL'];
  if (packaged || !dev || !URL.canParse(dev)) return appSchemeUrl;
  const url = new URL(dev);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback ? url.href : appSchemeUrl;
}

/**
 * True when `url` is the app's own page (any route of it): same scheme and host (the app
 * scheme, the dev server), or the same file for a file: URL. Everything else (another
 * file, a remote page, about:blank) is foreign. Compared by parts: Node gives custom
 * schemes the opaque origin "null", which would match any of them.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let u: URL;
  let a: URL;
  try {
    u = new URL(url);
    a = new URL(appUrl);
  } catch {
    return false;
  }
  if (a.protocol === 'file:') return u.protocol === 'file:' && u.host === a.host && u.pathname === a.pathname;
  return u.protocol === a.protocol && u.host === a.host && u.host !== '';
}

/** An address a link may open in the system browser: https with a host, nothing else. */
export function isExternalLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export type Bounds = { x: number; y: number; width: number; height: number };

export interface WindowsDeps {
  app: Pick<App, 'on' | 'off' | 'isPackaged'>;
  session: Session;
  appUrl: string;
  preload: string;
  logger: Logger;
  bounds: { get(): Bounds | null; set(b: Bounds): void };
  icon?: string;
  /** The app's language now, for the question on closing a page with unsaved work (unsaved.ts). */
  words: () => Translator;
}

export interface WindowsHandle {
  /** Shows the window at a page (e.g. `history?change=4-1700000000000`), creating it if needed. */
  open(route: string): BrowserWindow;
  current(): BrowserWindow | null;
  /** Closes the window, its page asking first when it holds unsaved work: false when the person stays. */
  close(): Promise<boolean>;
  dispose(): void;
}

/** Guards every webContents the app ever creates (windows, and any frame someone sneaks in). */
export function hardenContents(contents: WebContents, appUrl: string, packaged: boolean, logger: Logger): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      logger.warn('blocked navigation', { url });
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the page opens (DB-IP's credit, Discord's invite) goes to the system browser, never
    // into a window of the app's: only https, never file:, javascript: or a custom scheme.
    if (isExternalLink(url)) void shell.openExternal(url).catch(() => undefined);
    else logger.warn('blocked a new window', { url });
    return { action: 'deny' };
  });
  if (packaged) contents.on('devtools-opened', () => contents.closeDevTools());
}

/**
 * Denies every permission (camera, notifications for the page, geolocation...): the page needs
 * none. With `cspHeader`, every response also carries the strict CSP; not for the dev server,
 * whose hot reload needs the inline scripts electron.vite.config.ts allows in development.
 */
export function lockSession(session: Session, logger: Logger, cspHeader = true): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    logger.warn('denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  if (!cspHeader) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function setupWindows(deps: WindowsDeps): WindowsHandle {
  const packaged = deps.app.isPackaged;
  const onContents = (_e: unknown, contents: WebContents) =>
    hardenContents(contents, deps.appUrl, packaged, deps.logger);
  deps.app.on('web-contents-created', onContents);
  lockSession(deps.session, deps.logger, !/^https?:/.test(deps.appUrl));
  let win: BrowserWindow | null = null;
  // Who waits on a close (closeAsking) to hear that the person chose to stay.
  const stays = new Set<() => void>();

  const load = (w: BrowserWindow, route: string) => {
    const url = `${deps.appUrl.split('#')[0]}#/${route}`;
    w.loadURL(url).catch((err: unknown) => deps.logger.error('renderer failed to load', { error: String(err) }));
  };

  function create(route: string): BrowserWindow {
    const saved = deps.bounds.get();
    const w = new BrowserWindow({
      ...(saved ?? { width: 960, height: 680 }),
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'IPWatch',
      ...(deps.icon ? { icon: deps.icon } : {}),
      webPreferences: { ...secureWebPreferences, devTools: !packaged, preload: deps.preload },
    });
    w.once('ready-to-show', () => w.show());
    askOnUnload(w, deps.words, () => stays.forEach((stay) => stay()));
    w.on('close', () => deps.bounds.set(w.getBounds()));
    w.on('closed', () => {
      if (win === w) win = null;
    });
    load(w, route);
    return w;
  }

  return {
    open(route) {
      if (!win || win.isDestroyed()) {
        win = create(route);
        return win;
      }
      win.webContents.send(NAVIGATE_CHANNEL, route);
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
      return win;
    },
    current: () => (win && !win.isDestroyed() ? win : null),
    close: () => (win && !win.isDestroyed() ? closeAsking(win, stays) : Promise.resolve(true)),
    dispose() {
      deps.app.off('web-contents-created', onContents);
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
