/**
 * Electron entry. For now it opens one locked-down window on the renderer placeholder;
 * the engine and the tray shell are wired in here by later issues.
 */
import { fileURLToPath } from 'node:url';

import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

import { createLogger } from './engine/logger';

const log = createLogger('App.Main');

/** The renderer gets no Node and no Electron: only what the preload exposes through contextBridge. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 900,
    height: 640,
    show: false,
    title: 'IPWatch',
    webPreferences: {
      ...secureWebPreferences,
      // A sandboxed preload must be CommonJS, hence .cjs (see electron.vite.config.ts).
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    },
  });
  win.once('ready-to-show', () => win.show());
  // No pop-ups and no navigation away from the app's own page.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());

  // electron-vite sets ELECTRON_RENDERER_URL while `npm run dev` serves the renderer.
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  const loaded = devUrl
    ? win.loadURL(devUrl)
    : win.loadFile(fileURLToPath(new URL('../renderer/index.html', import.meta.url)));
  loaded.catch((err: unknown) => log.error('renderer failed to load', { error: String(err) }));
  return win;
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app
  .whenReady()
  .then(() => {
    createMainWindow();
  })
  .catch((err: unknown) => {
    log.error('startup failed', { error: String(err) });
    app.quit();
  });
