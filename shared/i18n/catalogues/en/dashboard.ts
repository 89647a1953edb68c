/**
 * The Dashboard page's address cards and health.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const dashboard = {
  // The Dashboard page (renderer/src/pages/Dashboard.tsx, DashboardActions.tsx).
  'web.dash.what.status': 'status',
  'web.dash.what.changes': 'changes',
  'web.dash.what.insight': 'uptime and recent checks',
  'web.dash.noChange': 'No change seen yet.',
  'web.dash.recentChanges': 'Recent changes',
  'web.dash.changeRow': 'IPv{family} · since {since} · {note}',
  'web.dash.sources': 'Sources',
  'web.dash.notifications': 'Notifications',
  'web.dash.copyFamily': 'Copy IPv{family}',
  'web.dash.checking': 'Checking…',
  'web.dash.checkNow': 'Check now',
  'web.dash.resumeMonitoring': 'Resume monitoring',
  'web.dash.pauseMonitoring': 'Pause monitoring',
  'web.dash.resume': 'Resume',
  'web.dash.pause': 'Pause',
  'web.dash.changedWas': 'Changed {ago}: was {was}',
  'web.dash.changedAt': 'IPv{family} changed at {time}; the old address was {was}.',
  'web.dash.switchedOff': 'Switched off in settings.',
  'web.dash.lastKnown': 'Last known',
  'web.dash.confirmedBefore': '{why}; last confirmed before the recent checks.',
  'web.dash.confirmedAt': '{why}; last confirmed {time} ({ago}).',
  'web.dash.copyAddress': 'Copy the IPv{family} address',
  'web.dash.heldSince': 'Held since',
  'web.dash.for': 'For',
  'web.dash.toLastConfirmation': '(to its last confirmation)',
  'web.dash.network': 'Network',
  'web.dash.behindCgnat': 'Behind CGNAT',
  // `result` is the check's result in shared words, `witness` who vouched for the address (a router's protocol).
  'web.dash.lastCheck': 'Last check {ago}: {result}, {ms} ms',
  'web.dash.lastCheckVouched': 'Last check {ago}: {result}, vouched by {witness} (no public request), {ms} ms',
  'web.dash.what.moreCards': 'the other cards',
  'web.dash.map.title': 'Map',
  'web.dash.map.text': 'Where your public addresses were registered, country by country, over a period you choose.',
  'web.dash.map.open': 'Open the map',

  // Each family's address (renderer/src/pages/address-view.ts): `result` and `noSource` are shared words.
  'web.address.noAddress': 'No address ({result}).',
  'web.address.notCheckedYet': 'Not checked yet.',
  'web.address.why.notConfirmed': 'not confirmed',
  'web.address.why.disagreed': 'the last check could not confirm it: sources disagreed',
  'web.address.why.noAnswer': 'the last check could not confirm it: no source answered',
  'web.address.why.off': 'not checked: switched off',
  'web.address.why.noSource': 'the last check sent no request: {noSource}',
  'web.address.why.notSinceStart': 'not checked since the monitor started',
  'web.address.noFormer': 'no former address recorded, not a change',
  'web.address.firstSeen': 'first address seen, not a change',
  'web.address.was': 'was {address}',
  'web.address.noChangeRecorded': 'no change recorded',

  'web.health.badge': 'Monitoring: {health}',
  'web.health.since': 'Since {time} ({ago}).',
} as const;
