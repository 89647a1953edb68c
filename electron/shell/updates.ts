/**
 * Auto-update with electron-updater (GitHub releases, from electron-builder.yml's publish).
 * Off in development and for the deb (its package manager updates it); on for the NSIS
 * installer, the dmg/zip and the AppImage. A downloaded update is offered in the tray as
 * "restart to update"; nothing restarts without the user.
 */
import type { Logger } from '../engine/logger';

/** Whether this build updates itself, and why not. Pure. */
export function updatesEnabled(o: {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** resources/package-type, written by electron-builder for deb/rpm/pacman; null otherwise. */
  packageType: string | null;
  env: NodeJS.ProcessEnv;
}): { enabled: boolean; reason: string } {
  if (!o.isPackaged) return { enabled: false, reason: 'development build' };
  if (o.env.IPWATCH_NO_UPDATES) return { enabled: false, reason: 'IPWATCH_NO_UPDATES is set' };
  if (o.packageType) return { enabled: false, reason: `${o.packageType} package: updated by the package manager` };
  if (o.platform === 'linux' && !o.env.APPIMAGE) return { enabled: false, reason: 'not an AppImage (tar.gz)' };
  return { enabled: true, reason: 'GitHub releases' };
}

/** The part of electron-updater's AppUpdater used here. */
export interface Updater {
  autoDownload: boolean;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
}

export interface UpdatesHandle {
  /** The version downloaded and waiting, or null. */
  ready(): string | null;
  restart(): boolean;
  dispose(): void;
}

export const UPDATE_CHECK_EVERY_MS = 6 * 3600_000;

export function setupUpdates(deps: {
  updater: Updater;
  logger: Logger;
  onReady: (version: string) => void;
}): UpdatesHandle {
  const { updater, logger } = deps;
  let ready: string | null = null;
  updater.autoDownload = true;
  updater.on('update-downloaded', (info) => {
    ready = info.version;
    logger.info('update downloaded', { version: info.version });
    deps.onReady(info.version);
  });
  updater.on('error', (err) => logger.warn('update check failed', { error: err.message }));
  const check = () =>
    void updater.checkForUpdates().catch((err: unknown) => logger.warn('update check failed', { error: String(err) }));
  check();
  const timer = setInterval(check, UPDATE_CHECK_EVERY_MS);
  timer.unref();
  return {
    ready: () => ready,
    restart() {
      if (!ready) return false;
      updater.quitAndInstall();
      return true;
    },
    dispose: () => clearInterval(timer),
  };
}

/**
 * setupUpdates over electron-updater, loaded only where updates run: it reads the packaged
 * app's files when loaded. Until it is, nothing is ready; a failed load is logged.
 */
export function loadUpdates(logger: Logger, onReady: (version: string) => void): UpdatesHandle {
  let handle: UpdatesHandle | null = null;
  let disposed = false;
  import('electron-updater')
    .then(({ default: updater }) => {
      if (!disposed) handle = setupUpdates({ updater: updater.autoUpdater as Updater, logger, onReady });
    })
    // Outside a packaged app (or with a broken install) it cannot start: the app runs on, without updates.
    .catch((err: unknown) => logger.error('cannot start electron-updater', { error: String(err) }));
  return {
    ready: () => handle?.ready() ?? null,
    restart: () => handle?.restart() ?? false,
    dispose() {
      disposed = true;
      handle?.dispose();
    },
  };
}
