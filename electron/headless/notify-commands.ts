/**
 * `notify-test <channel>`: sends a test notification through one configured channel at once
 * and says whether it arrived, so a user can check a webhook or SMTP setup before relying on it.
 */
import type { Command } from 'commander';

import type { Settings } from '../../shared/settings';
import type { Logger } from '../engine/logger';
import { createRuntime } from '../engine/runtime';
import type { Redactor } from '../engine/secrets/redact';
import type { MonitorStore, OutboxStore } from '../engine/store/types';

export interface NotifyCommandContext {
  settings: Settings;
  store: MonitorStore & OutboxStore;
  logger: Logger;
  version: string;
  /** The logger's redactor: the channels teach it their secrets. */
  redactor?: Redactor;
}

export function registerNotifyCommands(program: Command, open: () => Promise<NotifyCommandContext>): void {
  program
    .command('notify-test <channel>')
    .description('send a test notification through one channel now')
    .action(async (channel: string) => {
      let ctx: NotifyCommandContext;
      try {
        ctx = await open();
      } catch (err) {
        process.stderr.write(`ipwatch: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
        return;
      }
      const known = ctx.settings.notifications.channels.map((c) => c.id);
      const runtime = createRuntime(ctx);
      try {
        if (!known.includes(channel)) {
          process.stderr.write(`ipwatch: no channel "${channel}" (configured: ${known.join(', ') || 'none'})\n`);
          process.exitCode = 2;
          return;
        }
        const result = await runtime.testChannel(channel);
        if (result.ok) process.stdout.write(`test notification sent through "${channel}" in ${result.ms} ms\n`);
        else process.stderr.write(`ipwatch: test through "${channel}" failed: ${result.error}\n`);
        process.exitCode = result.ok ? 0 : 1;
      } finally {
        await runtime.close();
      }
    });
}
