/**
 * The Checks card: a check's result, trigger and the monitor's figures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const checks = {
  // A last check's result in a word or two (shared/words/health-no-source.ts).
  'check.result.unchanged': 'unchanged',
  'check.result.confirmed': 'confirmed',
  'check.result.changed': 'changed',
  'check.result.uncertain': 'uncertain',
  'check.result.unavailable': 'no source answered',
  'check.result.disabled': 'switched off',
  'check.result.noSource': 'not monitored: no source',
  'check.noSourceLine': '{family} not monitored: no source',

  // Uptime (shared/uptime.ts): a figure, what it covers, the Uptime card's tiles.
  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'V8 heap {used} in use (of {total}); native {native} (outside the heap)',

  // The Checks card (renderer/src/pages/ChecksCard.tsx).
  'web.checks.title': 'Checks',
  'web.checks.last': 'Last check',
  'web.checks.next': 'Next check',
  'web.checks.when': '{time} ({ago})',
  'web.checks.paused': 'paused',
  'web.checks.networkChanges': 'Network changes',
  'web.checks.lastChange': '; last {ago}',
  'web.checks.router': 'Router',
  'web.checks.nat': 'NAT',
  'web.checks.runningFor': 'Monitor running for',
  'web.checks.memory': 'Memory in use',
} as const;
