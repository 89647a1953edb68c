/**
 * `notify-test <channel>`: sends a test notification through one configured channel at once
 * and says whether it arrived, so a user can check a webhook or SMTP setup before relying on it.
 * It only reads the history (the store is opened read-only), so it runs beside the monitor.
 */
import type { Command } from 'commander';

import type { Settings } from '../../shared/settings';
import type { Logger } from '../engine/logger';
import { createRuntime } from '../engine/runtime';
import type { Redactor } from '../engine/secrets/redact';
import type { HistoryStore } from '../engine/store';
import { commandAction, UsageError } from './cli-errors';

export interface NotifyCommandContext {
  settings: Settings;
  /** Opened read-only: a test notice is sent directly and never queued. */
  store: HistoryStore;
  logger: Logger;
  version: string;
  /** The logger's redactor: the channels teach it their secrets. */
  redactor?: Redactor;
  /** The plugins folder, for a plugin channel's test. */
  pluginsFolder?: string;
}

export function registerNotifyCommands(program: Command, open: () => Promise<NotifyCommandContext>): void {
  program
    .command('notify-test <channel>')
    .description('send a test notification through one channel now')
    .action(
      commandAction(async (channel: string) => {
        const ctx = await open();
        const known = ctx.settings.notifications.channels.map((c) => c.id);
        if (!known.includes(channel)) {
          await ctx.store.close();
          throw new UsageError(`no channel "${channel}" (configured: ${known.join(', ') || 'none'})`);
        }
        const runtime = createRuntime(ctx);
        try {
          const result = await runtime.testChannel(channel);
          if (!result.ok) throw new Error(`test through "${channel}" failed: ${result.error}`);
          process.stdout.write(`test notification sent through "${channel}" in ${result.ms} ms\n`);
        } finally {
          await runtime.close();
        }
      }),
    );
}
