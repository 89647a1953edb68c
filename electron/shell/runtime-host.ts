/**
 * The engine in the app, built exactly as the headless runner builds it and from the same
 * data folder, with the host's parts (electron/host): settings.json loaded, checked and
 * followed, the history opened under the folder's lock (one writer per folder: a running
 * headless runner keeps the app out, and the other way round). Only the desktop notifier
 * and the secret source differ.
 */
import type { AppProcesses } from '../../shared/app-processes';
import type { Settings } from '../../shared/settings';
import { defaultSettings } from '../../shared/settings';
import type { SettingsAccess } from '../engine/api/settings-access';
import type { Logger } from '../engine/logger';
import type { DesktopNotifier } from '../engine/notify';
import { pluginsFolderIn } from '../engine/plugins/load';
import { createRuntime, type Runtime } from '../engine/runtime';
import type { Redactor } from '../engine/secrets/redact';
import type { SecretSource } from '../engine/secrets/resolve';
import type { HistoryStore } from '../engine/store';
import type { DataLock } from '../engine/store/data-lock';
import {
  followSettingsFile,
  formatReadable,
  identityServiceFor,
  loadSettingsFile,
  readSnapshot,
  openStoreFor,
  type RunnerLine,
  settingsWriters,
  upgradeSettingsAtStart,
} from '../host';
import type { FileLogging } from './logs';

export interface AppRuntimeOptions {
  dataDir: string;
  /** The environment with the vault's secrets (IPWATCH_SECRET_*) visible in it. */
  env: NodeJS.ProcessEnv;
  version: string;
  logging: FileLogging;
  redactor: Redactor;
  desktop: DesktopNotifier;
  secrets: SecretSource;
  /**
   * The data folder's lock, taken by the caller before it wrote anything into the folder (main.ts:
   * before the log file and the vault). Handed over: the history store releases it on close.
   */
  lock: DataLock;
  /** The OS's languages, most wanted first (Electron's), for the 'auto' language. */
  systemLanguages?: readonly string[];
  /** The app's other processes' memory (Electron's app metrics: shell/app-metrics.ts), for the memory watch. */
  appProcesses?: () => AppProcesses | null;
}

export interface AppRuntime {
  runtime: Runtime;
  store: HistoryStore;
  logger: Logger;
  /** The settings as the API reads and writes them: settings.json, applied through the reloader. */
  settingsAccess: SettingsAccess;
  settings(): Settings;
  /** Why settings.json could not be used at start (the defaults run meanwhile), else null. */
  settingsErrors: string[] | null;
  /** Stops watching, lets an edit under way finish, stops the runtime and saves the history. */
  stop(): Promise<void>;
}

export async function startAppRuntime(o: AppRuntimeOptions): Promise<AppRuntime> {
  const logger: Logger = o.logging.logger;
  // The folder's lock is held already: nothing (settings.json's defaults, the upgrade) is written before it.
  const { lock } = o;
  const loaded = await loadSettingsFile(o.dataDir, o.env).catch(async (err: unknown) => {
    await lock.release();
    throw err;
  });
  // A bad file is never rewritten: the app runs on the defaults and applies the file once it is fixed.
  let settings = loaded.ok ? loaded.settings : defaultSettings();
  if (loaded.ok) for (const w of loaded.warnings) logger.warn(w);
  else logger.error('settings.json is invalid; running on the defaults until it is fixed', { errors: loaded.errors });
  o.logging.config.level = settings.log.level;

  // One lookup for the process: the store stamps runs with it, the monitor shows it.
  const identity = identityServiceFor(o.dataDir);
  const identify = identity.identify;
  const store = await openStoreFor(o.dataDir, o.env, logger, settings.history, {
    mode: 'write',
    role: 'app',
    identify,
    lock,
  });
  // The folder is ours now: an older settings.json is written back once, upgraded.
  const upgraded = loaded.ok ? await upgradeSettingsAtStart(o.dataDir, o.env, logger, store) : null;
  const runtime = createRuntime({
    settings,
    store,
    logger,
    version: o.version,
    redactor: o.redactor,
    desktop: o.desktop,
    secrets: o.secrets,
    pluginsFolder: pluginsFolderIn(o.dataDir),
    ...settingsWriters(o.dataDir, o.env, store),
    identity,
    ...(o.systemLanguages ? { systemLanguages: o.systemLanguages } : {}),
    ...(o.appProcesses ? { appProcesses: o.appProcesses } : {}),
  });
  const print = (line: RunnerLine) => {
    if (line.type === 'settings-applied' || line.type === 'settings-error' || line.type === 'history-recovered')
      logger.info(formatReadable(o.redactor.deep(line)));
  };
  const recovered = store.status().recovered;
  if (recovered) print({ type: 'history-recovered', ...recovered });
  const followed = followSettingsFile({
    dataDir: o.dataDir,
    settings,
    // An upgrade rewrote the base: the watcher starts from the files as they are now.
    text: loaded.ok ? (upgraded === null ? loaded.text : await readSnapshot(loaded.source).catch(() => '')) : '',
    ...(loaded.ok ? { source: loaded.source } : {}),
    env: o.env,
    // settings() follows each applied edit.
    runtime: {
      updateSettings: async (next: Settings) => {
        await runtime.updateSettings(next);
        settings = next;
      },
    },
    store,
    logger,
    logConfig: o.logging.config,
    print,
    redactor: o.redactor,
  });

  runtime.start().catch((err: unknown) => logger.error('cannot start monitoring', { error: String(err) }));
  return {
    runtime,
    store,
    logger,
    settingsAccess: followed.access,
    settings: () => settings,
    settingsErrors: loaded.ok ? null : loaded.errors,
    async stop() {
      await followed.close();
      await runtime.close();
    },
  };
}
