/** English: the Sources card on the dashboard at a glance (renderer/src/pages/source-groups.ts, SourcesGrid.tsx; issue 75). */
export const sourcesCard = {
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
