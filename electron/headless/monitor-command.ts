/**
 * The headless runner's default command: load settings, run the engine, print events,
 * follow settings.json edits, stop cleanly on SIGINT/SIGTERM.
 */
import type { Settings } from '../../shared/settings';
import type { CheckReport } from '../../shared/types';
import { type RunningApi, startApi } from '../engine/api';
import { startIdleGc } from '../engine/idle-gc';
import { createLogger, formatLogRecord, type LogConfig, type Logger } from '../engine/logger';
import { createRuntime, type Runtime } from '../engine/runtime';
import { createRedactor } from '../engine/secrets/redact';
import type { HistoryStore } from '../engine/store';
import { describeError, exitCodeOf } from './cli-errors';
import { createPrinter } from './output';
import { createReloader } from './reload';
import { createSettingsAccess } from './settings-api';
import { loadSettingsFile, settingsPath, watchSettingsFile } from './settings-file';
import { auditedChannelOptionsWriter, editSettingsFile } from './settings-write';

export interface MonitorOptions {
  dataDir: string;
  once: boolean;
  json: boolean;
  version: string;
  env: NodeJS.ProcessEnv;
  openStore: (dataDir: string, logger: Logger, settings: Settings) => Promise<HistoryStore>;
  stderr?: (s: string) => void;
  stdout?: (s: string) => void;
  /** The built dashboard served at `/` by the API (out/renderer), when there is one. */
  webDir?: string | null;
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
  const loaded = await loadSettingsFile(opts.dataDir, opts.env);
  if (!loaded.ok) {
    stderr(`ipwatch: invalid settings, nothing was changed:\n  ${loaded.errors.join('\n  ')}\n`);
    return 2;
  }
  // One redactor for the logs, the status and the printed lines: it learns each channel's secrets.
  const redactor = createRedactor();
  const logConfig: LogConfig = {
    level: loaded.settings.log.level,
    sink: (r) => stderr(`${formatLogRecord(r)}\n`),
    redact: redactor,
  };
  const logger = createLogger('headless', logConfig);
  for (const w of loaded.warnings) logger.warn(w);
  if (loaded.created) logger.info('created settings with defaults', { file: settingsPath(opts.dataDir) });
  if (loaded.envApplied.length) logger.info('environment overrides applied', { vars: loaded.envApplied });

  let store: HistoryStore;
  try {
    store = await opts.openStore(opts.dataDir, logger, loaded.settings);
  } catch (err) {
    // A second monitor on the folder ends here, naming the pid of the first (exit 1).
    stderr(`ipwatch: cannot open the history in ${opts.dataDir}: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
  const runtime = createRuntime({
    settings: loaded.settings,
    store,
    logger,
    version: opts.version,
    redactor,
    saveChannelOptions: auditedChannelOptionsWriter(opts.dataDir, opts.env, store),
    // The watcher then applies the edit (and audits it) like one made by hand.
    editSettings: (edit) => editSettingsFile(opts.dataDir, opts.env, edit),
  });
  const print = createPrinter(opts.json, redactor, opts.stdout);
  runtime.engine.on(print);
  const recovered = store.status().recovered;
  if (recovered) print({ type: 'history-recovered', ...recovered });

  if (opts.once) {
    reportInvalidChannels(runtime, logger);
    const report = await runtime.runOnce();
    await runtime.close();
    return onceExitCode(report);
  }

  const reloader = createReloader(
    {
      file: settingsPath(opts.dataDir),
      env: opts.env,
      runtime,
      store,
      logger,
      logConfig,
      print,
      redactor,
      afterApply: () => reportInvalidChannels(runtime, logger),
    },
    loaded.settings,
  );
  const watcher = watchSettingsFile(
    opts.dataDir,
    loaded.text,
    (text) => void reloader.reload(text),
    (err) => logger.error('cannot watch settings.json; edits now need a restart', { error: err.message }),
  );

  // The API is one part among others: when it cannot start, it says why and monitoring goes on.
  let api: Promise<RunningApi | null> = Promise.resolve(null);
  if (loaded.settings.api.enabled) {
    api = startApi({
      services: runtime.services,
      settings: createSettingsAccess(opts.dataDir, opts.env, reloader),
      api: loaded.settings.api,
      dataDir: opts.dataDir,
      logger,
      version: opts.version,
      redactor,
      staticDir: opts.webDir ?? null,
    }).then(
      (running) => {
        print({ type: 'api', at: Date.now(), url: running.url });
        return running;
      },
      (err: unknown) => {
        logger.error('the API and dashboard could not start; monitoring goes on', { error: describeError(err) });
        return null;
      },
    );
  }

  // Signals are handled from here on, so a stop during the first check is clean too.
  let finish: (code: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => {
    let done = false;
    finish = (code) => {
      if (done) return;
      done = true;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      watcher.close();
      // An edit being applied finishes first: applying it to a closed runtime would reopen channels.
      void api
        .then((running) => running?.close())
        .then(() => reloader.settled())
        .then(() => runtime.close())
        .then(
          () => resolve(code),
          (err: unknown) => {
            logger.error('error while stopping', { error: String(err) });
            resolve(code || 1);
          },
        );
    };
    const stop = (signal: string) => {
      logger.info('stopping', { signal });
      finish(0);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
  logger.info('monitoring', { dataDir: opts.dataDir });
  // A monitor's steady footprint: a major GC now and then.
  const stopIdleGc = startIdleGc();
  void stopped.then(stopIdleGc);
  runtime.start().then(
    () => {
      reportInvalidChannels(runtime, logger);
    },
    (err: unknown) => {
      // A runner that cannot monitor must not sit there looking alive: say why and exit.
      stderr(`ipwatch: cannot start monitoring: ${err instanceof Error ? err.message : String(err)}\n`);
      finish(1);
    },
  );
  return stopped;
}
