/** `audit [--limit N] [--json]`: who changed what and when (settings reloads, later bot commands). */
import type { Command } from 'commander';

import { MAX_LIMIT } from '../engine/store/history-query';
import { wholeNumber } from './cli-args';
import { commandAction } from './cli-errors';
import { type OpenStore, withStore } from './with-store';

export function registerAuditCommand(program: Command, open: OpenStore): void {
  program
    .command('audit')
    .description('show the audit log, newest first')
    .option('--limit <n>', `entries to show (1-${MAX_LIMIT})`, wholeNumber(1, MAX_LIMIT), 50)
    .option('--json', 'print JSON')
    .action(
      commandAction((opts: { limit: number }, cmd: Command) =>
        withStore(open, { mode: 'read' }, async (store) => {
          const entries = store.auditLog({ limit: opts.limit });
          if (cmd.optsWithGlobals<{ json?: boolean }>().json) {
            process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
          } else if (!entries.length) {
            process.stdout.write('no audit entries\n');
          } else {
            for (const e of entries) {
              const detail = e.detail ? ` (${e.detail})` : '';
              process.stdout.write(`${new Date(e.at).toISOString()}  ${e.actor}  ${e.action}  ${e.result}${detail}\n`);
            }
          }
        }),
      ),
    );
}
