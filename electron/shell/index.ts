/**
 * The shell around the engine, in the order main.ts needs it: first the parts the runtime
 * is built with (the window manager and the desktop notifier), then, given the runtime,
 * the tray, the IPC handlers, the updater. Every part returns its dispose, called in
 * reverse by dispose().
 */
import os from 'node:os';
import path from 'node:path';

import { app, ipcMain, powerMonitor, session, shell as electronShell } from 'electron';

import { chosenLanguage } from '../../shared/i18n/languages';
import type { Translator } from '../../shared/i18n/translator';
import { translator } from '../../shared/i18n/translators';
import type { EngineEvent } from '../../shared/types';
import type { Logger } from '../engine/logger';
import type { Redactor } from '../engine/secrets/redact';
import { createAppApi } from './app-api';
import { type AppState, openAppState } from './app-state';
import { type Autostart, createAutostart } from './autostart';
import { type IpcDeps, setupIpc } from './ipc';
import { createElectronNotifier } from './notifications';
import { setupPower } from './power';
import type { AppRuntime } from './runtime-host';
import type { SecretVault } from './secrets';
import { openSettingsStore } from './settings-store';
import { createShellApi } from './shell-api';
import { type Page, type TrayDeps, setupTray, type TrayHandle } from './tray';
import { iconsDir, trayIconPath } from './tray-icons';
import type { UpdatesHandle } from './updates';
import { isAppUrl, setupWindows, type WindowsHandle } from './windows';

export interface ShellOptions {
  dataDir: string;
  appUrl: string;
  preload: string;
  logger: Logger;
  logFile: string;
  redactor: Redactor;
  vault: SecretVault;
  env: NodeJS.ProcessEnv;
  /** Starts electron-updater when this build updates itself (updates.ts); null otherwise. */
  startUpdates: ((onReady: () => void) => UpdatesHandle) | null;
  quit(): void;
}

export function createShell(o: ShellOptions) {
  const appState = openAppState(o.dataDir);
  const icons = iconsDir(app.isPackaged, app.getAppPath(), process.resourcesPath ?? '');
  const appIcon = path.join(icons, 'app', '256x256.png');
  let attached: AppRuntime | null = null;
  const windows = setupWindows({
    app,
    session: session.defaultSession,
    appUrl: o.appUrl,
    preload: o.preload,
    logger: o.logger.child('windows'),
    bounds: { get: () => appState.bounds(), set: (b) => appState.setBounds(b) },
    icon: appIcon,
    words: () =>
      attached ? appWords(attached) : translator(chosenLanguage('auto', app.getPreferredSystemLanguages())),
  });
  // Events reach the notifier before the runtime exists; they are forwarded once it does.
  const listeners = new Set<(e: EngineEvent) => void>();
  const onEvent = (l: (e: EngineEvent) => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const desktop = createElectronNotifier({
    onEvent,
    open: (route) => windows.open(route),
    logger: o.logger.child('notifications'),
    icon: appIcon,
  });
  const autostart = createAutostart({
    platform: process.platform,
    app,
    env: process.env,
    home: os.homedir(),
    execPath: process.execPath,
  });
  const disposers: (() => void)[] = [() => windows.dispose(), () => desktop.dispose()];
  let tray: TrayHandle | null = null;

  return {
    desktop,
    appState,
    open: (page: Page | string) => windows.open(page),
    /** Closes the window before a quit, asking when it holds unsaved work: false when the person stays. */
    closeWindow: () => windows.close(),
    /** Builds the parts that need the running engine. */
    attach(host: AppRuntime) {
      attached = host;
      const { runtime } = host;
      disposers.push(runtime.engine.on((e) => listeners.forEach((l) => l(e))));
      disposers.push(
        setupPower({
          powerMonitor,
          onWake: (what) => runtime.systemWake(what),
          logger: o.logger.child('power'),
        }),
      );
      const updates = o.startUpdates?.(() => tray?.refresh()) ?? null;
      if (updates) disposers.push(() => updates.dispose());
      const t = setupTray(trayDeps(o, host, { windows, onEvent, autostart, updates, icons }));
      tray = t;
      disposers.push(() => t.dispose());
      disposers.push(setupIpc(ipcDeps(o, host, { appState, autostart, desktop, updates, onEvent, tray: t })));
      return t;
    },
    get tray() {
      return tray;
    },
    dispose() {
      for (const d of disposers.reverse()) d();
      disposers.length = 0;
    },
  };
}
export type Shell = ReturnType<typeof createShell>;

type OnEvent = (l: (e: EngineEvent) => void) => () => void;
type ElectronNotifier = ReturnType<typeof createElectronNotifier>;

/** The app's language now: its setting, or the OS's (read at each use, so a change in Settings shows at once). */
const appWords = (host: AppRuntime): Translator =>
  translator(chosenLanguage(host.settings().language, app.getPreferredSystemLanguages()));

/** The tray of the running engine: its status and actions, the windows, start at login, the update. */
function trayDeps(
  o: ShellOptions,
  host: AppRuntime,
  p: {
    windows: WindowsHandle;
    onEvent: OnEvent;
    autostart: Autostart;
    updates: UpdatesHandle | null;
    icons: string;
  },
): TrayDeps {
  const { runtime } = host;
  return {
    status: () => runtime.status(),
    onEvent: p.onEvent,
    checkNow: () => runtime.engine.checkNow('manual'),
    pause: () => runtime.pause(),
    resume: () => runtime.resume(),
    open: (page) => p.windows.open(page),
    startAtLogin: p.autostart,
    updateReady: () => p.updates?.ready() ?? null,
    restartToUpdate: () => p.updates?.restart(),
    quit: o.quit,
    iconPath: (state) => trayIconPath(state, p.icons),
    logger: o.logger.child('tray'),
    // Read at each refresh, so a language set in Settings shows at the next engine event.
    words: () => appWords(host),
  };
}

/** The IPC handlers: the app's API on the running engine, and the shell's own (vault, autostart, settings file...). */
function ipcDeps(
  o: ShellOptions,
  host: AppRuntime,
  p: {
    appState: AppState;
    autostart: Autostart;
    desktop: ElectronNotifier;
    updates: UpdatesHandle | null;
    onEvent: OnEvent;
    tray: TrayHandle;
  },
): IpcDeps {
  return {
    ipcMain,
    api: createAppApi(host, {
      dataDir: o.dataDir,
      version: app.getVersion(),
      vault: o.vault,
      appState: p.appState,
    }),
    shell: createShellApi({
      vault: o.vault,
      appState: p.appState,
      autostart: p.autostart,
      settings: openSettingsStore(o.dataDir, o.env),
      desktop: p.desktop,
      logFile: o.logFile,
      openPath: (file) => electronShell.openPath(file),
      updateReady: () => p.updates?.ready() ?? null,
      restartToUpdate: () => p.updates?.restart() ?? false,
      restartApp: () => {
        app.relaunch();
        o.quit();
        return true;
      },
      changed: () => p.tray.refresh(),
      secretsChanged: () => host.runtime.updateSettings(host.settings()),
      words: () => appWords(host),
    }),
    isAppUrl: (url) => isAppUrl(url, o.appUrl),
    // Events leave the main process redacted, like the status; the fleet's `sites` word (site names) too.
    onEvent: (l) => {
      const offs = [
        p.onEvent((e) => l(o.redactor.deep(e))),
        host.runtime.features.onSites((e) => l(o.redactor.deep(e))),
      ];
      return () => offs.forEach((off) => off());
    },
    logger: o.logger.child('ipc'),
  };
}
