/**
 * Held notices and the alert policy.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const held = {
  // Notices the alert policy holds (shared/words/held.ts).
  'held.title': 'Held by the alert policy',
  'held.unreadable': 'a notice this version cannot read; when it is sent is unknown',
  'held.what.addressChange': '{family} address change',
  'held.what.siteOffline': '{site} offline',
  'held.what.siteChanged': '{site} changed address',
  'held.aSite': 'a site',
  'held.whenUnknown': '{what}; when it is sent is unknown',
  'held.dueUnlessReturns': '{what}, sent at {time} unless it returns',
  'held.dueUnlessChangesBack': '{what}, sent at {time} unless it changes back',

  'reason.held.addressChange':
    'a change back within the hold is one flap notice, not two: "Hold changes for" is {duration}',
  'reason.held.siteChanged': 'a site\'s change back within the hold is not told: "Hold changes for" is {duration}',
  'reason.held.siteOffline': 'a site back before then was a blip, not told: "Report offline after" is {duration}',
  'reason.held.unreadable': 'written by another version of IPWatch; set aside when the monitor next starts',

  // The held notices, the service monitors and the speed test cards (renderer/src/pages/).
  'web.held.unreadable': 'Cannot read the notices the alert policy holds.',
} as const;
