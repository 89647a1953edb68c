/**
 * The source catalogue: every message IPWatch has moved out of its code so far, in ICU form
 * (docs/i18n.md). Its keys are the message ids; de.ts and id.ts must have exactly these keys with
 * the same ICU arguments (the typecheck and tests/shared/i18n/catalogues.test.ts say so).
 * A key is named for where its words are read: `duration.*`, `time.*`, `tray.*`, `notice.*`.
 */
export const en = {
  // Durations (shared/words/duration.ts): the two largest units, each rounded down.
  'duration.day': '{n} d',
  'duration.hour': '{n} h',
  'duration.minute': '{n} min',
  'duration.second': '{n} s',
  'duration.ago': '{duration} ago',

  // Addresses as a channel's mask shows them (electron/engine/format/display.ts).
  'address.none': 'none',
  'address.hidden': '(hidden)',

  // The tray's tooltip (electron/shell/tray-state.ts): short, Windows shows 127 characters.
  'tray.tooltip.head': 'IPWatch: {state}',
  'tray.tooltip.changedRecently': 'address changed recently',
  'tray.tooltip.checking': 'checking…',
  'tray.family.notWatched': '{family}: not watched',
  'tray.family.address': '{family}: {ip}',
  'tray.family.notChecked': '{family}: not checked yet',
  'tray.family.noSource': '{family}: not monitored: no source',
  'tray.family.noAnswer': '{family}: no answer',
  'tray.family.unknown': '{family}: unknown',
  'tray.nat.direct': 'Direct: no NAT in between',
  'tray.nat.nat': 'NAT: forward ports on your router',
  'tray.nat.doubleNat': 'Double NAT: forward on both',
  'tray.nat.cgnat': 'CGNAT: no port forwarding',
  'tray.nat.vpn': 'VPN: router forwarding bypassed',
  'tray.lastCheck': 'Last check: {ago}',
  'tray.lastCheck.never': 'Last check: not yet',
  'tray.updateReady': 'Update {version} ready: restart from the menu',
  'tray.why': 'Why: {reason}',
  'tray.dnsTrouble': 'DNS: {records}',
  'tray.dnsRecord': '{name} {type} {state}',
  'tray.dnsRecordLine': '{name} {type}: {state}',
  'tray.speedAge': '{speed} ({ago})',
  // The tray's menu (electron/shell/tray.ts).
  'tray.menu.address': '{family}: {ip}',
  'tray.menu.clickToCopy': 'Click to copy',
  'tray.menu.noAddress': 'No address yet',
  'tray.menu.checkNow': 'Check now',
  'tray.menu.resume': 'Resume monitoring',
  'tray.menu.pause': 'Pause monitoring',
  'tray.menu.dashboard': 'Open dashboard',
  'tray.menu.history': 'History',
  'tray.menu.settings': 'Settings…',
  'tray.menu.startAtLogin': 'Start at login',
  'tray.menu.restartToUpdate': 'Restart to update ({version})',
  'tray.menu.quit': 'Quit IPWatch',

  // A dynamic DNS record's state (shared/words/ddns.ts).
  'ddns.state.inStep': 'in step',
  'ddns.state.updating': 'updating',
  'ddns.state.propagating': 'propagating',
  'ddns.state.waiting': 'waiting to retry',
  'ddns.state.stopped': 'switched off',
  'ddns.state.failed': 'failed',
  'ddns.state.off': 'off',

  // The notices every channel sends (electron/engine/notify/message.ts).
  'notice.line': '{name}: {value}',
  'notice.withNetwork': '{summary} ({network})',
  'notice.field.time': 'Time',
  'notice.field.family': 'Family',
  'notice.field.oldAddress': 'Old address',
  'notice.field.newAddress': 'New address',
  'notice.field.oldAddressLasted': 'Old address lasted',
  'notice.field.confirmedBy': 'Confirmed by',
  'notice.field.network': 'Network',
  'notice.field.oldNetwork': 'Old network',
  'notice.field.address': 'Address',
  'notice.field.briefly': 'Briefly',
  'notice.field.for': 'For',
  'notice.field.cause': 'Cause',
  'notice.field.outage': 'Outage',
  'notice.field.ipv4': 'IPv4',
  'notice.field.ipv6': 'IPv6',
  'notice.field.before': 'Before',
  'notice.field.now': 'Now',
  'notice.field.routerAddress': "Router's external address",
  'notice.field.publicIpv4': 'Public IPv4 address',
  'notice.field.meaning': 'What it means',
  'notice.changed.title': 'Public {family} address changed',
  'notice.changed.summary': '{family} {from} → {to}',
  'notice.changed.summaryHidden': 'Your public {family} address changed.',
  'notice.provider.unknownNetwork': 'an unknown network',
  'notice.provider.title': '{family} network changed',
  'notice.provider.summary': 'Your {family} address now comes from {now} (was {before}).',
  'notice.flap.title': 'Public {family} address flapped',
  'notice.flap.summary': '{family} {address} → {via} → {address} within {duration}',
  'notice.flap.summaryHidden': 'Your {family} address changed and came back within {duration}.',
  'notice.offline.title': 'Offline',
  'notice.offline.summary': 'No connection since {since} ({duration}).',
  'notice.online.title': 'Back online',
  'notice.online.summary': 'Back online after {duration} offline.',
  'notice.degraded.title': 'IP detection degraded',
  'notice.degraded.summary': 'Address changes may go unnoticed: {reason}.',
  'notice.recovered.title': 'IP detection back to normal',
  'notice.recovered.summary': 'Detection recovered: {reason}.',
  'notice.frequent.title': 'Frequent {family} changes',
  'notice.frequent.summary':
    '{count, plural, one {{count} change} other {{count} changes}} within {duration}: the connection looks flaky.',
  'notice.started.title': 'IPWatch started',
  'notice.started.summary': 'Monitoring your public addresses.',
  'notice.test.title': 'IPWatch test notification',
  'notice.test.summary': 'If you can read this, the channel works.',

  // A service monitor's notice (electron/engine/notify/service-message.ts).
  'notice.field.monitor': 'Monitor',
  'notice.field.why': 'Why',
  'notice.field.downFor': 'Was down for',
  'notice.service.downTitle': '{name} is down{afterChange, select, yes { after the address change} other {}}',
  'notice.service.downSummary':
    '{name} stopped answering{afterChange, select, yes { after the address change} other {}}.',
  'notice.service.downSummaryWhy':
    '{name} stopped answering{afterChange, select, yes { after the address change} other {}}: {why}',
  'notice.service.upTitle': '{name} is back up',
  'notice.service.upSummary': '{name} answers again.',
  'notice.service.upSummaryAfter': '{name} answers again after {duration} down.',

  // Another site's notice (electron/engine/notify/site-message.ts): the site's name first.
  'notice.withReason': '{text} ({reason})',
  'notice.field.site': 'Site',
  'notice.field.learnt': 'Learnt',
  'notice.field.offlineSince': 'Offline since',
  'notice.field.offlineFor': 'Offline for',
  'notice.field.offlineForAtMost': 'Offline for at most',
  'notice.site.away': 'while this watcher was away',
  'notice.site.learntOnReconnect': 'on reconnecting ({away})',
  'notice.site.reason.connectionLost': 'its connection to the broker died (its last will)',
  'notice.site.reason.stopped': 'IPWatch there was stopped',
  'notice.site.changedTitle': '{site}: new address',
  'notice.site.changedHidden': 'its {families} address changed',
  'notice.site.changedSummary': '{site}: {words}',
  'notice.site.changedSummaryAway': '{site}: {words} ({away})',
  'notice.site.offlineTitle': '{site} went offline',
  'notice.site.offlineAway': '{site} went offline {away}',
  'notice.site.offlineAgo': '{site} went offline {ago}',
  'notice.site.offlineAgoAway': '{site} went offline {ago} ({away})',
  'notice.site.backTitle': '{site} is back',
  'notice.site.back': '{site} is back',
  'notice.site.backAfter': '{site} is back, offline for {duration}',
  'notice.site.backAfterAway': '{site} is back ({away}), offline for at most {duration}',

  // A dynamic DNS record's notice (electron/engine/notify/ddns-message.ts).
  'notice.field.record': 'Record',
  'notice.field.nextTry': 'Next try',
  'notice.field.notInStepFor': 'Not in step for',
  'notice.ddns.stoppedTitle': '{name} {type} {stopped}: it needs you',
  'notice.ddns.stoppedSummary':
    'The DNS record {record} is no longer updated{because, select, yes {: {why}} other {}}. It stays {stopped} until its settings are changed or it is tried again (Try again, in Settings).',
  'notice.ddns.waitingTitle': '{name} {type} waits to retry',
  'notice.ddns.waitingSummary':
    'The update of the DNS record {record} did not go through{because, select, yes {: {why}} other {}}. IPWatch tries again by itself{next, select, yes { at {time}} other {}}.',
  'notice.ddns.failedTitle': '{name} {type} is not in step',
  'notice.ddns.failedSummary':
    'The DNS record {record} is not in step{because, select, yes {: {why}} other {}}. IPWatch keeps looking.',
  'notice.ddns.inStepTitle': '{name} {type} is in step again',
  'notice.ddns.inStepSummary':
    'The DNS record {record} is in step again{after, select, yes { after {duration} (it was {was})} other {}}.',

  // A NAT verdict (shared/nat.ts) and its change (shared/words/nat.ts): whether a forwarded port still reaches.
  'nat.label.direct': 'Direct',
  'nat.label.nat': 'Behind your router (NAT)',
  'nat.label.doubleNat': 'Double NAT',
  'nat.label.cgnat': 'Carrier-grade NAT',
  'nat.label.vpn': 'Through a VPN or another route',
  'nat.label.unknown': 'Unknown',
  'nat.detail.direct': 'This machine holds the public address itself: nothing to forward, only its firewall decides.',
  'nat.detail.nat': "One NAT, your router's: forward a port on the router to reach this machine from outside.",
  'nat.detail.doubleNat':
    "Your router's own external address is private: another router or modem sits in front of it. Forward the port on both, or put the first one in bridge mode.",
  'nat.detail.cgnat':
    'Your provider shares the public address between customers (CGNAT): no port forwarding can reach this machine. Ask the provider for a public IPv4 address, or use IPv6 or a tunnel.',
  'nat.detail.vpn':
    "Traffic to the internet leaves through a VPN, a proxy or another route, not your router's public address: a port forwarded on your router does not reach this machine that way. Forward the port where the traffic leaves (some VPN providers offer it), or let that service bypass the VPN.",
  'nat.detail.unknown':
    'The router did not report its external address (NAT-PMP, PCP and UPnP are off or absent there).',
  'nat.title.direct': 'Direct connection now (no NAT)',
  'nat.title.nat': 'Now behind your router (NAT)',
  'nat.title.doubleNat': 'Now behind double NAT',
  'nat.title.cgnat': 'Now behind carrier-grade NAT',
  'nat.title.vpn': 'Now through a VPN or another route',
  'nat.title.unknown': 'NAT no longer known',
  'nat.summary.cgnat':
    'Your provider moved you behind carrier-grade NAT (CGNAT): port forwarding from the internet stops working.',
  'nat.summary.vpn':
    "Traffic to the internet now leaves through a VPN or another route, not your router's address: a port forwarded on your router does not reach this machine that way.",
  'nat.summary.doubleNatFromCgnat':
    'You are out of carrier-grade NAT, but another router or modem sits in front of yours (double NAT): forward the port on both, or put the first in bridge mode.',
  'nat.summary.doubleNat':
    'Another router or modem now sits in front of yours (double NAT): a port forwarded on your router alone no longer reaches this machine.',
  'nat.summary.natFromCgnat':
    'You are out of carrier-grade NAT: your router holds a public address again, so a port forwarded on it reaches this machine.',
  'nat.summary.natFromDoubleNat':
    'The second NAT in front of your router is gone: a port forwarded on your router reaches this machine again.',
  'nat.summary.natFromVpn':
    'Traffic leaves through your router again, not a VPN or another route: a port forwarded on the router reaches this machine.',
  'nat.summary.nat':
    'This machine no longer holds the public address itself, your router does: forward a port on the router to reach it.',
  'nat.summary.direct':
    'This machine now holds the public address itself: no NAT in between, only its firewall decides what is reachable.',
  'nat.summary.unknown':
    'The router no longer reports its external address: the NAT in front of this machine is not known.',
} as const;

/** A message's id: one of the source catalogue's keys. */
export type MessageId = keyof typeof en;

/** A catalogue: a message for exactly every id (a missing or extra key fails the typecheck). */
export type Catalogue = { readonly [K in MessageId]: string };
