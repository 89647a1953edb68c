/**
 * The notification outbox from the command line, so nothing a service refused is lost:
 *   notify list [--channel ID] [--status pending|sent|expired|rejected] [--limit N] [--json]
 * lists the channels' notices and, apart, those the alert policy holds (`--json`: `{ items, held }`,
 * `held` as the API's GET /outbox/held);
 *   notify resend <id>
 * `list` only reads (it works beside the running monitor); `resend` changes the outbox, so it
 * takes the data folder's lock like any writer and is refused while the monitor runs.
 */
import { type Command, Option } from 'commander';

import type { HeldNotice } from '../../shared/contract/held';
import { heldNotices } from '../engine/notify/held-words';
import { describeItem } from '../engine/notify/outbox-view';
import type { SiteDamping } from '../engine/notify/policy/fleet';
import type { HistoryStore } from '../engine/store';
import type { OutboxItem, OutboxStatus } from '../engine/store/types';
import { wholeNumber } from './cli-args';
import { commandAction } from './cli-errors';
import { iso, table } from './history-format';
import { type OpenStore, withStore } from './with-store';

const STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'expired', 'rejected'];

export function formatItems(items: OutboxItem[]): string {
  if (!items.length) return 'no notifications\n';
  const rows = items
    .map(describeItem)
    .map((d) => [d.id, d.channel, d.kind, d.status, iso(d.createdAt), d.attempts, d.lastError ?? '']);
  return table(['ID', 'CHANNEL', 'EVENT', 'STATUS', 'CREATED (UTC)', 'TRIES', 'LAST ERROR'], rows);
}

/** The notices the alert policy holds (never channel sends) in their own section: each in words, then why. */
export function formatHeld(held: HeldNotice[]): string {
  if (!held.length) return '';
  const lines = held.map((n) => `  ${n.words}\n    ${n.why}`);
  return `\nHeld by the alert policy\n${lines.join('\n')}\n`;
}

/** `damping` reads the settings' hold times, for when a held notice is due. */
export function registerNotifyQueueCommands(
  program: Command,
  open: OpenStore,
  damping: () => Promise<SiteDamping>,
): void {
  const notify = program.command('notify').description('the notification outbox: list it, send a notice again');
  const json = (cmd: Command) => Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);

  notify
    .command('list')
    .description('notifications, newest first (rejected ones can be sent again with "notify resend")')
    .option('--channel <id>', 'only this channel')
    .addOption(new Option('--status <status>', 'only this status').choices(STATUSES))
    .option('--limit <n>', 'rows (1 to 1000)', wholeNumber(1, 1000), 50)
    .option('--json', 'print JSON')
    .action(
      commandAction(async (o: { channel?: string; status?: OutboxStatus; limit: number }, cmd: Command) =>
        withStore(open, { mode: 'read' }, async (store: HistoryStore) => {
          const items = store.list({
            limit: o.limit,
            ...(o.channel ? { channel: o.channel } : {}),
            ...(o.status ? { status: o.status } : {}),
          });
          // The held notices are the API's GET /outbox/held; the filters are the items'.
          const held = heldNotices(store, await damping());
          if (json(cmd)) {
            process.stdout.write(`${JSON.stringify({ items: items.map(describeItem), held }, null, 2)}\n`);
            return;
          }
          process.stdout.write(formatItems(items) + (o.channel || o.status ? '' : formatHeld(held)));
        }),
      ),
    );

  notify
    .command('resend <id>')
    .description("queue a rejected or expired notification again, at the end of its channel's queue")
    .action(
      commandAction(async (text: string) => {
        const id = wholeNumber(1)(text);
        await withStore(open, { mode: 'write', role: 'notify resend' }, async (store) => {
          const item = store.resend(id, Date.now());
          store.audit({ actor: 'cli', action: 'notify.resend', detail: `${item.channel} #${id}`, result: 'queued' });
          process.stdout.write(
            `notification ${id} queued again for "${item.channel}" as #${item.id}; the monitor sends it when it next runs\n`,
          );
        });
      }),
    );
}
