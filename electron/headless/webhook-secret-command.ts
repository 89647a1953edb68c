/**
 * `webhook-secret`: prints a new Standard Webhooks signing secret (`whsec_` + base64 of 32
 * random bytes) for a webhook channel's `secret`. It reads no settings and opens no store, so
 * it works before IPWatch was ever set up.
 */
import type { Command } from 'commander';

import { newStandardSecret } from '../engine/notify/channels/webhook-signing';

export function registerWebhookSecretCommand(program: Command): void {
  program
    .command('webhook-secret')
    .description('print a new Standard Webhooks secret (whsec_...) for a webhook channel')
    .action(() => {
      process.stdout.write(`${newStandardSecret()}\n`);
    });
}
