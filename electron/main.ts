/**
 * Electron entry: builds the engine (the same runtime and data folder as the headless
 * runner), builds the shell around it, and runs the app's lifecycle: one instance (a second
 * launch shows the first), resident in the tray (no dock icon on macOS; closing the window
 * keeps it running), and Quit stops the runtime, so the history is saved, before exiting.
 */
import '../shared/zod-words';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { app, dialog, net, protocol, safeStorage } from 'electron';

import { version } from '../package.json';
import { createLogger, formatLogRecord, type LogConfig } from './engine/logger';
import { createRedactor, type Redactor } from './engine/secrets/redact';
import { processSecrets } from './engine/secrets/resolve';
import type { DataLock } from './engine/store/data-lock';
import { defaultDataDir, fatalLine, guardProcess, lockDataFolder } from './host';
import { createShell, type Shell } from './shell';
import { appProcessesReader } from './shell/app-metrics';
import { APP_URL, registerAppScheme, serveRenderer } from './shell/app-protocol';
import { createFileLogging, type FileLogging } from './shell/logs';
import { type AppRuntime, startAppRuntime } from './shell/runtime-host';
import { openSecretVault } from './shell/secrets';
import { loadUpdates, updatesEnabled } from './shell/updates';
import { rendererUrl } from './shell/windows';

/** Also the AppUserModelID on Windows, so notifications carry the app's name (matches electron-builder.yml). */
export const APP_ID = 'dev.ipwatch.app';

let shell: Shell | null = null;
let host: AppRuntime | null = null;
let logging: FileLogging | null = null;
let stopping: Promise<void> | null = null;
let stopServing: (() => void) | null = null;

// First: an error no part handled stops the app with a dialog until monitoring runs, and is
// survived after, shown in Health (host/process-guard.ts says what is not survivable).
const guard = guardProcess({
  onFatal: (err) => {
    logging?.logger.error('internal error before monitoring started', { error: String(err) });
    dialog.showErrorBox('IPWatch cannot start', fatalLine(err));
    app.exit(1);
  },
});

/**
 * The data folder's lock, taken before anything is written into the folder (issue 59): the log
 * file and its folder, the vault, settings.json. Its records go to stderr until the log file is
 * open, then to the file. Null when another process holds the folder: the app said so and exits.
 */
async function lockFirst(dataDir: string, redactor: Redactor): Promise<DataLock | null> {
  const config: LogConfig = {
    get level() {
      return logging?.config.level ?? 'info';
    },
    redact: redactor,
    sink: (r) => (logging ? logging.config.sink(r) : process.stderr.write(`${formatLogRecord(r)}\n`)),
  };
  const logger = createLogger('app', config);
  try {
    return await lockDataFolder(dataDir, logger, 'app', (err) => {
      // Another process took the data folder over: saving now would overwrite its writes.
      logger.error('lost the lock on the data folder; quitting without saving', { error: err.message });
      app.exit(1);
    });
  } catch (err) {
    // Typically a headless runner already monitors this data folder: its words name it.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`ipwatch: ${message}\n`);
    dialog.showErrorBox('IPWatch cannot start', `${message}\n\nData folder: ${dataDir}`);
    app.exit(1);
    return null;
  }
}

async function boot(): Promise<void> {
  const dataDir = defaultDataDir();
  const redactor = createRedactor();
  const lock = await lockFirst(dataDir, redactor);
  if (!lock) return;
  logging = createFileLogging({ dir: path.join(dataDir, 'logs'), level: 'info', redactor, echo: !app.isPackaged });
  const logger = logging.logger;
  logger.info('starting', { version, dataDir });

  const vault = openSecretVault({
    file: path.join(dataDir, 'secrets.json'),
    safeStorage,
    logger: logger.child('secrets'),
    redactor,
  });
  const keyring = vault.status();
  if (keyring.weak) logger.warn('no secure secret storage', { backend: keyring.backend, advice: keyring.advice });
  // The vault's values appear as IPWATCH_SECRET_* variables; the history key may come from it too.
  const env: NodeJS.ProcessEnv = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_t, k) =>
      typeof k !== 'string'
        ? undefined
        : k === 'IPWATCH_DB_KEY'
          ? (process.env[k] ?? vault.env.IPWATCH_SECRET_HISTORY_KEY)
          : (vault.env[k] ?? process.env[k]),
  });

  const resources = process.resourcesPath ?? '';
  const packageTypeFile = path.join(resources, 'package-type');
  const updates = updatesEnabled({
    isPackaged: app.isPackaged,
    platform: process.platform,
    packageType: existsSync(packageTypeFile) ? readFileSync(packageTypeFile, 'utf8').trim() : null,
    env: process.env,
  });
  logger.info('updates', updates);

  stopServing = serveRenderer(protocol, net, fileURLToPath(new URL('../renderer/', import.meta.url)));
  shell = createShell({
    dataDir,
    appUrl: rendererUrl(process.env, APP_URL, app.isPackaged),
    preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    logger,
    logFile: logging.file,
    redactor,
    vault,
    env,
    startUpdates: updates.enabled ? (onReady) => loadUpdates(logger.child('updates'), onReady) : null,
    quit: () => app.quit(),
  });

  try {
    host = await startAppRuntime({
      dataDir,
      env,
      version,
      logging,
      redactor,
      desktop: shell.desktop,
      secrets: { env, readFile: processSecrets.readFile },
      lock,
      systemLanguages: app.getPreferredSystemLanguages(),
      appProcesses: appProcessesReader(app),
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    logger.error('cannot open the history', { error: message });
    dialog.showErrorBox('IPWatch cannot start', `${message}\n\nData folder: ${dataDir}`);
    app.exit(1);
    return;
  }
  const { runtime } = host;
  guard.arm((err) => runtime.internalErrors.report(err));
  shell.attach(host);
  if (host.settingsErrors) shell.open('settings?invalid=1');
  else if (!shell.appState.firstRunDone()) shell.open('first-run');
}

/** Stops the engine (writing the history) and the shell; runs once, whatever asks for it. */
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    shell?.dispose();
    stopServing?.();
    try {
      await host?.stop();
    } catch (err) {
      logging?.logger.error('error while stopping', { error: String(err) });
    }
    logging?.logger.info('stopped');
    await logging?.close();
  })();
  return stopping;
}

if (!app.requestSingleInstanceLock()) {
  // The first instance gets 'second-instance' and shows itself.
  app.quit();
} else {
  registerAppScheme(protocol);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.on('second-instance', () => shell?.open('dashboard'));
  // Lives in the tray: a closed window is not a reason to quit.
  app.on('window-all-closed', () => undefined);
  let stopped = false;
  let quitting = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    // The window first, as a person closes it: with unsaved settings it asks, and "Stay here" stops the quit.
    void (shell?.closeWindow() ?? Promise.resolve(true)).then(async (closed) => {
      quitting = false;
      if (!closed) return;
      await shutdown();
      stopped = true;
      app.quit();
    });
  });
  app
    .whenReady()
    .then(() => {
      if (process.platform === 'darwin') app.dock?.hide();
      return boot();
    })
    .catch((err: unknown) => {
      logging?.logger.error('startup failed', { error: String(err) });
      dialog.showErrorBox('IPWatch cannot start', String(err));
      app.exit(1);
    });
}
