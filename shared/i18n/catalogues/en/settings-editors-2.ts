/**
 * English: settings-editors, continued (the source; docs/i18n.md): the DDNS records, the
 * Discord bot's panel and servers, and the service monitors (renderer/src/settings/{ddns,
 * discord,monitors}/).
 */
export const settingsEditors2 = {
  // Dynamic DNS records (ddns/).
  'editors.ddns.records': 'DNS records',
  'editors.ddns.record': 'DNS record',
  'editors.ddns.newRecord': 'New record',
  'editors.ddns.empty': 'No records: no host name is kept pointing here.',
  'editors.ddns.adderKind': 'Provider of the new record',
  'editors.ddns.add': 'Add a record',
  'editors.ddns.provider': 'DNS provider',
  'editors.ddns.testThis': 'Test this record',
  'editors.ddns.lastPropagated': '{state} · last propagated in {took}',
  'editors.ddns.waitingFor': '{state} (waiting for {servers})',
  'editors.ddns.servers': '{first}, {second} and {third}',
  'editors.ddns.serversTwo': '{first} and {second}',
  'editors.ddns.serversMore': '{first}, {second} and {more} more',
  'editors.ddns.ms': '{n} ms',
  'editors.ddns.s': '{n} s',
  'editors.ddns.min': '{min} min',
  'editors.ddns.minS': '{min} min {s} s',
  'editors.ddns.holds': 'Works: the record already points at this address.',
  'editors.ddns.willSet': 'Works: the record will be set to this address once you save.',
  'editors.ddns.accepted': 'Works: the provider accepted the credentials.',
  'editors.ddns.tested': '{head}{detail} ({ms} ms)',
  'editors.ddns.stopped': 'Switched off: {why}',
  'editors.ddns.noReason': 'no reason was given: see the log',
  'editors.ddns.tryAgain': 'Try again',
  'editors.ddns.trying': 'Trying…',
  'editors.ddns.couldNotRetry': 'Could not try again:',
  'editors.ddns.stable': 'stable',
  'editors.ddns.rfc2136': 'RFC 2136 (your own server)',
  'editors.ddns.rfc2136.blurb':
    'A signed dynamic update (TSIG) straight to your primary server: BIND, Knot or PowerDNS.',
  'editors.ddns.cloudflare': 'Cloudflare',
  'editors.ddns.cloudflare.blurb':
    'Looks the record up and changes only its address; proxied and TTL stay as you set them.',
  'editors.ddns.dyndns2': 'dyndns2 (No-IP, Dyn, Dynu…)',
  'editors.ddns.dyndns2.blurb':
    "The update protocol most DDNS services speak: the service's update server, your account and host name.",
  'editors.ddns.duckdns': 'DuckDNS',
  'editors.ddns.duckdns.blurb': 'A free name under duckdns.org, kept with the token from your DuckDNS page.',
  'editors.ddns.desec': 'deSEC',
  'editors.ddns.desec.blurb':
    'A name at deSEC (dedyn.io or your own domain there), updated with a token that may change it.',
  'editors.tsig.placeholder': 'base64, as keymgr -t prints it',
  'editors.tsig.sameKey': 'The same key for your server',
  'editors.tsig.knot': 'Knot (knot.conf; the first line is for knsupdate -y):',
  'editors.tsig.knotLabel': 'Knot key configuration',
  'editors.tsig.knotCopy': 'Copy the Knot key configuration',
  'editors.tsig.bind': 'BIND (named.conf):',
  'editors.tsig.bindLabel': 'BIND key statement',
  'editors.tsig.bindCopy': 'Copy the BIND key statement',

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

  // Service monitors (monitors/).
  'editors.monitor.inside': 'A check from here proves the service runs, not that the internet reaches it',
  'editors.monitor.list': 'Monitors',
  'editors.monitor.legend': 'Monitor',
  'editors.monitor.new': 'New monitor',
  'editors.monitor.empty': 'No monitors: nothing behind the address is checked.',
  'editors.monitor.adderKind': 'Kind of the new monitor',
  'editors.monitor.add': 'Add a monitor',
  'editors.monitor.kind': 'Kind of check',
  'editors.monitor.timing': 'Timing',
  'editors.monitor.testThis': 'Test this monitor',
  'editors.monitor.up': 'Up: {detail} ({ms} ms)',
  'editors.monitor.down': 'Down ({ms} ms):',
  'editors.monitor.tcp': 'TCP port',
  'editors.monitor.tcp.blurb':
    'Up when the port accepts a connection (SSH, a game server, a database). Nothing is sent.',
  'editors.monitor.http': 'Web page (HTTP or HTTPS)',
  'editors.monitor.http.blurb':
    'Up when the page answers with the status you expect (any 2xx or 3xx by default), holding your text if you set one.',
  'editors.monitor.dns': 'DNS name',
  'editors.monitor.dns.blurb':
    'Up when the name resolves to the address IPWatch confirmed: a dynamic DNS name that kept up with the change.',
} as const;
