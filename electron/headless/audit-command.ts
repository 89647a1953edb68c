/** `audit [--limit N] [--json]`: who changed what and when (settings reloads, later bot commands). */
import type { Command } from 'commander';

import type { HistoryStore } from '../engine/store';

export function registerAuditCommand(program: Command, open: () => Promise<HistoryStore>): void {
  program
    .command('audit')
    .description('show the audit log, newest first')
    .option('--limit <n>', 'entries to show', (v) => Number.parseInt(v, 10), 50)
    .option('--json', 'print JSON')
    .action(async (opts: { limit: number }, cmd: Command) => {
      if (!Number.isInteger(opts.limit) || opts.limit < 1) {
        process.stderr.write('ipwatch: --limit must be a positive whole number\n');
        process.exitCode = 2;
        return;
      }
      let store: HistoryStore;
      try {
        store = await open();
      } catch (err) {
        process.stderr.write(`ipwatch: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
        return;
      }
      try {
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
      } finally {
        await store.close();
      }
    });
}
