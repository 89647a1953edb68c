import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../../../electron/engine/logger';
import { CLOSE_BOUND_MS } from '../../../electron/shell/unsaved';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  lockSession,
  rendererUrl,
  setupWindows,
  type WindowsHandle,
} from '../../../electron/shell/windows';
import { type Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translators';

const APP = 'ipwatch://app/index.html';
const logger = createLogger('test', { level: 'error', sink: () => undefined });
type FakeContents = InstanceType<typeof BrowserWindow>['webContents'] & {
  emit(event: string, ...args: unknown[]): boolean;
  windowOpenHandler: (d: { url: string }) => { action: string };
};
type FakeSession = typeof session.defaultSession & {
  permissionRequestHandler: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
  permissionCheckHandler: () => boolean;
  headersListener: (details: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
};

let handle: WindowsHandle | null = null;
let language: Language = 'en';
let stored: { x: number; y: number; width: number; height: number } | null = null;
const open = (packaged = false) => {
  (app as { isPackaged: boolean }).isPackaged = packaged;
  handle = setupWindows({
    app,
    session: session.defaultSession,
    appUrl: APP,
    preload: '/opt/IPWatch/resources/app.asar/out/preload/index.cjs',
    logger,
    bounds: { get: () => stored, set: (b) => (stored = b) },
    words: () => translator(language),
  });
  return handle.open('dashboard');
};

beforeEach(() => {
  vi.clearAllMocks();
  stored = null;
  language = 'en';
});
afterEach(() => {
  handle?.dispose();
  handle = null;
  (app as { isPackaged: boolean }).isPackaged = false;
});

describe('isAppUrl', () => {
  it.each([
    [APP, true],
    [`${APP}#/history?change=4-1`, true],
    ['ipwatch://app/assets/index.js', true],
    ['ipwatch://other/index.html', false],
    ['evil://app/index.html', false],
    ['file:///opt/IPWatch/resources/app.asar/out/renderer/index.html', false],
    ['https://evil.example/', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s -> %s', (url, ok) => expect(isAppUrl(url, APP)).toBe(ok));

  it('for a file: page, only that very file', () => {
    const page = 'file:///app/out/renderer/index.html';
    expect(isAppUrl(`${page}#/x`, page)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/other.html', page)).toBe(false);
  });

  it('compares origins for the dev server', () => {
    expect(isAppUrl('http://localhost:5173/#/settings', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('uses the app scheme, or the dev server in development', () => {
    expect(rendererUrl({}, APP, false)).toBe(APP);
    expect(rendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, APP, false)).toBe('http://localhost:5173/');
    expect(rendererUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, APP, false)).toBe('http://127.0.0.1:5173/');
  });

  it('never reads the development switch in a packaged app', () => {
    expect(rendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, APP, true)).toBe(APP);
    expect(rendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, APP, true)).toBe(APP);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'file:///tmp/x.html',
    'http://localhost.evil.example/',
    'nonsense',
  ])('takes no dev server but one on loopback over http (%s)', (url) =>
    expect(rendererUrl({ ELECTRON_RENDERER_URL: url }, APP, false)).toBe(APP),
  );
});

describe('the window', () => {
  it('is isolated, sandboxed, without Node, webviews or insecure content; devtools only in development', () => {
    const win = open();
    const prefs = (win as unknown as { options: { webPreferences: Record<string, unknown> } }).options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: true,
    });
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(vi.mocked(win.loadURL)).toHaveBeenCalledWith(`${APP}#/dashboard`);
    handle!.dispose();

    const packaged = open(true);
    expect(
      (packaged as unknown as { options: { webPreferences: { devTools: boolean } } }).options.webPreferences.devTools,
    ).toBe(false);
    const wc = packaged.webContents as FakeContents;
    wc.emit('devtools-opened');
    expect(wc.closeDevTools).toHaveBeenCalled();
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const wc = open().webContents as FakeContents;
    const event = () => ({ preventDefault: vi.fn() });
    const away = event();
    wc.emit('will-navigate', away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inApp = event();
    wc.emit('will-navigate', inApp, `${APP}#/history`);
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    wc.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    wc.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(wc.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('opens an https link in the system browser and nothing else', () => {
    const wc = open().webContents as FakeContents;
    const openExternal = vi.mocked(shell.openExternal);
    openExternal.mockClear();
    for (const url of ['https://db-ip.com', 'https://discord.com/oauth2/authorize?client_id=1'])
      expect(wc.windowOpenHandler({ url })).toEqual({ action: 'deny' });
    for (const url of [
      'http://db-ip.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ms-settings:',
      'https://u:p@x.org/',
    ])
      expect(wc.windowOpenHandler({ url })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual([
      'https://db-ip.com',
      'https://discord.com/oauth2/authorize?client_id=1',
    ]);
  });

  it('denies every permission and sends the strict CSP with every response', () => {
    open();
    const s = session.defaultSession as FakeSession;
    const answer = vi.fn();
    s.permissionRequestHandler({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(s.permissionCheckHandler()).toBe(false);
    const done = vi.fn();
    s.headersListener({ responseHeaders: { 'X-A': ['1'] } }, done);
    expect(done).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('leaves the dev server’s responses without the header, so hot reload works (the page keeps its own CSP)', () => {
    const s = session.defaultSession as FakeSession;
    s.headersListener = null as never;
    lockSession(session.defaultSession, logger, false);
    expect(s.headersListener).toBeNull();
    expect(vi.mocked(s.setPermissionCheckHandler)).toHaveBeenCalled();
  });

  it('is one window: opening again navigates it; closing keeps its bounds for next time', () => {
    const win = open();
    expect(handle!.open('history?change=4-17')).toBe(win);
    expect(win.webContents.send).toHaveBeenCalledWith('ipwatch:navigate', 'history?change=4-17');
    expect(win.show).toHaveBeenCalled();
    win.setBounds({ x: 10, y: 20, width: 700, height: 500 });
    win.emit('close');
    win.destroy();
    expect(handle!.current()).toBeNull();
    expect(stored).toEqual({ x: 10, y: 20, width: 700, height: 500 });
    const again = handle!.open('settings');
    expect(again).not.toBe(win);
    expect((again as unknown as { options: Record<string, unknown> }).options).toMatchObject({
      x: 10,
      y: 20,
      width: 700,
      height: 500,
    });
  });
});

describe('closing the window with unsaved work in it (issue 75)', () => {
  const refusing = () => {
    const win = open();
    (win.webContents as unknown as { refusesUnload: boolean }).refusesUnload = true;
    return win;
  };
  const asked = () =>
    vi.mocked(dialog.showMessageBoxSync).mock.calls.map((c) => (c as unknown[])[1] as Electron.MessageBoxSyncOptions);

  it('asks with a native dialog in the app’s language; Stay here keeps the window', async () => {
    language = 'de';
    const win = refusing();
    vi.mocked(dialog.showMessageBoxSync).mockReturnValueOnce(1);
    expect(await handle!.close()).toBe(false);
    expect(win.isDestroyed()).toBe(false);
    expect(handle!.current()).toBe(win);
    const de = translator('de');
    expect(asked()).toEqual([
      expect.objectContaining({
        message: de.t('settings.leave.title'),
        detail: de.t('settings.leave.body'),
        buttons: [de.t('settings.leave.discard'), de.t('settings.leave.stay')],
        cancelId: 1,
      }),
    ]);
    expect(asked()[0]!.message).toBe('Einstellungen verlassen, ohne zu speichern?');
  });

  it('Discard and leave lets the close go on; a page without unsaved work closes without a question', async () => {
    const win = refusing();
    vi.mocked(dialog.showMessageBoxSync).mockReturnValueOnce(0);
    const closing = handle!.close();
    // At once, on the answer: not by the bound.
    expect(win.isDestroyed()).toBe(true);
    expect(await closing).toBe(true);
    expect(handle!.current()).toBeNull();
    const plain = open();
    vi.mocked(dialog.showMessageBoxSync).mockClear();
    expect(await handle!.close()).toBe(true);
    expect(plain.isDestroyed()).toBe(true);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    // No window at all: nothing to ask.
    expect(await handle!.close()).toBe(true);
  });

  it('a page that never lets go (hung) is closed after the bound, so a quit never waits for ever', async () => {
    vi.useFakeTimers();
    try {
      const win = open();
      vi.mocked(win.close).mockImplementation(() => undefined);
      let closed: boolean | undefined;
      void handle!.close().then((c) => (closed = c));
      await vi.advanceTimersByTimeAsync(CLOSE_BOUND_MS - 1);
      expect(win.isDestroyed()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(win.isDestroyed()).toBe(true);
      expect(closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the window closed by hand asks too (Electron would refuse it without a word)', () => {
    const win = refusing();
    vi.mocked(dialog.showMessageBoxSync).mockReturnValueOnce(1);
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(asked()).toHaveLength(1);
  });
});
