/**
 * Sources: the Sources card, a source's state and its errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const sources = {
  'reason.source.empty': 'empty answer',
  'reason.source.html': 'an HTML page, not an address',
  'reason.source.severalAddresses': 'several addresses in one answer ({count})',
  'reason.source.notAnAddress': 'not an address: {said}',
  'reason.source.wrongFamily': 'expected {expected}, got {got} {address}',
  'reason.source.bogon':
    '{address} is {kind, select, unspecified {unspecified ({range})} private {private ({range})} loopback {loopback ({range})} linkLocal {link-local ({range})} multicast {multicast ({range})} documentation {documentation ({range})} benchmarking {benchmarking ({range})} reserved {reserved ({range})} cgnat {cgnat ({range})} nonGlobal {non-global (outside {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'answered {address}, the quorum said otherwise',
  'reason.source.failed': '{said}',
  'reason.source.filtered':
    '{address} is {why, select, excluded {in {range}, a range never to be taken} other {outside the ranges to take}}',
  'reason.source.noEgress':
    '{why, select, noInterface {there is no interface {choice}} noAddress {the interface {choice} has no IPv{family} address} notHeld {no interface holds the address {choice}} wrongFamily {{choice} is not an IPv{family} address} other {{choice} cannot be used}}',
  'reason.source.noGlobal': 'the interface {interface} holds no global IPv{family} address',

  'sourceError.title': "Sources' errors",
  'sourceError.line': '{source}: {error}',
  'sourceError.builtInNameNotFound':
    "A built-in source's name was not found (DNS): this network's name service may be down, or filter it. Nothing in its settings needs fixing.",

  // A source's reason (shared/source-state.ts); its state's word is web.source.state.*.
  'sourceState.notAsked': 'Not asked in the last check.',
  'sourceState.usual': 'Usual answer time {seconds} s',

  // A source's state and last answer (renderer/src/components/SourceActivity.tsx; shared/source-state.ts).
  'web.source.state.answering': 'answering',
  'web.source.state.slow': 'slow',
  'web.source.state.failing': 'failing',
  'web.source.state.resting': 'resting after failures',
  'web.source.state.notAskedYet': 'not asked yet',
  'web.source.state.notAnswering': 'not answering',
  'web.source.state.noAgreement': 'no agreement',
  'web.source.notAskedBefore': 'Not asked before',
  'web.source.neverAnswered': 'Never answered',
  'web.source.answered': 'Answered',
  'web.source.lastAnswer': 'Last answer',
  'web.source.askedAgainNextCheck': 'Asked again at the next check',
  'web.source.askedAgain': 'Asked again',
  'web.source.why': 'Why',
  'web.source.isState': '{source} is {state}',

  // The Sources table (renderer/src/pages/SourcesGrid.tsx, sources-view.ts).
  'web.sources.none': 'No sources configured.',
  'web.sources.success': '{pct} %',
  'web.sources.successBefore': '{pct} % before this outage',
  'web.sources.scrollable': 'Source health, scrollable',
  'web.sources.source': 'Source',
  'web.sources.family': 'IP version',
  'web.sources.state': 'State',
  'web.sources.successCol': 'Success',
  'web.sources.latency': 'Latency',
  'web.sources.ms': '{ms} ms',
  'web.sources.sparkline': 'Recent latency of {source}',
  // `families`: "IPv4", "IPv4 and IPv6".
  'web.sources.noneGaveAddress':
    'No {families} source gave an address in the last check ({asked} asked): each row says what its source answered.',
  'web.sources.uncertainUnknown':
    'IPv{family} is uncertain: no address was confirmed in the last check. Each row shows what its source answered, and which answered the same.',
  // `cause`: the engine's cause of the check (reason.cause.*), when the counts are not known.
  'web.sources.uncertainCause':
    'IPv{family} is uncertain: {cause}. Each row shows what its source answered, and which answered the same.',
  'web.sources.uncertain':
    'IPv{family} is uncertain: {of} must give the same address; in the last check {most}. Each row shows what its source answered, and which answered the same.',
  'web.sources.needOfSources': '{need} of its {count, plural, one {# source} other {# sources}}',
  'web.sources.needOfProviders':
    '{need} of its {count, plural, one {# provider} other {# providers}} (sources of one provider count once)',
  'web.sources.noTwoDid': 'no two did',
  'web.sources.atMostDid': 'at most {did} did',
  'web.sources.answeredSame': 'Answered {ip}, the same as {others}',
  'web.sources.answeredAlone': 'Answered {ip}, alone',
  'web.sources.gaveNoAddress': 'Gave no address',
  'web.sources.notAsked': 'Not asked in the last check',

  // One line for the whole card, when every source shares one cause.
  'web.sourcesCard.all.offline': 'No source answered: the network is down.',
  // `what`: a failure's short words ("the name does not exist").
  'web.sourcesCard.all.failing':
    '{count, plural, one {The one source fails: {what}.} other {All # sources fail: {what}.}}',
  'web.sourcesCard.all.noAgreement': 'The sources answered, but too few gave the same address.',
  'web.sourcesCard.all.notAsked':
    '{count, plural, one {The one source was not asked yet.} other {None of the # sources was asked yet.}}',
  'web.sourcesCard.all.answering': '{count, plural, one {The one source answers.} other {All # sources answer.}}',
  // The disclosure that holds the table behind that line.
  'web.sourcesCard.showTable': '{count, plural, one {Show the source} other {Show the # sources}}',
  // Above the table when the sources differ: how many rows show each state. `parts`: "5 not answering, 25 answering".
  'web.sourcesCard.summary': '{count, plural, one {# source} other {# sources}}: {parts}.',
  'web.sourcesCard.part': '{count} {state}',
  // A group's heading row in that table. `families`: "IPv4", "IPv4 and IPv6".
  'web.sourcesCard.group.offline':
    'No {families} source answered in the last check: the trouble is the network, not the sources',
  'web.sourcesCard.group.failing': 'Failing: {what}',
  'web.sourcesCard.group.noAgreement': 'Answered, but too few gave the same address',
  'web.sourcesCard.group.notAsked': 'Not asked yet',
  'web.sourcesCard.group.answering': 'Answering',
  // A failure's kind when it is an answer IPWatch did not take (its reason is behind the row's Why).
  'web.sourcesCard.kind.unusable': 'the answer held no usable address',
  'web.sourcesCard.kind.outvoted': 'the other sources gave another address',
} as const;
