/**
 * What each contract method that changes something or sends a request outside does, in words
 * (issue 59): said alike by the API's refusal and its audit row (electron/engine/api/access/guards.ts:
 * "pause monitoring is a change, which needs an admin", never "POST /api/v1/pause"; in English)
 * and by the audit page ("Tried to pause monitoring": renderer/src/pages/audit-words.ts; in the
 * page's language), from the catalogue's `action.*`. Every such method is here
 * (tests/renderer/audit-words.test.ts holds it to the contract, which this file does not import:
 * the page's first load would pull every schema). Pure.
 */
import type { MessageId, Translator } from '../i18n/translator';

export const ACTION_WORDS: Readonly<Record<string, MessageId>> = {
  pause: 'action.pause',
  resume: 'action.resume',
  checkNow: 'action.checkNow',
  saveSettings: 'action.saveSettings',
  testChannel: 'action.testChannel',
  testSource: 'action.testSource',
  testDdnsRecord: 'action.testDdnsRecord',
  retryDdnsRecord: 'action.retryDdnsRecord',
  testMonitor: 'action.testMonitor',
  runSpeedTest: 'action.runSpeedTest',
  tracePath: 'action.tracePath',
  setQuiet: 'action.setQuiet',
  testHook: 'action.testHook',
  testHeartbeat: 'action.testHeartbeat',
  testFleet: 'action.testFleet',
  revokeSession: 'action.revokeSession',
  backup: 'action.backup',
  restore: 'action.restore',
  importHistory: 'action.importHistory',
  endFirstRun: 'action.endFirstRun',
  forgetSite: 'action.forgetSite',
};

/** The words for a contract method, or undefined when it is not one that changes or acts. */
export const actionWords = (method: string | undefined, words: Translator): string | undefined =>
  method !== undefined && Object.hasOwn(ACTION_WORDS, method) ? words.t(ACTION_WORDS[method]!) : undefined;
