/**
 * What each contract method that changes something or sends a request outside does, in words
 * (issue 59): said alike by the API's refusal and its audit row (electron/engine/api/guards.ts:
 * "pause monitoring is a change, which needs an admin", never "POST /api/v1/pause") and by the
 * audit page ("Tried to pause monitoring": renderer/src/pages/audit-words.ts). Every such method
 * is here (tests/renderer/audit-words.test.ts holds it to the contract, which this file does not
 * import: the page's first load would pull every schema). Pure.
 */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  pause: 'pause monitoring',
  resume: 'resume monitoring',
  checkNow: 'check now',
  saveSettings: 'change the settings',
  testChannel: 'send a test notification',
  testSource: 'test a source',
  testDdnsRecord: 'test a DNS record',
  retryDdnsRecord: 'try a DNS record again',
  testMonitor: 'test a service monitor',
  runSpeedTest: 'run a speed test',
  testHook: 'run the hook as a test',
  testHeartbeat: 'send a heartbeat ping',
  testFleet: 'test the fleet broker',
  revokeSession: 'revoke a browser session',
  backup: 'back up the history',
  restore: 'restore the history',
  importHistory: 'import history',
  endFirstRun: 'end the first-run setup',
  forgetSite: 'forget a fleet site',
};

/** The words for a contract method, or undefined when it is not one that changes or acts. */
export const actionWords = (method: string | undefined): string | undefined =>
  method !== undefined && Object.hasOwn(ACTION_WORDS, method) ? ACTION_WORDS[method] : undefined;
