/**
 * The fleet and the Sites page: sites, their states and the broker link's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const fleet = {
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

  'reason.fleet.noStatus': 'this runtime gives no status to publish',
  'reason.fleet.noBrokerUrl': 'give the broker URL first',
  'reason.fleet.signedIn': 'signed in to {broker}',
  'reason.fleet.canPublish': 'can publish under {prefix}',
  'reason.fleet.publishAcl':
    'the broker refused to take {topic}: its ACL does not let this user write there (another site’s name?)',
  'reason.fleet.publishFailed': 'the broker did not take {topic} ({said})',
  'reason.fleet.reads': 'reads {count, plural, one {# site} other {# sites}} kept on the broker under {prefix}/',
  'reason.fleet.readAcl': 'the broker does not let this user read {topic} (its ACL)',
  'reason.fleet.late':
    '{step, select, connect {the broker did not accept the connection} publish {the broker did not acknowledge a test message under {topic}} other {the broker did not answer the subscription to {topic}}} within {seconds} s',
  'reason.fleet.broker':
    '{meaning, select, credentials {the broker refused the user name or password} clientId {the broker refused the client id} unavailable {the broker is unavailable} quota {the broker refused more messages (quota exceeded)} refused {nothing accepts connections at that address and port} noHost {the broker’s host name does not resolve} hostLater {the broker’s host name could not be resolved now} timeout {the broker did not answer in time} hostUnreachable {the broker’s host cannot be reached} noRoute {no network route to the broker} reset {the broker closed the connection} selfSigned {the broker’s certificate is self-signed: name its CA file} untrusted {the broker’s certificate is not signed by a trusted CA: name its CA file} otherHost {the broker’s certificate is for another host name} expired {the broker’s certificate has expired} clientUnknownCa {the broker refused this client certificate: it is not signed by a CA the broker trusts} clientBad {the broker refused this client certificate} clientExpired {the broker refused this client certificate: it has expired} clientRequired {the broker asks for a client certificate: name one and its key} other {the broker failed}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'forgot the site "{name}" and its events on this runner; it comes back when it publishes again',

  'reason.fleetLink.lost': 'the connection to the broker was lost',
  'reason.fleetLink.closedBeforeAccept':
    'the broker closed the connection before accepting it: check the user name, password and TLS settings',
  'reason.fleetLink.closing': 'closing: saying goodbye to the broker ({seconds} s at most)',
  'reason.fleetLink.noGoodbye':
    'closed without a goodbye: the broker did not answer within {seconds} s{dropped, plural, =0 {} other {; # message(s) it had not acknowledged were dropped}}',
  'reason.fleetLink.unreached':
    'closed while the broker could not be reached; {dropped, plural, other {# message(s)}} it had not acknowledged were dropped',
  'reason.fleetLink.unreadable':
    'cannot read the {what, select, caFile {CA file} clientCert {client certificate} other {client key}} {file}: {why, select, missing {no such file} notAllowed {this runner may not read it} folder {it is a folder} other {{said}}}',
  'reason.fleetLink.readRefused':
    'the broker refused to let this user read {second, select, none {{first}} other {{first} and {second}}} (its ACL)',
  'reason.fleetLink.cannotSubscribe': 'cannot subscribe: {said}',
  'reason.fleetLink.tooLong':
    '{topic} not published: its state is {kib} KiB, more than the {maxKib} KiB a state may be, and watchers would not read it',

  // A time from now (renderer/src/format.ts formatRelative): the same as web-shell's, until the two merge.

  // Sites (renderer/src/pages/Sites.tsx, sites-parts.tsx).
  'web.sites.title': 'Sites',
  'web.sites.fleet': 'The fleet',
  'web.sites.notWatching': 'This runner does not watch a fleet.',
  'web.sites.notWatchingHow':
    "To see every site: in <link>Settings, Fleet</link>, give the broker's address and turn on <strong>Watch the fleet</strong> (settings {watch} and {broker}).",
  'web.sites.find': 'Find a site',
  'web.sites.more': 'More sites',
  'web.sites.shown': '{shown} of {total} sites shown',
  'web.sites.loadingMore': 'Loading more…',
  'web.sites.showMore': 'Show more',
  'web.sites.table.scrollable': 'Sites, scrollable',
  'web.sites.table.caption': 'Sites',
  'web.sites.col.site': 'Site',
  'web.sites.col.state': 'State',
  'web.sites.col.addresses': 'Addresses',
  'web.sites.col.since': 'Address since',
  'web.sites.col.health': 'Health',
  'web.sites.col.lastSeen': 'Last seen',
  'web.sites.unknown': 'unknown',
  'web.sites.site': 'Site {name}',
  'web.sites.detail': '{since}; {addresses}; health: {health}.',
  'web.sites.detailVersion': '{since}; {addresses}; health: {health}; IPWatch {version}.',
  'web.sites.noEvents': 'No event kept of this site yet.',
  'web.sites.events.scrollable': 'Events of {name}, scrollable',
  'web.sites.events.caption': 'Events of {name}',
  'web.sites.events.when': 'When',
  'web.sites.events.what': 'What',
  'web.sites.forgetNote':
    'Forget: this runner drops the site and its events (the broker keeps its state); it comes back when it publishes again.',
  'web.sites.forget': 'Forget',
  'web.sites.forgetWhich': 'the site {name}',
  'web.sites.close': 'Close',
  'web.sites.notForgotten': 'Not forgotten:',
} as const;
