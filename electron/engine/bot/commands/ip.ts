/** /ip: the current IPv4 and IPv6 addresses, since when and for how long, with Refresh, History and Check now. */
import * as z from 'zod/mini';

import { english } from '../../../../shared/i18n/translators';
import { formatIdentity } from '../../../../shared/identity';
import type { GuildSettings } from '../../../../shared/settings/discord';
import type { FamilyStatus } from '../../../../shared/types';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { address, button, COLOR, embed, formatDuration, row, when } from '../format';
import { type BotServices, buttonId, defineButton, defineCommand, type Reply } from './define';

function familyField(name: string, f: FamilyStatus, guild: GuildSettings, services: BotServices) {
  if (!f.enabled) return { name, value: 'not watched' };
  if (f.ip === null)
    return { name, value: f.lastCheck ? `none (${checkResultWords(f.lastCheck, english)})` : 'not checked yet' };
  const tz = services.settings().notifications.timezone;
  const held =
    f.since === null ? '' : `\nsince ${when(f.since, tz)}, for ${formatDuration(services.clock.now() - f.since)}`;
  // Who and where: the provider's AS and country name no address, so every mask shows them.
  const network = formatIdentity(f.identity, english);
  return { name, value: `${address(f.ip, guild.mask)}${held}${network ? `\n${network}` : ''}` };
}

/** The /ip answer, also behind the Refresh button and the button of a change post. */
export function ipReply(services: BotServices, guild: GuildSettings): Reply {
  const s = services.status();
  const tz = services.settings().notifications.timezone;
  const last = [s.families.v4.lastCheck, s.families.v6.lastCheck]
    .filter((c) => c !== null)
    .sort((a, b) => b.at - a.at)[0];
  const state = s.pausedSince !== null ? 'paused' : s.online === false ? 'offline' : s.online ? 'online' : 'starting';
  return {
    embeds: [
      embed({
        title: 'Public IP addresses',
        color: state === 'online' ? COLOR.info : COLOR.warn,
        fields: [
          familyField('IPv4', s.families.v4, guild, services),
          familyField('IPv6', s.families.v6, guild, services),
          { name: 'Monitor', value: `${state}${last ? ` · last check ${when(last.at, tz)}` : ''}` },
        ],
        timestamp: new Date(services.clock.now()).toISOString(),
      }),
    ],
    components: [
      row(
        button(buttonId('ip', 'refresh'), 'Refresh'),
        button(buttonId('history', 'all', 10, 0), 'History'),
        button(buttonId('check'), 'Check now', 1),
      ),
    ],
  };
}

export const ip = defineCommand({
  name: 'ip',
  description: 'The current public IPv4 and IPv6 addresses',
  options: [],
  level: 'read',
  schema: z.object({}),
  run: async (input, services) => ipReply(services, input.guild),
});

/** Refresh (update the message) and Show (a change post's button: a reply of its own). */
export const ipButton = defineButton({
  name: 'ip',
  level: 'read',
  mode: 'update',
  run: async (_args, input, services) => ipReply(services, input.guild),
});

export const ipShowButton = defineButton({
  name: 'ipshow',
  level: 'read',
  mode: 'reply',
  run: async (_args, input, services) => ipReply(services, input.guild),
});
