/**
 * What a person did or asked for, as the audit log and refusals name it.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const actions = {
  // What a contract method that changes or acts does (shared/words/actions.ts): "Tried to {action}".
  'action.pause': 'pause monitoring',
  'action.resume': 'resume monitoring',
  'action.checkNow': 'check now',
  'action.saveSettings': 'change the settings',
  'action.testChannel': 'send a test notification',
  'action.testSource': 'test a source',
  'action.testDdnsRecord': 'test a DNS record',
  'action.retryDdnsRecord': 'try a DNS record again',
  'action.testMonitor': 'test a service monitor',
  'action.runSpeedTest': 'run a speed test',
  'action.tracePath': 'trace the path',
  'action.setQuiet': 'start or end a quiet window',
  'action.testHook': 'run the hook as a test',
  'action.testHeartbeat': 'send a heartbeat ping',
  'action.testFleet': 'test the fleet broker',
  'action.revokeSession': 'revoke a browser session',
  'action.backup': 'back up the history',
  'action.restore': 'restore the history',
  'action.importHistory': 'import history',
  'action.endFirstRun': 'end the first-run setup',
  'action.forgetSite': 'forget a fleet site',
} as const;
