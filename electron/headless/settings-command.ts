/**
 * `ipwatch settings convert [--to yaml|json] [--force]`: settings.json into settings.yaml (the
 * default) or back, in the data folder; with `--profile NAME` the profile's file. What it does and
 * refuses is host/settings-convert.ts's; this says the outcome in one line (exit 0, or 2 when refused).
 */
import type { Command } from 'commander';

import { english } from '../../shared/i18n/translators';
import { convertSettings } from '../host/settings-convert';
import type { SettingsFormat } from '../host/settings-doc';
import { profileName } from '../host/settings-source';
import { commandAction, EXIT_OK, UsageError } from './cli-errors';

export function registerSettingsCommands(program: Command, dataDir: () => string): void {
  const settings = program.command('settings').description('the settings files: settings.json and settings.yaml');
  settings
    .command('convert')
    .description('write the settings in the other format (json -> yaml by default); the source is kept as a backup')
    .option('--to <format>', 'yaml or json', 'yaml')
    .option('--force', 'replace the target when it exists', false)
    .action(
      commandAction(async (opts: { to: string; force: boolean }) => {
        if (opts.to !== 'yaml' && opts.to !== 'json') throw new UsageError(english.t('settingsFile.convertSame'));
        const named = profileName(process.env);
        if (!named.ok) throw new UsageError(named.errors.join('; '));
        const to: SettingsFormat = opts.to;
        const outcome = await convertSettings({ dataDir: dataDir(), to, profile: named.name, force: opts.force });
        if (!outcome.ok) throw new UsageError(outcome.error);
        process.stdout.write(
          `${english.t('settingsFile.convertDone', { source: outcome.source, target: outcome.target, backup: outcome.backup })}\n`,
        );
        return EXIT_OK;
      }),
    );
}
