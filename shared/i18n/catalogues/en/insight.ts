/**
 * The insight card and the outages.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const insight = {
  'reason.outage.noSource':
    'no source answered with an address for {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 and IPv6}}',
  'reason.outage.noSourceAny': 'no source answered with an address',

  // The dashboard's insight (renderer/src/pages/insight-view.ts, dashboard-insight.tsx).
  'web.insight.result.unchanged': 'ok, address unchanged',
  'web.insight.result.confirmed': 'ok, address confirmed',
  'web.insight.result.changed': 'address changed',
  'web.insight.result.uncertain': 'uncertain: the sources disagreed',
  'web.insight.result.unavailable': 'failed: no source answered',
  'web.insight.result.disabled': 'switched off',
  'web.insight.beat.ok': 'ok',
  'web.insight.beat.changed': 'changed',
  'web.insight.beat.uncertain': 'uncertain',
  'web.insight.beat.failed': 'failed',
  'web.insight.beat.off': 'off',
  'web.insight.noChecks': 'no checks yet',
  'web.insight.count': '{count} {kind}',
  'web.insight.uptime': 'Uptime',
  'web.insight.uptimeCovers':
    'Of the time monitored, from the first check on; while the monitor was stopped or paused, or no source was set up, nothing is counted.',
  'web.insight.held': 'Time an address is held',
  'web.insight.heldFamily': 'IPv{family}, on average',
  'web.insight.heldNone': 'no change seen yet',
  'web.insight.heldMean': '{mean} ({addresses, plural, one {# address} other {# addresses}})',
  'web.insight.heldCovers': 'From each address first seen to the next one.',
  'web.insight.recent': 'Recent checks',
  'web.insight.noChecksYet': 'No checks yet: "Check now" above runs one.',
  'web.insight.strip': 'IPv{family}, the last {count} checks: {summary}',
  'web.insight.beatTitle': '{time}: {result}',
  'web.insight.legend': 'What the marks mean',
  'web.insight.outages': 'Outages',
  'web.insight.noOutage': 'No outage recorded.',
  'web.insight.outagesScrollable': 'Outages, scrollable',
  'web.insight.latestOutages': 'Latest outages',
  'web.insight.start': 'Start',
  'web.insight.end': 'End',
  'web.insight.duration': 'Duration',
  'web.insight.cause': 'Cause',
  'web.insight.goingOn': 'going on',
  'web.insight.latestOf': "The latest {shown} of {total}; the History page's export has them all.",
} as const;
