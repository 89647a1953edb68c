/**
 * The Discord bot as a notification channel: each notice becomes a rich embed in the
 * channel of every guild whose `discord.guilds[].events` include it (see
 * electron/engine/bot/post.ts). It has no options of its own: the guilds, their channels,
 * events and masks live under `discord` in the settings. Its one option, `bot`, names the bot
 * that posts (`main` or a `discord.bots` id; the first when absent): each bot posts to its own
 * servers' channels. The runtime adds one such channel per bot with a token and none listed
 * (bot/index.ts withBotChannel).
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { defineChannel } from './define';

export const discordBot = defineChannel({
  type: 'discord-bot',
  label: 'Discord bot',
  options: CHANNEL_OPTIONS['discord-bot'],
  create: (o, deps) => {
    const bot = deps.discordBot;
    if (!bot) throw new Error('no Discord bot runs in this process (set discord.token)');
    return { send: (d) => bot.deliver(d, o.bot), close: async () => {} };
  },
});
