/**
 * English: bot (the source; docs/i18n.md): the Discord bot's replies, embeds, buttons, refusals
 * and posts (electron/engine/bot/). The commands' own names and descriptions are bot-commands.ts.
 */
export const bot = {
  // The dispatcher's answers and refusals (interactions.ts, access.ts).
  'bot.reply.unknownCommand': 'This command is no longer supported.',
  'bot.reply.invalidOption': 'Invalid option: {error}.',
  'bot.reply.outOfDate': 'That button is out of date.',
  'bot.reply.tooSoon': 'You did this a moment ago; try again in {seconds} s.',
  'bot.reply.failed': 'That did not work: {message}',
  'bot.access.notSetUp': 'IPWatch is not set up for this server.',
  'bot.access.adminOnly': 'Only administrators of IPWatch may do this (Manage Server, or a role set in its settings).',
  'bot.access.notAllowed': 'Your roles do not allow you to use IPWatch here.',

  // Options a member typed wrong (each command's schema).
  'bot.invalid.family': 'family must be IPv4, IPv6 or both (like 4, v6, all), not "{shown}"',
  'bot.invalid.limitWhole': 'limit must be a whole number',
  'bot.invalid.limitRange': 'limit must be between 1 and 25',
  'bot.invalid.periodShape': 'period must look like 24h, 7d or 12w',
  'bot.invalid.periodRange': 'period must be between 1h and 3650d',
  'bot.invalid.format': 'format must be csv or json',
  'bot.invalid.fromShape': 'from must be a date like 2026-11-23',
  'bot.invalid.toShape': 'to must be a date like 2026-11-23',
  'bot.invalid.fromDate': 'from is not a real date',
  'bot.invalid.toDate': 'to is not a real date',
  'bot.invalid.fromAfterTo': 'from must not be after to',
  'bot.invalid.events': 'events are a comma-separated list of: {events}',
  'bot.invalid.noEvent': 'name at least one event',
  'bot.invalid.mask': 'mask must be one of {masks}',
  'bot.invalid.channel': 'channel must be a text channel',
  'bot.invalid.nothingToSet': 'give at least one of interval, mask, channel, events',

  // Words of several replies.
  'bot.none': 'none',
  'bot.unknown': 'unknown',
  'bot.notAvailable': 'n/a',
  'bot.notWatched': 'not watched',
  'bot.button.next': 'Next',
  'bot.field.monitor': 'Monitor',
  'bot.field.nat': 'NAT',
  'bot.field.ddns': 'Dynamic DNS',
  'bot.field.services': 'Services',

  // /status.
  'bot.status.title': 'IPWatch status',
  'bot.status.monitor': '{health} · running for {duration}',
  'bot.status.monitorSince': '{health} since {since} · running for {duration}',
  'bot.status.lastCheck': 'Last check',
  'bot.status.noCheckYet': 'none yet',
  'bot.status.nextCheck': 'Next check',
  'bot.status.nextPaused': 'paused',
  'bot.status.nextAbout': 'about {at}',
  'bot.status.nextSoon': 'soon',
  'bot.status.uptime': 'Uptime (30 days, monitored time)',
  'bot.status.noData': 'no data yet',
  'bot.status.sources': 'Sources',
  'bot.status.sourcesHealthy': '{healthy} of {total} healthy',
  'bot.status.sourcesOpen': '{healthy} of {total} healthy; open breakers: {open}',
  'bot.status.breaker': '{source} ({state, select, open {open} other {half-open}})',
  'bot.status.network': 'Network',
  'bot.status.router': 'Router',
  'bot.status.networkChanges': 'Network changes',
  'bot.status.lastChange': '{watch} · last change {at}',
  'bot.status.notifications': 'Notifications',
  'bot.status.noChannels': 'no channels',
  'bot.status.channel': '{channel}: {state}',
  'bot.status.channelPending': '{channel}: {state} ({pending} pending)',
  'bot.status.heldMore': '… and {count, number} more',
  'bot.status.speedTest': 'Speed test',
  'bot.status.bot': 'Bot',
  'bot.status.ping': '{state} · gateway ping {ms} ms',
  'bot.status.lastError': 'Last error',
  'bot.channelState.ok': 'ok',
  'bot.channelState.retrying': 'retrying',
  'bot.channelState.failing': 'failing',
  'bot.channelState.invalid': 'invalid',
  'bot.channelState.disabled': 'disabled',
  'bot.channelState.paused': 'paused',
  'bot.channelState.removed': 'removed',
  'bot.botState.off': 'off',
  'bot.botState.connecting': 'connecting',
  'bot.botState.connected': 'connected',
  'bot.botState.reconnecting': 'reconnecting',
  'bot.botState.tokenRejected': 'token rejected',
  'bot.botState.failed': 'failed',

  // /ip and its buttons.
  'bot.ip.title': 'Public IP addresses',
  'bot.ip.noAddress': 'none ({result})',
  'bot.ip.notChecked': 'not checked yet',
  'bot.ip.held': 'since {when}, for {duration}',
  'bot.ip.state': '{state, select, paused {paused} offline {offline} online {online} other {starting}}',
  'bot.ip.lastCheck': '{state} · last check {when}',
  'bot.ip.refresh': 'Refresh',
  'bot.ip.history': 'History',
  'bot.ip.checkNow': 'Check now',

  // /history.
  'bot.history.both': 'both',
  'bot.history.title': 'Address history',
  'bot.history.titleFamily': 'Address history (IPv{family})',
  'bot.history.empty': 'Nothing recorded yet.',
  'bot.history.footer': 'Page {page} of {pages} · {total, plural, one {# entry} other {# entries}}',
  'bot.history.previous': 'Previous',

  // /help.
  'bot.help.title': 'IPWatch commands',
  'bot.help.admin': 'You administer IPWatch here.',
  'bot.help.notAdmin': 'Administrators have more commands.',

  // /stats, its chart and its forecast.
  'bot.stats.title': 'Statistics, last {period}',
  'bot.stats.chartTitle': 'IPWatch, last {period}',
  'bot.stats.changes': 'Changes',
  'bot.stats.uptime': 'Uptime (monitored time)',
  'bot.stats.noMonitoredTime': 'no monitored time',
  'bot.stats.familyChanges': '{count, plural, one {# change} other {# changes}}',
  'bot.stats.meanBetween': 'mean time between changes: {duration}',
  'bot.stats.longestRun': 'longest run: {run}',
  'bot.stats.run': '{address} for {duration}',
  'bot.chart.changes': 'changes',
  'bot.chart.uptime': 'uptime %',
  'bot.forecast.title': 'Forecast (hours in {zone})',
  'bot.forecast.nothing': 'No address change recorded yet: nothing to forecast.',
  'bot.forecast.none': 'IPv{family}: no forecast ({reason})',
  'bot.forecast.next': 'next change {at} ({relative}), confidence {confidence, number, percent}',
  'bot.forecast.usualHour': 'usually around {hour}',
  'bot.forecast.holds': 'held {median} (median; spread {spread})',

  // /check.
  'bot.check.title': 'Checked',
  'bot.check.titleChanged': 'Checked: the address changed',
  'bot.check.took': 'Took {duration}.',
  'bot.check.tookMs': 'Took {ms} ms.',
  'bot.check.notChecked': 'not checked',
  'bot.check.paused': 'Monitoring is paused; /{resume} first.',

  // /pause and /resume.
  'bot.pause.already': 'Monitoring has been paused since {since}.',
  'bot.pause.done': 'Monitoring paused. /{resume} starts it again.',
  'bot.resume.notPaused': 'Monitoring is not paused.',
  'bot.resume.done': 'Monitoring resumed; a check ran just now.',

  // /config.
  'bot.config.title': 'IPWatch settings for this server',
  'bot.config.interval': '{seconds} s',
  'bot.config.registration': 'registration',
  'bot.config.registrationScope': '{scope, select, guild {guild} other {global}}',
  'bot.config.cannotWrite': 'This IPWatch cannot write its settings from Discord.',
  'bot.config.saved': 'Saved: {changes}.',
  'bot.config.change': '{name} = {value}',

  // /export.
  'bot.export.tooLarge': 'The export is too large for Discord; narrow it with {from} and {to}.',
  'bot.export.runs': '{count, plural, one {# entry} other {# entries}}.',
  'bot.export.runsHidden':
    "{count, plural, one {# entry} other {# entries}} (addresses hidden as this server's setting says).",
  'bot.export.runsMasked':
    "{count, plural, one {# entry} other {# entries}} (addresses masked as this server's setting says).",

  // /sites and /status site:.
  'bot.sites.title': 'Sites',
  'bot.sites.footer': 'Page {page} of {pages} · {summary}',
  'bot.sites.tooLong': 'these names are too long to page past (a button id holds 100 characters)',
  'bot.sites.first': 'First',
  'bot.sites.seen': 'seen {at}',
  'bot.site.unknown': 'No site "{name}" is watched: /{sites} lists them.',
  'bot.site.title': 'Site {name}',
  'bot.site.state': 'State',
  'bot.site.addresses': 'Addresses',
  'bot.site.health': 'Health',
  'bot.site.events': 'Recent events',

  // Posts (post.ts).
  'bot.post.showSite': 'Show {site}',
  'bot.post.showIp': 'Show /{ip}',
} as const;
