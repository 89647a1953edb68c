/**
 * The headless runner's default command: load settings, run the engine, print events,
 * follow settings.json edits, stop cleanly on SIGINT/SIGTERM.
 */
import type { Settings } from '../../shared/settings';
import type { CheckReport } from '../../shared/types';
import { createLogger, formatLogRecord, type LogConfig, type Logger } from '../engine/logger';
import { createRuntime } from '../engine/runtime';
import type { HistoryStore } from '../engine/store';
import { createPrinter } from './output';
import { loadSettingsFile, parseSettingsText, settingsPath, watchSettingsFile } from './settings-file';

export interface MonitorOptions {
  dataDir: string;
  once: boolean;
  json: boolean;
  version: string;
  env: NodeJS.ProcessEnv;
  openStore: (dataDir: string, logger: Logger, settings: Settings) => Promise<HistoryStore>;
  stderr?: (s: string) => void;
  stdout?: (s: string) => void;
}

/** Exit code of --once: 0 when every enabled family was resolved. */
export function onceExitCode(report: CheckReport): number {
  const fams = Object.values(report.families).filter((f) => f.enabled);
  const resolved = fams.every((f) => f.lastCheck && ['unchanged', 'confirmed', 'changed'].includes(f.lastCheck.result));
  return fams.length > 0 && resolved ? 0 : 1;
}

export async function runMonitor(opts: MonitorOptions): Promise<number> {
  const stderr = opts.stderr ?? ((s: string) => void process.stderr.write(s));
  const loaded = await loadSettingsFile(opts.dataDir, opts.env);
  if (!loaded.ok) {
    stderr(`ipwatch: invalid settings, nothing was changed:\n  ${loaded.errors.join('\n  ')}\n`);
    return 2;
  }
  const logConfig: LogConfig = { level: loaded.settings.log.level, sink: (r) => stderr(`${formatLogRecord(r)}\n`) };
  const logger = createLogger('headless', logConfig);
  if (loaded.created) logger.info('created settings with defaults', { file: settingsPath(opts.dataDir) });
  if (loaded.envApplied.length) logger.info('environment overrides applied', { vars: loaded.envApplied });

  let store: HistoryStore;
  try {
    store = await opts.openStore(opts.dataDir, logger, loaded.settings);
  } catch (err) {
    stderr(
      `ipwatch: cannot open the history in ${opts.dataDir}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 2;
  }
  const runtime = createRuntime({ settings: loaded.settings, store, logger, version: opts.version });
  const print = createPrinter(opts.json, opts.stdout);
  runtime.engine.on(print);

  if (opts.once) {
    const report = await runtime.runOnce();
    await runtime.close();
    return onceExitCode(report);
  }

  const watcher = watchSettingsFile(opts.dataDir, (text) => {
    const next = parseSettingsText(text, settingsPath(opts.dataDir), opts.env);
    if (!next.ok) {
      logger.error('settings edit rejected; previous settings stay in force', { errors: next.errors });
      store.audit({
        actor: 'settings.json',
        action: 'settings.reload',
        detail: next.errors.join('; '),
        result: 'rejected',
      });
      print({ type: 'settings-error', at: Date.now(), errors: next.errors });
      return;
    }
    logConfig.level = next.settings.log.level;
    store.audit({ actor: 'settings.json', action: 'settings.reload', result: 'applied' });
    void runtime.updateSettings(next.settings).then(() => {
      logger.info('settings reloaded');
      print({ type: 'settings-applied', at: Date.now() });
    });
  });

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
      runtime.close().then(
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
  runtime.start().then(
    () => {
      for (const c of runtime.notifier.status().filter((c) => c.state === 'invalid')) {
        logger.warn(`notification channel "${c.id}" is off: ${c.reason ?? 'invalid settings'}`);
      }
    },
    (err: unknown) => {
      // A runner that cannot monitor must not sit there looking alive: say why and exit.
      stderr(`ipwatch: cannot start monitoring: ${err instanceof Error ? err.message : String(err)}\n`);
      finish(1);
    },
  );
  return stopped;
}
