/**
 * Notification channels: their editor, types, events, masking and states.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const channels = {
  'editors.addDiscord.legend': 'Add Discord',
  'editors.addDiscord.webhook': 'A webhook: posts only',
  'editors.addDiscord.webhookHelp':
    "Each notice goes to one Discord channel. Nothing to install: in Discord, the channel's settings, Integrations, Webhooks, New Webhook, then paste its URL here.",
  'editors.addDiscord.bot': 'The bot: commands too',
  'editors.addDiscord.botHelp':
    'Posts to your servers and answers /ip, /status and the other commands there. Needs a bot of your own: its token and servers are set in the Discord bot section.',

  // Notification channels (channels/).
  'editors.channel.title': '{type}: {name}',
  'editors.channel.newName': 'new channel',
  'editors.channel.type': 'Type',
  'editors.channel.name': 'Name',
  'editors.channel.nameHelp': 'Names it in the status, the log and the outbox: letters, digits, dot, dash, underscore.',
  'editors.channel.enabled': 'Enabled',
  'editors.channel.enabledOff': 'Switched off: nothing is sent, but a test still is.',
  'editors.channel.gets': 'What it gets: {events}; {mask}',
  'editors.channel.eventsAll': 'every event',
  'editors.channel.eventsNone': 'no events',
  'editors.channel.eventsSome': '{count} of {total} events',
  'editors.channel.eventsSent': 'Events sent',
  'editors.channel.noEvents': 'No events: nothing is sent.',
  'editors.channel.fixFirst': 'Fix the fields marked above to send a test.',
  'editors.channel.sendTest': 'Send a test',
  'editors.channel.sending': 'Sending…',
  'editors.channel.sent': 'Sent in {ms} ms: check that it arrived.',
  'editors.channel.notSent': 'Not sent:',

  // Each channel type: its name and one line on what it does (channels/forms.ts).
  'editors.channelType.discord-webhook': 'Discord webhook',
  'editors.channelType.discord-webhook.blurb':
    'Posts an embed to one Discord channel. In Discord: channel settings, Integrations, Webhooks, New Webhook.',
  'editors.channelType.telegram': 'Telegram',
  'editors.channelType.telegram.blurb':
    'Sends a message from your Telegram bot to a chat, group or channel. Create the bot with @BotFather.',
  'editors.channelType.telegram.chatId': '-1001234567890 or @mychannel',
  'editors.channelType.slack': 'Slack',
  'editors.channelType.slack.blurb':
    'Posts to one Slack channel through an incoming webhook (your Slack app, Incoming Webhooks).',
  'editors.channelType.ntfy': 'ntfy',
  'editors.channelType.ntfy.blurb': 'Publishes to an ntfy topic; subscribe to it in the ntfy app.',
  'editors.channelType.gotify': 'Gotify',
  'editors.channelType.gotify.blurb': 'Pushes to your Gotify server.',
  'editors.channelType.email': 'Email (SMTP)',
  'editors.channelType.email.blurb': 'Sends a plain-text mail through your SMTP server.',
  'editors.channelType.email.requireTls': 'When there is a password (recommended)',
  'editors.channelType.webhook': 'Webhook',
  'editors.channelType.webhook.blurb':
    'Sends each notice to your own URL as JSON (or your template), signed if you give a secret: as Standard Webhooks do (a receiver checks it with the standardwebhooks package), or as GitHub does (X-Hub-Signature-256). The notice, its event included, is in the signed body.',
  'editors.channelType.mqtt': 'MQTT / Home Assistant',
  'editors.channelType.mqtt.blurb':
    'Keeps the addresses and the connection state in retained topics and sends every notice as an event; with discovery, Home Assistant shows them as sensors of one device.',
  'editors.channelType.teams': 'Microsoft Teams',
  'editors.channelType.teams.blurb':
    'Posts a card to a Teams channel through a Workflows webhook. In Teams: the channel\'s … menu, Workflows, "Send webhook alerts to a channel".',
  'editors.channelType.pushover': 'Pushover',
  'editors.channelType.pushover.blurb':
    'Pushes to the Pushover app. Create an application on pushover.net for its token; your user key is on the dashboard.',
  'editors.channelType.apprise': 'Apprise',
  'editors.channelType.apprise.blurb':
    'Sends through your Apprise API server to any service Apprise knows: a configuration saved under a key, or the Apprise URLs given here.',
  'editors.channelType.twilio': 'SMS (Twilio)',
  'editors.channelType.twilio.blurb':
    'Sends a short SMS through Twilio: your Account SID and auth token from the Twilio Console, a Twilio number to send from.',
  'editors.channelType.matrix': 'Matrix',
  'editors.channelType.matrix.blurb':
    'Posts to a Matrix room as an account of your homeserver, with its access token; the account must have joined the room.',
  'editors.channelType.signal': 'Signal',
  'editors.channelType.signal.blurb':
    'Sends Signal messages through your signal-cli-rest-api server, as the account registered or linked there.',
  'editors.channelType.bark': 'Bark',
  'editors.channelType.bark.blurb':
    'Pushes to the Bark app on iPhone: the device key the app shows, through api.day.app or your own bark-server.',
  'editors.channelType.plugin': 'Plugin',
  'editors.channelType.plugin.blurb':
    'Hands each notice to a program of yours, named by its manifest in the plugins folder.',
  'editors.channelType.desktop': 'Desktop notification',
  'editors.channelType.desktop.blurb':
    "A notification on this computer's desktop; a server without a desktop session switches it off and says why.",
  'editors.channelType.discord-bot': 'Discord bot',
  'editors.channelType.discord-bot.blurb':
    "Posts through the Discord bot to each server's channel (see Discord). It is there by itself once the bot has a token; add it here only to switch its posts off, pick its events or mask them.",
  'editors.channelType.bark.levelAuto': 'Automatic (time sensitive for bad news)',
  'editors.channelType.priorityAuto': 'Automatic (high for bad news)',

  // The events a channel gets, in the order of NOTIFY_EVENTS (channels/spec.ts).
  'editors.event.ipv4-changed': 'IPv4 address changed',
  'editors.event.ipv6-changed': 'IPv6 address changed',
  'editors.event.flap': 'Changed and changed back (flap)',
  'editors.event.offline': 'Offline',
  'editors.event.online': 'Back online',
  'editors.event.degraded': 'Detection degraded or recovered',
  'editors.event.frequent-changes': 'Frequent changes (a flaky line)',
  'editors.event.started': 'Monitor started (when "startup" is on)',
  'editors.event.nat-changed': 'NAT changed (e.g. now behind CGNAT)',
  'editors.event.provider-changed': 'Network changed (another AS or country)',
  'editors.event.service-down': 'A service monitor is down',
  'editors.event.service-up': 'A service monitor is back up',
  'editors.event.ddns-stopped': 'A DNS record switched off (needs you)',
  'editors.event.ddns-waiting': 'A DNS record waits to retry',
  'editors.event.ddns-failed': 'A DNS record is not in step',
  'editors.event.ddns-in-step': 'A DNS record is in step again',
  'editors.event.site-changed': 'Another site of the fleet has a new address',
  'editors.event.site-offline': 'Another site of the fleet went offline',
  'editors.event.site-online': 'Another site of the fleet is back',
  'editors.event.memory-high': "IPWatch's memory passed its bound",

  'editors.mask.label': 'Addresses in messages',
  'editors.mask.none': 'Show addresses in full',
  'editors.mask.partial': 'Hide the end (203.0.113.xxx)',
  'editors.mask.hidden': 'Hide addresses entirely',
  // The same, inside a sentence ("What it gets: every event; show addresses in full").
  'editors.mask.inline.none': 'show addresses in full',
  'editors.mask.inline.partial': 'hide the end (203.0.113.xxx)',
  'editors.mask.inline.hidden': 'hide addresses entirely',

  'reason.channel.unknownType': 'unknown channel type "{type}"',
  'reason.channel.duplicateId': 'duplicate channel id "{id}": only the first one is used',

  'reason.desktop.container': 'no desktop session: running in a container',
  'reason.desktop.waylandNoSocket': 'no desktop session: WAYLAND_DISPLAY names no socket ({display})',
  'reason.desktop.noDisplay': 'no desktop session: DISPLAY and WAYLAND_DISPLAY are unset',
  'reason.desktop.windowsService': 'no desktop session: running as a Windows service',
  'reason.desktop.none': 'no desktop session',
  'reason.desktop.noNotifySend': 'notify-send not found (install libnotify-bin)',
  'reason.desktop.notSupported': 'desktop notifications are not supported on this system',
  'reason.desktop.noNotifier': 'no desktop notifier in this process',

  // The app's own words (electron/shell/): the test of desktop notifications.
  'shell.desktop.test': 'Test notification: desktop notifications work.',
  'shell.desktop.unsupported': 'desktop notifications are not supported on this system',

  // The notification channels (renderer/src/pages/channels-list.tsx).
  'web.channel.state.ok': 'ok',
  'web.channel.state.retrying': 'retrying',
  'web.channel.state.failing': 'failing',
  'web.channel.state.invalid': 'invalid',
  'web.channel.state.paused': 'paused',
  'web.channel.state.disabled': 'disabled',
  'web.channel.state.removed': 'removed',
  'web.channel.sendTestTo': 'Send test: {channel}',
  'web.channel.sending': 'Sending…',
  'web.channel.sendTest': 'Send test',
  'web.channel.sentIn': 'Sent in {ms} ms',
  'web.channel.notSent': 'Not sent:',
  'web.channel.lastError': 'Last error{recovered, select, yes {, since recovered} other {}}',
  'web.channel.lastErrorAgo': 'Last error {ago}{recovered, select, yes {, since recovered} other {}}',
  'web.channel.none': 'No notification channels. Add one in Settings.',
  'web.channel.counts': '{pending} pending · {sent} sent · {expired} expired',
  'web.channel.lastSent': ' · last sent {ago}',
} as const;
