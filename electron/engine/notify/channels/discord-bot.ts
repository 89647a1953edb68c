/**
 * The Discord bot as a notification channel: each notice becomes a rich embed in the
 * channel of every guild whose `discord.guilds[].events` include it (see
 * electron/engine/bot/post.ts). It has no options of its own: the guilds, their channels,
 * events and masks live under `discord` in the settings. The runtime adds one such channel
 * (id `discord-bot`) when a token is set and none is listed.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { defineChannel } from './define';

export const discordBot = defineChannel({
  type: 'discord-bot',
  label: 'Discord bot',
  options: CHANNEL_OPTIONS['discord-bot'],
  create: (_o, deps) => {
    const bot = deps.discordBot;
    if (!bot) throw new Error('no Discord bot runs in this process (set discord.token)');
    return { send: (d) => bot.deliver(d), close: async () => {} };
  },
});
