/**
 * The headless runner's default command: load settings, run the engine, print events,
 * follow settings.json edits, stop cleanly on SIGINT/SIGTERM.
 */
import { english } from '../../shared/i18n/translators';
import type { NetworkIdentity } from '../../shared/identity';
import type { Settings } from '../../shared/settings';
import type { CheckReport } from '../../shared/types';
import { certificateLine } from '../../shared/words/serving';
import { type FirstRunMark, type RunningApi, startApi } from '../engine/api';
import type { IdentityService } from '../engine/identity';
import { createLogger, formatLogRecord, type LogConfig, type Logger } from '../engine/logger';
import { pluginsFolderIn } from '../engine/plugins/load';
import { createRuntime, type Runtime } from '../engine/runtime';
import { createRedactor, type Redactor } from '../engine/secrets/redact';
import type { HistoryStore } from '../engine/store';
import type { DataLock } from '../engine/store/data-lock';
import {
  createPrinter,
  type FollowedSettings,
  fileSecretsAccess,
  followSettingsFile,
  inForceWords,
  loadSettingsFile,
  readSnapshot,
  type LoadResult,
  listenFailure,
  openFirstRun,
  type ProcessGuard,
  printDdnsChanges,
  type RunnerLine,
  settingsWriters,
  upgradeSettingsAtStart,
} from '../host';
import { describeError, EXIT_FAILED, exitCodeOf } from './cli-errors';

export interface MonitorOptions {
  dataDir: string;
  once: boolean;
  json: boolean;
  /** The plain log writes every check, each failure's raw text in brackets (host/readable-log.ts). */
  verbose?: boolean;
  version: string;
  env: NodeJS.ProcessEnv;
  /** Takes the data folder's lock (host/open-store.ts lockDataFolder): first, before anything is written into it. */
  lockFolder: (dataDir: string, logger: Logger) => Promise<DataLock>;
  /** Opens the history under the lock `lockFolder` took; the store's close releases it. */
  openStore: (dataDir: string, logger: Logger, settings: Settings, lock: DataLock) => Promise<HistoryStore>;
  stderr?: (s: string) => void;
  stdout?: (s: string) => void;
  /** The built dashboard served at `/` by the API (out/renderer), when there is one. */
  webDir?: string | null;
  /** The network identity of an address, shown beside it (host/identity.ts); the store is given the same. */
  identify?: (ip: string) => NetworkIdentity | null;
  /** The identity service (host/identity.ts): in place of `identify`, with the trace's WARP word and the online answers. */
  identity?: IdentityService;
  /** The process guard (host/process-guard.ts), armed once the runtime exists: errors from then on are survived. */
  guard?: ProcessGuard;
}

type Loaded = Extract<LoadResult, { ok: true }>;

/** What a running monitor is made of, once its settings are loaded and its store is open. */
interface Monitor {
  opts: MonitorOptions;
  stderr: (s: string) => void;
  loaded: Loaded;
  logger: Logger;
  logConfig: LogConfig;
  redactor: Redactor;
  store: HistoryStore;
  runtime: Runtime;
  print: (line: RunnerLine) => void;
  /** A new data folder waits for the dashboard's first-run steps. */
  firstRun: FirstRunMark;
}

/** Exit code of --once: 0 when every enabled family was resolved. */
export function onceExitCode(report: CheckReport): number {
  const fams = Object.values(report.families).filter((f) => f.enabled);
  const resolved = fams.every((f) => f.lastCheck && ['unchanged', 'confirmed', 'changed'].includes(f.lastCheck.result));
  return fams.length > 0 && resolved ? 0 : 1;
}

/** Each channel that is off because of its settings, and why: in the running mode and with --once alike. */
function reportInvalidChannels(runtime: Runtime, logger: Logger): void {
  for (const c of runtime.notifier.status().filter((c) => c.state === 'invalid')) {
    logger.warn(`notification channel "${c.id}" is off: ${c.reason ?? 'invalid settings'}`);
  }
}

export async function runMonitor(opts: MonitorOptions): Promise<number> {
  const stderr = opts.stderr ?? ((s: string) => void process.stderr.write(s));
  // The folder's lock first: nothing (settings.json's defaults, first-run.json) is written into
  // it before, so of two starts at once the one refused has written nothing.
  let lock: DataLock;
  try {
    lock = await opts.lockFolder(opts.dataDir, createLogger('headless', { level: 'info', sink: lineTo(stderr) }));
  } catch (err) {
    // A second monitor on the folder ends here, naming the pid of the first (exit 1).
    stderr(`ipwatch: cannot open the history in ${opts.dataDir}: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
  const read = await loadSettingsFile(opts.dataDir, opts.env).catch(async (err: unknown) => {
    await lock.release();
    throw err;
  });
  if (!read.ok) {
    await lock.release();
    stderr(`ipwatch: invalid settings, nothing was changed:\n  ${read.errors.join('\n  ')}\n`);
    return 2;
  }
  const { logger, logConfig, redactor } = startLogging(read, stderr);
  // Before anything else can fail: a folder created now is new, whatever happens next.
  const firstRun = await openFirstRun(opts.dataDir, read.created, logger);
  // A new folder may have had its desktop channel switched off just now: run with the file as it is.
  const start = read.created ? await loadSettingsFile(opts.dataDir, opts.env).catch(() => read) : read;
  const current = start.ok ? { ...read, settings: start.settings, text: start.text } : read;
  let store: HistoryStore;
  try {
    store = await opts.openStore(opts.dataDir, logger, current.settings, lock);
  } catch (err) {
    // A second monitor on the folder ends here, naming the pid of the first (exit 1).
    stderr(`ipwatch: cannot open the history in ${opts.dataDir}: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
  // The folder is ours now: an older settings.json is written back once, upgraded.
  const upgraded = await upgradeSettingsAtStart(opts.dataDir, opts.env, logger, store);
  // An upgrade rewrote the base: the watcher starts from the files as they are now.
  const loaded =
    upgraded === null ? current : { ...current, text: await readSnapshot(current.source).catch(() => upgraded) };
  const runtime = createRuntime({
    settings: loaded.settings,
    store,
    logger,
    version: opts.version,
    redactor,
    pluginsFolder: pluginsFolderIn(opts.dataDir),
    ...settingsWriters(opts.dataDir, opts.env, store),
    ...(opts.identify ? { identify: opts.identify } : {}),
    ...(opts.identity ? { identity: opts.identity } : {}),
  });
  // Monitoring runs from here: a part's unhandled error is logged, counted and shown, not fatal.
  opts.guard?.arm((err) => runtime.internalErrors.report(err));
  const print = createPrinter(opts.json, redactor, opts.stdout, opts.verbose);
  runtime.engine.on(print);
  printDdnsChanges(runtime.features, print);
  const recovered = store.status().recovered;
  if (recovered) print({ type: 'history-recovered', ...recovered });
  const monitor: Monitor = { opts, stderr, loaded, logger, logConfig, redactor, store, runtime, print, firstRun };
  return opts.once ? checkOnce(monitor) : monitorUntilStopped(monitor);
}

const lineTo = (stderr: (s: string) => void) => (r: Parameters<typeof formatLogRecord>[0]) =>
  stderr(`${formatLogRecord(r)}\n`);

/** The logger of the run: to stderr, at the settings' level, masking what the redactor learns. */
function startLogging(loaded: Loaded, stderr: (s: string) => void) {
  // One redactor for the logs, the status and the printed lines: it learns each channel's secrets.
  const redactor = createRedactor();
  const logConfig: LogConfig = {
    level: loaded.settings.log.level,
    sink: lineTo(stderr),
    redact: redactor,
  };
  const logger = createLogger('headless', logConfig);
  for (const w of loaded.warnings) logger.warn(w);
  logger.info(inForceWords(loaded.source));
  if (loaded.created) logger.info('created settings with defaults', { file: loaded.file });
  if (loaded.envApplied.length) logger.info('environment overrides applied', { vars: loaded.envApplied });
  return { logger, logConfig, redactor };
}

/** --once: one check, then stop; the exit code says whether every family was resolved. */
async function checkOnce({ runtime, logger }: Monitor): Promise<number> {
  reportInvalidChannels(runtime, logger);
  const report = await runtime.runOnce();
  await runtime.close();
  return onceExitCode(report);
}

/** Monitors, following settings.json and serving the API, until a signal or a failed start; resolves with the exit code. */
async function monitorUntilStopped(m: Monitor): Promise<number> {
  const { runtime, logger } = m;
  const settings = followSettingsFile({
    dataDir: m.opts.dataDir,
    settings: m.loaded.settings,
    text: m.loaded.text,
    source: m.loaded.source,
    env: m.opts.env,
    runtime,
    store: m.store,
    logger,
    logConfig: m.logConfig,
    print: m.print,
    redactor: m.redactor,
    afterApply: () => reportInvalidChannels(runtime, logger),
  });
  // Signals are handled from here on, so a stop while the API starts or during the first check is clean too.
  const stop = stopSignal(logger);
  const started = await startDashboard(m, settings);
  if ('failed' in started) {
    // Asked for and not to be had: the runner says why and stops before monitoring begins.
    m.stderr(`ipwatch: ${started.failed}\n`);
    stop.now(EXIT_FAILED);
    return shutDown(m, settings, null, EXIT_FAILED);
  }
  const { api } = started;
  logger.info('monitoring', { dataDir: m.opts.dataDir });
  runtime.start().then(
    () => reportInvalidChannels(runtime, logger),
    (err: unknown) => {
      // A runner that cannot monitor must not sit there looking alive: say why and exit.
      m.stderr(`ipwatch: cannot start monitoring: ${err instanceof Error ? err.message : String(err)}\n`);
      stop.now(1);
    },
  );
  const code = await stop.code;
  return shutDown(m, settings, api, code);
}

/**
 * The API and dashboard, when the settings ask for them; when they cannot start, why, in words
 * (a taken port names the setting to change: host/listen-failure.ts).
 */
function startDashboard(
  m: Monitor,
  settings: FollowedSettings,
): Promise<{ api: RunningApi | null } | { failed: string }> {
  const { api } = m.loaded.settings;
  if (!api.enabled) return Promise.resolve({ api: null });
  return startApi({
    services: m.runtime.services,
    // No keychain here: a secret typed into the Settings page goes to a file of its own.
    settings: fileSecretsAccess(settings.access, m.opts.dataDir),
    api,
    dataDir: m.opts.dataDir,
    logger: m.logger,
    version: m.opts.version,
    redactor: m.redactor,
    staticDir: m.opts.webDir ?? null,
    firstRun: m.firstRun,
  }).then(
    (running) => {
      const serving = running.serving();
      const certificate = certificateLine(serving, english);
      m.print({
        type: 'api',
        at: Date.now(),
        url: running.url,
        ...(certificate ? { certificate } : {}),
        ...(serving.plainHttpOnLan ? { plainHttpOnLan: true } : {}),
      });
      return { api: running };
    },
    (err: unknown) => ({
      failed: listenFailure(err, api.port) ?? `the dashboard and API cannot start: ${describeError(err)}`,
    }),
  );
}

/** The exit code, once SIGINT or SIGTERM comes (0) or `now(code)` is called; the handlers are then removed. */
function stopSignal(logger: Logger): { code: Promise<number>; now(code: number): void } {
  let now: (code: number) => void = () => undefined;
  const code = new Promise<number>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info('stopping', { signal });
      now(0);
    };
    now = (c) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(c);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  return { code, now: (c) => now(c) };
}

/** Stops the parts in order and resolves with the exit code (1 if stopping failed after a clean run). */
async function shutDown(m: Monitor, settings: FollowedSettings, api: RunningApi | null, code: number): Promise<number> {
  // The watcher stops at once; an edit being applied finishes first: applying it to a closed runtime would reopen channels.
  const settled = settings.close();
  // The parts' bounded waits use unref'd timers (engine/clock.ts): with the sockets closed, a wait
  // on them alone (the fleet's goodbye to a dead broker) would let Node end the process before the
  // history's final save. This handle holds it until the runtime has closed (issue 59).
  const hold = setInterval(() => undefined, 60_000);
  try {
    await api?.close();
    await settled;
    await m.runtime.close();
    return code;
  } catch (err) {
    m.logger.error('error while stopping', { error: String(err) });
    return code || 1;
  } finally {
    clearInterval(hold);
  }
}
