/**
 * The runner's plain log: an outage's start and end, a check's failure.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const log = {
  // An outage begins: its cause in words (the engine's), then what happens next.
  'log.outage.begins': '{cause}. IPWatch keeps checking by itself and says here when it is back.',
  // An outage ends: how long, and what was tried meanwhile (the checks of every family counted).
  'log.outage.ends':
    'after {duration} offline; meanwhile {checks, plural, one {# check} other {# checks}} asked {sources, plural, one {# source} other {# sources}}, none with an address.',
  'log.outage.endsUnchecked': 'after {duration} offline.',
  // A check's line: how many sources it asked, and those that failed with why.
  'log.check.asked': '{count, plural, one {# source asked} other {# sources asked}}',
  'log.check.noReason': 'no reason given',
  'log.check.failed': '{count, plural, one {# failed} other {# failed}}: {list}',
} as const;
