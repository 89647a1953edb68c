/**
 * Settings' rows: sources, channels, their states, the watcher, fleet and speed.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingsRows = {
  'settings.channels.none': 'No channels: nothing is sent.',
  'settings.channels.new': 'New channel',
  'settings.channels.unknownType': '{type} (unknown)',
  'settings.channels.notHere': '{label} (not here)',
  'settings.channels.test': 'Test',
  'settings.channels.fixToTest': 'Fix the fields marked below to send a test.',
  'settings.channels.newType': 'Type of the new channel',
  'settings.channels.add': 'Add a channel',
  'settings.channels.noDesktop': 'Desktop notifications cannot show here: {reason}.',

  'settings.fleet.notStarted': 'Not started: {error}.',
  'settings.fleet.connecting': 'Connecting to the broker…',
  'settings.fleet.failing': 'Not reaching the broker: {error}.',
  'settings.fleet.noReason': 'no reason given',
  'settings.fleet.connectedBut': 'Connected, but: {error}.',
  'settings.fleet.connected': 'Connected to the broker.',
  'settings.fleet.test': 'Test the broker',

  // Custom sources by kind (settings/sources/forms.ts).
  'settings.sourceKind.http': 'HTTP source',
  'settings.sourceKind.httpBlurb':
    'A web service that answers with the address it sees you from: as text, in a JSON field or key=value lines.',
  'settings.sourceKind.dns': 'DNS source',
  'settings.sourceKind.dnsBlurb':
    'A DNS server that answers one name with your address (OpenDNS myip, Cloudflare whoami, Google TXT).',
  'settings.sourceKind.stun': 'STUN source',
  'settings.sourceKind.stunBlurb':
    'A STUN server (as video calls use): it tells you the address and port it sees you from.',
  'settings.sourceKind.interface': "The interface's own address",
  'settings.sourceKind.interfaceBlurb':
    "For a host that holds its public address: the interface's own global address, read with no request.",
  'settings.sourceKind.label': 'Source kind',
  'settings.sourceKind.more': 'More options',
  'settings.sourceKind.providerPlaceholder': 'the source id',

  'settings.sources.custom': 'Custom sources',
  'settings.sources.none': 'None yet: only the built-in sources are asked.',
  'settings.sources.new': 'New source',
  'settings.sources.add': 'Add a custom source',
  'settings.sources.legend': 'Custom source',
  'settings.sources.answered': 'Answered {ip} in {ms} ms',
  'settings.sources.failed': 'Failed:',

  'settings.speed.moves': 'Each test moves up to the data limit to Cloudflare (or the server set) and back.',
  'settings.speed.metered':
    ' Last asked, the connection was {state, select, unknown {of unknown cost} metered {metered} other {unmetered}}: {detail}.',

  // Fields named for people (settings/field-trail.ts).

  // What a row says of its item (settings/item-states.ts).
  'settings.state.notSaved': 'not saved yet',
  'settings.state.notInUse': 'not in use',
  'settings.state.notInUseWhy': 'The engine does not ask it: see the log.',
  'settings.state.off': 'off',
  'settings.state.starting': 'starting',
  'settings.state.nothingSent': 'nothing sent yet',
  'settings.state.working': 'working',
  'settings.state.retrying': 'retrying',
  'settings.state.failing': 'failing',
  'settings.state.cannotRun': 'cannot run',
  'settings.state.paused': 'paused',
  'settings.state.removed': 'removed',
  'settings.state.botOff': 'bot off',
  'settings.state.notJoined': 'not joined yet',
  'settings.state.invite': 'Invite the bot with the link above.',
  'settings.state.cannotPost': 'cannot post',
  'settings.state.joined': 'joined',

  'settings.watcher.testing': 'Testing…',
  'settings.watcher.failed': 'Failed: {error}',
  'settings.watcher.runHook': 'Run it once (saved settings)',
  'settings.watcher.ping': 'Send a test ping (saved settings)',
  'settings.watcher.notRun': 'Not run yet.',
  'settings.watcher.lastRun': 'Last run {when} ({event}): exited 0 in {took}.',
  'settings.watcher.lastRunFailed': 'Last run {when} ({event}): {error}',
  'settings.watcher.pingOff': 'Off: no ping is sent.',
  'settings.watcher.pingWaiting': 'Waiting for the first check to ping.',
  'settings.watcher.pingOk': 'Last ping {when}: {signal}, accepted.',
  'settings.watcher.pingFailing': 'Pings failing: {detail}',
  'settings.watcher.pingFailingRun': 'Pings failing ({failures} in a row): {detail}',
  'settings.watcher.lastAccepted': '; last accepted {when}',
  'settings.watcher.worked': 'Worked: {detail} ({took}).',
} as const;
