/**
 * The health verdict: labels, reasons, details and uncertain addresses.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const health = {
  // The one health state (shared/health.ts): a label (one or two words), a reason (a few words, the
  // tray's "Why" line) and a detail (one line: what it means and what to do).
  'health.families.two': '{first} and {second}',
  'health.label.disconnected': 'Disconnected',
  'health.reason.disconnected': 'lost contact with the engine',
  'health.detail.disconnected':
    'Lost contact with the IPWatch engine: reconnecting by itself. What is shown may be out of date.',
  'health.label.checking': 'Checking',
  'health.reason.noStatus': 'no status yet',
  'health.detail.noStatus': 'Waiting for the first status.',
  'health.reason.firstCheck': 'first check under way',
  'health.detail.firstCheck': 'The first check is under way.',
  'health.label.paused': 'Paused',
  'health.reason.paused': 'paused by the user',
  'health.detail.paused': 'Monitoring is paused: no checks run and no change is noticed until you resume it.',
  'health.label.stopped': 'Stopped',
  'health.reason.stopped': 'monitor stopped',
  'health.detail.stopped': 'The monitor is stopped: no checks run. Start IPWatch again.',
  'health.label.starting': 'Starting',
  'health.reason.starting': 'starting',
  'health.detail.starting': 'The monitor is starting; the first check follows.',
  'health.label.nothingWatched': 'Nothing watched',
  'health.reason.nothingWatched': 'IPv4 and IPv6 both off',
  'health.detail.nothingWatched': 'IPv4 and IPv6 are both switched off in Settings: no address is watched.',
  'health.label.noInternet': 'No internet',
  'health.reason.noInternet': 'no source answered with an address',
  'health.detail.noInternet':
    "No source answered with an address: check this machine's network connection; on a hotel or café Wi-Fi, sign in to its portal. Checks retry by themselves.",
  'health.label.noSource': 'No source',
  'health.reason.noSource': '{families}: no source set up',
  'health.detail.noSource':
    'No source is set up for {families}, so no request is sent and nothing is known of the network: that time is not monitored (never counted offline). Add one in Settings, Sources.',
  'health.label.uncertain': 'Uncertain',
  'health.detail.uncertain': '{clauses}No address is declared.',
  'health.clause': '{clause}. ',
  'health.reasons': '{first}; {second}',
  'health.label.familyUncertain': '{family} uncertain',
  'health.label.noFamily': 'No {family}',
  'health.reason.family': '{family}: {cause}',
  'health.detail.familyMissing': '{clause}, so {family} has no confirmed address.',
  'health.cause.noAnswer': 'no source answered',
  'health.short.noAnswer': 'No {family} source answered in the last check',
  'health.label.degraded': 'Degraded',
  'health.reason.lastError': '{where}: {message}',
  'health.detail.lastError': '{where} failed: {message}. Checks go on; see the log if it stays.',
  'health.reason.internalError': 'internal error in {part}: {message}',
  'health.detail.internalError':
    'An error in {part} was not handled where it happened ({message}); IPWatch caught it and monitoring goes on ({total} since start). If it comes back, report it with the log.',
  'health.reason.channelsFailing': 'notifications failing: {channels}',
  'health.detail.channelsFailing':
    "Notifications cannot be delivered ({channels}): they are kept and retried; check the channel's settings.",
  'health.reason.sourcesFailing': '{family}: {open} of {total} sources failing',
  'health.detail.sourcesFailing':
    '{open} of {total} {family} sources keep failing and are rested: fewer are left to agree on the address. See their last errors under Sources.',
  'health.label.ok': 'Online',
  'health.reason.ok': 'watching',
  'health.detail.ok': '{families} confirmed by the last check.',
  // A family's card note when it has no confirmed address (familyNote).
  'health.note.noSource': 'No {family} source is set up, so no request is sent: add one in Settings, Sources.',
  'health.note.noIpv6': 'No IPv6 source answered: this network may have no IPv6. If so, switch IPv6 off in Settings.',
  'health.note.noIpv4':
    'No IPv4 source answered: check the network connection; a network with IPv6 only has no IPv4 address.',

  // An uncertain check (shared/words/health-uncertain.ts): sources replied, no address reached the quorum.
  'uncertain.cause.noAddress': 'replies without an address',
  'uncertain.cause.tooFew': 'too few answers alike',
  'uncertain.cause.differ': 'sources disagree',
  'uncertain.short.noAddress': '{family} sources replied in the last check, but none with an address',
  'uncertain.short.differ': '{family} sources answered different addresses in the last check',
  'uncertain.short.tooFew': 'Too few {family} sources answered alike in the last check',
  'uncertain.short.unknown': '{family} sources replied in the last check, but not enough agreed on an address',
  'uncertain.why.noAddress':
    "sources replied, but none with an {family} address (a portal's sign-in page or a DNS error can do that)",
  'uncertain.why.differ': 'sources replied with different {family} addresses ({each}), and not enough agreed on one',
  'uncertain.why.tooFew':
    'sources replied, but only {sources} gave an {family} address ({ip}): too few agree to confirm it',
  'uncertain.why.unknown':
    'sources replied, but not enough agreed on one {family} address (or a captive portal or DNS answered in their place)',
  'uncertain.sources': '{n, plural, one {# source} other {# sources}}',
  'uncertain.fromSources': '{ip} from {sources}',
  'uncertain.note': 'Uncertain: {why}, so none is declared. It usually settles at the next check; if not, {advice}',
  'uncertain.seeSources': 'see what each source answered, and which agreed, under Sources on the dashboard.',
  'uncertain.seeMet': 'see what each source answered under Sources on the dashboard.',

  'cause.advice.network': "Check this machine's network connection (cable, Wi-Fi, VPN).",
  'cause.advice.noAddress': 'On a hotel or café Wi-Fi, sign in to its portal.',
  'cause.advice.noIpv6': 'If so, switch IPv6 off in Settings.',
  'cause.advice.noIpv4': 'If so, switch IPv4 off in Settings.',
  'cause.advice.filtered': 'Check the ranges to take in Settings › Sources.',
  'cause.advice.noEgress': 'Check "Leave from" in Settings › Monitoring.',
  'cause.offline': 'No internet: {cause}. Checks retry by themselves.',
  'cause.note': '{family}: {cause}.',

  'reason.cause.network': 'no source could be reached: the network is down or has no way out',
  'reason.cause.noAddress': 'sources replied, but none with an address: a sign-in page or a filter may be in the way',
  'reason.cause.differ': 'sources answered with different addresses',
  'reason.cause.tooFew': 'too few sources answered with the same address',
  'reason.cause.noIpv6': 'IPv4 works, but no IPv6 source could be reached: this network may have no IPv6',
  'reason.cause.noIpv4': 'IPv6 works, but no IPv4 source could be reached: this network may have no IPv4',
  'reason.cause.noSource': 'no source is set up',
  'reason.cause.filtered': 'every address the sources gave is outside the ranges you allow',
  'reason.cause.noEgress': 'the interface or address chosen to leave from cannot be used',
} as const;
