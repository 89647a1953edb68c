/**
 * The Discord page and Settings' bot panel: the bot's state, servers and errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const discord = {
  // The Discord bot's panel (discord/).
  'editors.discord.bot': 'The bot: {state}',
  'editors.discord.botState':
    '{state, select, off {off} connecting {connecting} connected {connected} reconnecting {reconnecting} failed {failed} other {token rejected}}',
  'editors.discord.as': 'as {user}',
  'editors.discord.inviteLater':
    'Once the bot has a token and has connected, the link that adds it to a server (with the permissions it needs) appears here.',
  'editors.discord.invite': 'Add the bot to a server',
  'editors.discord.copyInvite': 'Copy the invite link',
  'editors.discord.saveFirst': 'Save first: the test post goes through the running bot.',
  'editors.discord.mustConnect': 'The bot is {state}; it must be connected.',
  'editors.discord.notKnown': 'not known yet',
  'editors.discord.channelFirst': 'Give a server a channel for posts first.',
  'editors.discord.stepInvite': 'Invite it to your server',
  'editors.discord.stepServers': 'Choose its servers and channels',
  'editors.discord.ids':
    'Ids: in Discord, Settings, Advanced, Developer Mode on; then right-click the server or channel, Copy ID.',
  'editors.discord.stepTest': 'Save, then send a test post',
  'editors.discord.sendTest': 'Send a test post',
  'editors.discord.webhookInstead':
    'Only need posts in one channel? A Discord webhook needs no bot: <channels>add one under Notification channels</channels> (Add Discord, a webhook). The <page>Discord page</page> shows the bot as it runs.',
  'editors.discord.stepCreate': 'Create the bot',
  'editors.discord.portal':
    'In the <portal>Discord Developer Portal</portal>: New Application, then Bot, then Reset Token. No privileged intent is needed.',
  'editors.discord.thenSteps':
    'Then invite it to your server, choose its servers and channels, and send a test post: those steps show once it has a token.',
  'editors.discord.more': 'More Discord settings',

  'editors.guild.in': 'The bot is in “{name}”.',
  'editors.guild.notIn': 'The bot is not in this server yet: invite it with the link above.',
  'editors.guild.legend': 'Server {name}',
  'editors.guild.roles': '{count, plural, one {# role} other {# roles}}',
  'editors.guild.members': '{count, plural, one {# member} other {# members}}',
  'editors.guild.rolesAndMembers': '{roles}, {members}',
  'editors.guild.who': 'Who may use the commands: {read}; administer: {admin}',
  'editors.guild.everyMember': 'every member',
  'editors.guild.adminListed': '{people} and Manage Server',
  'editors.guild.adminDefault': 'members with Manage Server',
  'editors.guild.list': 'Discord servers',
  'editors.guild.empty': 'No server yet: the bot answers nowhere and posts nothing.',
  'editors.guild.new': 'New server',
  'editors.guild.postsTo': 'Discord server · posts to {channel}',
  'editors.guild.noPosts': 'Discord server · no posts',
  'editors.guild.add': 'Add a server',

  'editors.bots.list': 'More bots',
  'editors.bots.intro':
    'Other Discord applications this IPWatch runs, each with its own token, servers and commands; each posts to its own servers.',
  'editors.bots.empty': 'No other bot: only the one above.',
  'editors.bots.new': 'New bot',
  'editors.bots.add': 'Add a bot',
  'editors.bots.full': 'At most {max} bots in one IPWatch.',
  'editors.bots.notConnected': 'not connected',
  'editors.bots.legend': 'Bot {name}',

  'reason.bot.tokenRejected':
    'Discord rejected the bot token; set a new one (the bot retries only after the token changes)',
  'reason.bot.waitToLogin': 'cannot connect: Discord asked to wait {seconds} s before the next login',
  'reason.bot.gatewayClosed': 'gateway closed for good (code {code})',

  // Discord (renderer/src/pages/Discord.tsx, bot-view.ts).
  'web.discord.title': 'Discord',
  'web.discord.bot': 'Bot',
  'web.discord.state.off': 'off',
  'web.discord.state.connecting': 'connecting',
  'web.discord.state.reconnecting': 'reconnecting',
  'web.discord.state.connected': 'connected',
  'web.discord.state.tokenRejected': 'token rejected',
  'web.discord.state.failed': 'failed',
  'web.discord.as': 'as {user}',
  'web.discord.ping': '(gateway ping {ms} ms)',
  'web.discord.off':
    'The bot is off until it has a token. <link>Set it up in Settings</link>: the token, its servers and their channels.',
  'web.discord.invite': 'Add the bot to a server',
  'web.discord.invitePermissions': '(with the permissions it needs)',
  'web.discord.settings': 'Discord settings',
  'web.discord.webhook':
    'Only want posts, no commands? A Discord webhook needs no bot: <link>add one under Notification channels</link> (Add Discord).',
  'web.discord.servers': 'Servers',
  'web.discord.noServer': 'No server configured.',
  'web.discord.moreBots': 'More bots',
  'web.discord.botId': 'id {id}',
  'web.discord.notJoined': 'not joined yet',
  'web.discord.postsTo': 'posts to channel {channel}',
  'web.discord.commands': 'Commands',
  'web.discord.commands.failed': 'Not registered: {error}',
  'web.discord.commands.notYet': 'Not registered yet.',
  'web.discord.commands.global': 'Registered globally (Discord may take up to an hour to show them everywhere).',
  'web.discord.commands.guild': 'Registered in each configured server.',
} as const;
