/**
 * Putting the command list to Discord: per configured guild (instant) or globally, and an
 * empty list to the other scope, so a switch leaves no second copy of each command
 * (discord-api-docs docs/interactions/Application_Commands.md, "Bulk Overwrite").
 */
import type { Client } from 'discord.js';

import type { DiscordSettings } from '../../../shared/settings/discord';
import { commandDefinitions } from './commands/registry';

/** The PUTs of one registration; throws the first failure. */
export async function putCommands(
  client: Client,
  appId: string,
  settings: Pick<DiscordSettings, 'registration' | 'guilds'>,
): Promise<void> {
  const body = commandDefinitions();
  const scope = settings.registration;
  const guilds = settings.guilds.filter((g) => client.guilds.cache.has(g.id));
  await client.rest.put(`/applications/${appId}/commands`, { body: scope === 'global' ? body : [] });
  for (const g of guilds)
    await client.rest.put(`/applications/${appId}/guilds/${g.id}/commands`, { body: scope === 'guild' ? body : [] });
}

/**
 * Whether a failed request may pass when tried again later: no answer at all (a reset, a
 * timeout) or a 5xx. A 4xx is Discord's answer about the request itself: it would fail again.
 */
export function mayPassLater(err: unknown): boolean {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status !== 'number' || status >= 500;
}
