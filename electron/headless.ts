/**
 * Headless entry: the IPWatch engine under plain Node, no Electron.
 *   npm run headless -- [--data-dir DIR] [--once] [--json]
 *   npm run headless -- [--data-dir DIR] history|stats|export|backup|restore|import|repair|audit|notify-test ...
 * Every failure ends as one `ipwatch: ...` line and exit code 1 or 2 (headless/cli-errors.ts).
 *   npm run headless -- webhook-secret
 *   npm run headless -- [--data-dir DIR] [--profile NAME] ...  (settings.NAME.yaml over the settings)
 *   npm run headless -- [--data-dir DIR] settings convert [--to yaml|json] [--force]
 *   npm run headless -- [--data-dir DIR] ddns-import <ddns-updater config.json> [--dry-run]
 *   npm run headless -- [--data-dir DIR] token create|list|revoke|rotate ...
 *   IPWATCH_API_TOKEN=... npm run headless -- [--data-dir DIR] api PUT /api/v1/settings --data @file
 */
import '../shared/zod-words';
import { Command, CommanderError } from 'commander';

import pkg from '../package.json' with { type: 'json' };
import { loadApiToken } from './engine/api/tokens/auth';
import { createLogger, stderrSink } from './engine/logger';
import { policyConfig } from './engine/notify/policy';
import { pluginsFolderIn } from './engine/plugins/load';
import { createRedactor } from './engine/secrets/redact';
import { processSecrets } from './engine/secrets/resolve';
import { registerApiCommand } from './headless/api-command';
import { registerAuditCommand } from './headless/audit-command';
import { EXIT_FAILED, exitCodeOf, reportError, UsageError } from './headless/cli-errors';
import { registerDdnsImportCommand } from './headless/ddns-import-command';
import { registerEgressCommand } from './headless/egress-command';
import { registerHistoryCommands } from './headless/history-commands';
import { runMonitor } from './headless/monitor-command';
import { registerNotifyCommands } from './headless/notify-commands';
import { registerNotifyQueueCommands } from './headless/notify-queue-commands';
import { registerOpenCommand } from './headless/open-command';
import { registerPathCommand } from './headless/path-command';
import { registerSettingsCommands } from './headless/settings-command';
import { registerStatusCommand } from './headless/status-command';
import { registerTokenCommands } from './headless/token-commands';
import { findWebDir } from './headless/web-dir';
import { registerWebhookSecretCommand } from './headless/webhook-secret-command';
import { type OpenStore, requireDataFolder } from './headless/with-store';
import {
  defaultDataDir,
  fatalLine,
  guardProcess,
  identityServiceFor,
  loadSettingsFile,
  lockDataFolder,
  openStoreFor,
  PROFILE_ENV,
} from './host';

// First: an error no part handled ends the process with one line until monitoring runs, and is
// survived after (host/process-guard.ts says what is not survivable).
const guard = guardProcess({
  onFatal: (err) => {
    process.stderr.write(`${fatalLine(err)}\n`);
    process.exit(EXIT_FAILED);
  },
});

const program: Command = new Command('ipwatch')
  .description("IPWatch headless: watch this machine's public IPv4/IPv6 addresses")
  .version(pkg.version)
  .option('--data-dir <dir>', 'data folder (settings.json, history.sqlite, backups)', defaultDataDir())
  .option('--once', 'run one check and exit (0 when every enabled family was resolved)', false)
  .option('--json', 'print one JSON object per line for every event', false)
  .option('--verbose', "print every check, and each failure's raw text in brackets after its words", false)
  .option(
    '--profile <name>',
    'merge settings.NAME.yaml (or .json) over the settings (the same as IPWATCH_PROFILE=NAME)',
  )
  // Commander's own errors (unknown option, bad value) take the same one-line form and exit code 2.
  .exitOverride()
  .configureOutput({
    outputError: (text, write) =>
      write(
        `ipwatch: ${text
          .replace(/^error: /, '')
          .trim()
          .replace(/\s*\n\s*/g, ' ')}\n`,
      ),
  });

// --profile is IPWATCH_PROFILE said on the command line: every reader of the settings (the runner,
// each command, the engine's own edits) takes the profile from the environment, so it is set once here.
program.hook('preAction', () => {
  const { profile } = program.opts<{ profile?: string }>();
  if (profile !== undefined) process.env[PROFILE_ENV] = profile;
});

/** Settings and logger for the one-shot commands. */
async function loadContext() {
  const { dataDir } = program.opts<{ dataDir: string }>();
  const loaded = await loadSettingsFile(dataDir, process.env);
  if (!loaded.ok) throw new UsageError(`invalid settings, nothing was changed:\n  ${loaded.errors.join('\n  ')}`);
  // Shared with the runtime of notify-test, so a channel's secrets are masked in these logs too.
  const redactor = createRedactor();
  const logger = createLogger('headless', { level: loaded.settings.log.level, sink: stderrSink, redact: redactor });
  return { dataDir, settings: loaded.settings, logger, version: pkg.version, redactor };
}

/**
 * The same, for a command that only reads: a folder without IPWatch data is refused (exit 2),
 * never given a new settings.json, so a mistyped --data-dir is said and left as it was.
 */
async function loadDataContext() {
  await requireDataFolder(program.opts<{ dataDir: string }>().dataDir);
  return loadContext();
}

const openStore: OpenStore = async (access) => {
  if (access.mode === 'read') {
    // A command that only reads needs data to read: on any other folder it creates nothing.
    const ctx = await loadDataContext();
    return openStoreFor(ctx.dataDir, process.env, ctx.logger, ctx.settings.history, access);
  }
  // A writer takes the folder's lock before the settings' defaults may be written into it.
  const { dataDir } = program.opts<{ dataDir: string }>();
  const early = createLogger('headless', { level: 'warn', sink: stderrSink });
  const lock = await lockDataFolder(dataDir, early, access.role, access.onLost);
  try {
    const ctx = await loadContext();
    return await openStoreFor(ctx.dataDir, process.env, ctx.logger, ctx.settings.history, { ...access, lock });
  } catch (err) {
    await lock.release();
    throw err;
  }
};

registerHistoryCommands(program, openStore, {
  runner: () => ({
    dataDir: program.opts<{ dataDir: string }>().dataDir,
    settings: async () => (await loadDataContext()).settings,
    env: process.env,
  }),
});
registerAuditCommand(program, openStore);
registerNotifyQueueCommands(program, openStore, async () => policyConfig((await loadContext()).settings.notifications));
registerWebhookSecretCommand(program);
registerStatusCommand(program, loadDataContext, process.env);
registerDdnsImportCommand(program, process.env);
registerSettingsCommands(program, () => program.opts<{ dataDir: string }>().dataDir);
const runnerContext = {
  dataDir: () => program.opts<{ dataDir: string }>().dataDir,
  settings: async () => (await loadDataContext()).settings,
  env: process.env,
};
registerApiCommand(program, runnerContext);
registerEgressCommand(program, runnerContext);
registerPathCommand(program, runnerContext);
registerOpenCommand(program, runnerContext);
registerTokenCommands(program, {
  dataDir: () => program.opts<{ dataDir: string }>().dataDir,
  settingsToken: async () => (await loadContext()).settings.api.token !== undefined,
  legacy: async () =>
    (await loadApiToken(program.opts<{ dataDir: string }>().dataDir, undefined, processSecrets)).value,
  open: openStore,
});
registerNotifyCommands(program, async () => {
  await requireDataFolder(program.opts<{ dataDir: string }>().dataDir);
  const ctx = await loadContext();
  return {
    ...ctx,
    store: await openStoreFor(ctx.dataDir, process.env, ctx.logger, ctx.settings.history, { mode: 'read' }),
    pluginsFolder: pluginsFolderIn(ctx.dataDir),
  };
});

// Set after the commands are added, so they keep refusing extra arguments.
program
  .allowExcessArguments()
  .action(async (opts: { dataDir: string; once: boolean; json: boolean; verbose: boolean }, cmd: Command) => {
    const [word] = cmd.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name()).join(', ');
      throw new UsageError(`unknown command "${word}"; the commands are: ${names} (or none, to run the monitor)`);
    }
    // One lookup for the process: the store stamps runs with it, the monitor shows it.
    const identity = identityServiceFor(opts.dataDir);
    const identify = identity.identify;
    process.exitCode = await runMonitor({
      ...opts,
      identity,
      guard,
      version: pkg.version,
      env: process.env,
      webDir: findWebDir(import.meta.dirname, process.env),
      lockFolder: (dataDir, logger) =>
        // Someone else may be writing the folder now: a final save would overwrite their
        // changes, so stop at once and let a supervisor's restart sort out who holds it.
        lockDataFolder(dataDir, logger, opts.once ? 'monitor --once' : 'monitor', (err) => {
          process.stderr.write(`ipwatch: lost the lock on ${dataDir} (${err.message}); stopping without saving\n`);
          process.exit(EXIT_FAILED);
        }),
      openStore: (dataDir, logger, settings, lock) =>
        openStoreFor(dataDir, process.env, logger, settings.history, {
          mode: 'write',
          role: lock.owner.role,
          identify,
          lock,
        }),
    });
  });

program.parseAsync().then(
  () => process.exit(process.exitCode ?? 0),
  // Commander has already printed its own errors; everything else is printed here.
  (err: unknown) => process.exit(err instanceof CommanderError ? exitCodeOf(err) : reportError(err)),
);
