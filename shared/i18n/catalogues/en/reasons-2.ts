/**
 * A source's reasons (issue 62): why an answer was not taken as the address, why a source counted
 * as failing. The engine keeps each as a code and its values beside the English it always gave
 * (`SourceHealth.lastError`, an attempt's `error`), the dashboard and the bot say the code in
 * their language. `said` is the source's own answer, quoted; `reason.source.failed` carries the
 * request's raw error (`said`), which a reader words with shared/words/error.ts. `sourceError.*`
 * are the words around them in the bot's /status (shared/words/source-error.ts), not codes.
 */
export const reasons2 = {
  'reason.source.empty': 'empty answer',
  'reason.source.html': 'an HTML page, not an address',
  'reason.source.severalAddresses': 'several addresses in one answer ({count})',
  'reason.source.notAnAddress': 'not an address: {said}',
  'reason.source.wrongFamily': 'expected {expected}, got {got} {address}',
  'reason.source.bogon':
    '{address} is {kind, select, unspecified {unspecified ({range})} private {private ({range})} loopback {loopback ({range})} linkLocal {link-local ({range})} multicast {multicast ({range})} documentation {documentation ({range})} benchmarking {benchmarking ({range})} reserved {reserved ({range})} cgnat {cgnat ({range})} nonGlobal {non-global (outside {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'answered {address}, the quorum said otherwise',
  'reason.source.failed': '{said}',

  'sourceError.title': "Sources' errors",
  'sourceError.line': '{source}: {error}',
} as const;
