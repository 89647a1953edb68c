/**
 * Headless entry: the IPWatch engine under plain Node, no Electron.
 *   npm run headless -- [--data-dir DIR] [--once] [--json]
 *   npm run headless -- [--data-dir DIR] history|stats|export|backup|restore|import ...
 *   npm run headless -- webhook-secret
 */
import { Command } from 'commander';

import pkg from '../package.json' with { type: 'json' };
import { createLogger, stderrSink } from './engine/logger';
import { createRedactor } from './engine/secrets/redact';
import { registerAuditCommand } from './headless/audit-command';
import { defaultDataDir } from './headless/data-dir';
import { registerHistoryCommands } from './headless/history-commands';
import { runMonitor } from './headless/monitor-command';
import { registerNotifyCommands } from './headless/notify-commands';
import { openStoreFor } from './headless/open-store';
import { loadSettingsFile } from './headless/settings-file';
import { registerWebhookSecretCommand } from './headless/webhook-secret-command';

const program = new Command('ipwatch')
  .description("IPWatch headless: watch this machine's public IPv4/IPv6 addresses")
  .version(pkg.version)
  .option('--data-dir <dir>', 'data folder (settings.json, history.sqlite, backups)', defaultDataDir())
  .option('--once', 'run one check and exit (0 when every enabled family was resolved)', false)
  .option('--json', 'print one JSON object per line for every event', false)
  .action(async (opts: { dataDir: string; once: boolean; json: boolean }) => {
    process.exitCode = await runMonitor({
      ...opts,
      version: pkg.version,
      env: process.env,
      openStore: (dataDir, logger, settings) => openStoreFor(dataDir, process.env, logger, settings.history),
    });
  });

/** Settings, logger and store for the one-shot commands. */
async function openContext() {
  const { dataDir } = program.opts<{ dataDir: string }>();
  const loaded = await loadSettingsFile(dataDir, process.env);
  if (!loaded.ok) throw new Error(`invalid settings, nothing was changed:\n  ${loaded.errors.join('\n  ')}`);
  // Shared with the runtime of notify-test, so a channel's secrets are masked in these logs too.
  const redactor = createRedactor();
  const logger = createLogger('headless', { level: loaded.settings.log.level, sink: stderrSink, redact: redactor });
  const store = await openStoreFor(dataDir, process.env, logger, loaded.settings.history);
  return { settings: loaded.settings, logger, store, version: pkg.version, redactor };
}

registerHistoryCommands(program, async () => (await openContext()).store);
registerNotifyCommands(program, openContext);
registerAuditCommand(program, async () => (await openContext()).store);
registerWebhookSecretCommand(program);

program.parseAsync().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    process.stderr.write(`ipwatch: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
