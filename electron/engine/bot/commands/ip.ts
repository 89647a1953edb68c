/** /ip: the current IPv4 and IPv6 addresses, since when and for how long, with Refresh, History and Check now. */
import * as z from 'zod/mini';

import type { Translator } from '../../../../shared/i18n/translator';
import { formatIdentity } from '../../../../shared/identity';
import type { GuildSettings } from '../../../../shared/settings/discord';
import type { FamilyStatus } from '../../../../shared/types';
import { checkResultWords } from '../../../../shared/words/health-no-source';
import { address, button, COLOR, embed, formatDuration, row, when } from '../format';
import { type BotServices, buttonId, defineButton, defineCommand, type Reply } from './define';

function familyField(name: string, f: FamilyStatus, guild: GuildSettings, services: BotServices, w: Translator) {
  if (!f.enabled) return { name, value: w.t('bot.notWatched') };
  if (f.ip === null)
    return {
      name,
      value: f.lastCheck
        ? w.t('bot.ip.noAddress', { result: checkResultWords(f.lastCheck, w) })
        : w.t('bot.ip.notChecked'),
    };
  const tz = services.settings().notifications.timezone;
  const held =
    f.since === null
      ? ''
      : `\n${w.t('bot.ip.held', {
          when: when(f.since, tz, w.language),
          // wall-clock: "held for" shown beside its wall stamp "since", both from the history's stamp (a future one reads "—")
          duration: formatDuration(services.clock.now() - f.since, 2, w),
        })}`;
  // Who and where: the provider's AS and country name no address, so every mask shows them.
  const network = formatIdentity(f.identity, w);
  return { name, value: `${address(f.ip, guild.mask, w)}${held}${network ? `\n${network}` : ''}` };
}

/** The /ip answer, also behind the Refresh button and the button of a change post, in `w`. */
export function ipReply(services: BotServices, guild: GuildSettings, w: Translator): Reply {
  const s = services.status();
  const tz = services.settings().notifications.timezone;
  const last = [s.families.v4.lastCheck, s.families.v6.lastCheck]
    .filter((c) => c !== null)
    .sort((a, b) => b.at - a.at)[0];
  const state = s.pausedSince !== null ? 'paused' : s.online === false ? 'offline' : s.online ? 'online' : 'starting';
  const stateWords = w.t('bot.ip.state', { state });
  return {
    embeds: [
      embed({
        title: w.t('bot.ip.title'),
        color: state === 'online' ? COLOR.info : COLOR.warn,
        fields: [
          familyField('IPv4', s.families.v4, guild, services, w),
          familyField('IPv6', s.families.v6, guild, services, w),
          {
            name: w.t('bot.field.monitor'),
            value: last
              ? w.t('bot.ip.lastCheck', { state: stateWords, when: when(last.at, tz, w.language) })
              : stateWords,
          },
        ],
        timestamp: new Date(services.clock.now()).toISOString(),
      }),
    ],
    components: [
      row(
        button(buttonId('ip', 'refresh'), w.t('bot.ip.refresh')),
        button(buttonId('history', 'all', 10, 0), w.t('bot.ip.history')),
        button(buttonId('check'), w.t('bot.ip.checkNow'), 1),
      ),
    ],
  };
}

export const ip = defineCommand({
  name: 'ip',
  options: [],
  level: 'read',
  schema: z.object({}),
  run: async (input, services) => ipReply(services, input.guild, input.words),
});

/** Refresh (update the message) and Show (a change post's button: a reply of its own). */
export const ipButton = defineButton({
  name: 'ip',
  level: 'read',
  mode: 'update',
  run: async (_args, input, services) => ipReply(services, input.guild, input.words),
});

export const ipShowButton = defineButton({
  name: 'ipshow',
  level: 'read',
  mode: 'reply',
  run: async (_args, input, services) => ipReply(services, input.guild, input.words),
});
