/** English: words-3, the shared words of uptime, sources, the fleet, the forecast (the source; docs/i18n.md). */
export const words3 = {
  // Uptime (shared/uptime.ts): a figure, what it covers, the Uptime card's tiles.
  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'V8 heap {used} in use (of {total}); native {native} (outside the heap)',
  'uptime.percent': '{value} %',
  'uptime.notMonitored': 'not monitored in this time',
  'uptime.noSource': 'not monitored: no source',
  'uptime.over': 'over {duration} monitored',
  'uptime.overUnderSecond': 'under 1 s monitored',
  'uptime.underSecond': 'under 1 s',
  'uptime.offline': '{over} · offline {duration}',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'not monitored yet',
  'uptime.tile.noSourceCovers': 'no source is set up, so no check is sent',
  'uptime.tile.noCheck': 'no check so far',
  'uptime.tile.nowNoSource': '{covers} · now {noSource}',
  'uptime.tile.since': 'since {time}',
  'uptime.tile.day': 'last 24 h',
  'uptime.tile.days': 'last {days} d',
  'uptime.tile.year': 'last 1 y',
  // A source's reason (shared/source-state.ts); its state's word is web.source.state.*.
  'sourceState.notAsked': 'Not asked in the last check.',
  'sourceState.usual': 'Usual answer time {seconds} s',
  // A watched site (shared/words/fleet.ts).
  'fleet.state.unreadable': 'unreadable',
  'fleet.state.unknown': 'unknown',
  'fleet.state.online': 'online',
  'fleet.state.offline': 'offline',
  'fleet.since.cannotRead': 'cannot read its state: {why}',
  'fleet.since.noState': 'no state read yet',
  'fleet.since.justNow': '{state} just now',
  'fleet.since.for': '{state} for {duration}',
  'fleet.since.why': '{text} ({why})',
  'fleet.neverHeard': 'never heard by this watcher',
  'fleet.addresses.unknown': 'addresses unknown',
  'fleet.addresses.noFamily': 'watches neither IPv4 nor IPv6',
  'fleet.address': 'IPv{family} {address}',
  'fleet.address.unknown': 'unknown',
  'fleet.address.lastKnown': '{address}, last known',
  'fleet.notWatching': 'This runner does not watch a fleet: in Settings, Fleet, give the broker and turn on {setting}.',
  'fleet.unknown': 'unknown',
  'fleet.health.lastHeard': '{label}, when last heard',
  'fleet.clock':
    "its clock is off by {duration} ({side, select, ahead {ahead of} other {behind}} this watcher's): its times are read on this watcher's clock",
  'fleet.twoRunners':
    'two runners claim this site: states from two runs of IPWatch alternate under its name; give each its own site name',
  'fleet.note.thisMachine': 'this machine',
  'fleet.note.mismatch': 'its state calls it "{name}": not trusted, the topic\'s name is shown',
  'fleet.note.unreadable': 'last message unreadable: {why}',
  // What a site sent, never shown as IPWatch's own words (issue 73): quoted as the site's, or its code in ours.
  'fleet.siteSays': '“{text}” (as the site says)',
  'fleet.offline.stopped': 'stopped',
  'fleet.offline.connectionLost': 'connection lost',
  'fleet.note.refused':
    '{n, plural, one {{nN} value it sent was} other {{nN} values it sent were}} refused or replaced: an address not of its kind is shown as unknown, and characters that are invisible or change the text’s direction as �',
  'fleet.note.badNames':
    '{n, plural, one {{nN} message was} other {{nN} messages were}} not shown: the site name it came under holds characters that are invisible or change the text’s direction',
  'fleet.heard.counting':
    '{n, plural, one {{nN} site state kept on the broker} other {{nN} site states kept on the broker}} reached this watcher when it subscribed; the broker’s figures, which say whether it dropped any, are still to come.',
  'fleet.heard.noneDropped':
    '{n, plural, one {The {nN} site state kept on the broker} other {All {nN} site states kept on the broker}} reached this watcher when it subscribed: the broker dropped none.',
  'fleet.heard.dropped':
    'This watcher may have heard fewer sites than the broker holds: the broker dropped {d, plural, one {{dN} message} other {{dN} messages}} (to this watcher or another client) while it sent the {n, plural, one {{nN} state} other {{nN} states}} heard. Raise its max_queued_messages as the fleet guide shows.',
  'fleet.heard.unknown':
    'Whether this watcher heard every site the broker holds is unknown: the broker showed it no $SYS figures (its ACL, or a broker other than mosquitto); {n, plural, one {{nN} site state kept on the broker} other {{nN} site states kept on the broker}} reached it when it subscribed.',
  'fleet.event.changed': 'changed',
  'fleet.event.online': 'came online',
  'fleet.event.offline': 'went offline',
  'fleet.event.mismatch': 'published under another name',
  'fleet.event.unreadable': 'sent a state this watcher cannot read',
  'fleet.event.detail': '{event} ({detail})',
  'fleet.event.changes': '{event}: {changes}',
  'fleet.event.change': '{what}: {from} → {to}',
  'fleet.event.none': 'none',
  'fleet.event.away': '{event} [while this watcher was away]',
  'fleet.summary.none': 'No site has published under the prefix yet.',
  'fleet.summary.online': '{n} online',
  'fleet.summary.offline': '{n} offline',
  'fleet.summary.unknown': '{n} not known yet',
  'fleet.summary.line': '{sites, plural, one {{sitesN} site} other {{sitesN} sites}}: {parts}.',
  'fleet.summary.recent':
    '{sites, plural, one {{sitesN} site} other {{sitesN} sites}}: {parts}; {recent, plural, one {{recentN} site} other {{recentN} sites}} with a new address in the last {hours} h.',
  // The forecast's reason (shared/forecast.ts), its durations short: "14d", "1d 3h".
  'forecast.unit.day': '{n}d',
  'forecast.unit.hour': '{n}h',
  'forecast.unit.minute': '{n}min',
  'forecast.unit.second': '{n}s',
  'forecast.reason.tooShort': 'too short a history: {count} address holds measured, {needed} needed for a forecast',
  'forecast.reason.noPattern':
    'no pattern: only {share}% of {count} holds lasted within ±{window} of the usual {usual}',
  'forecast.reason.pattern': '{share}% of {count} holds lasted within ±{window} of the usual {usual}',
  'forecast.reason.overdue': '{reason}; held longer than usual now, so the next window if the cycle goes on',
} as const;
