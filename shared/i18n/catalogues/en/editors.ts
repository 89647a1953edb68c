/**
 * Settings' editors' shared words: Test, options, unsaved.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const editors = {
  // What every list of items says (items/, channels/TestButton.tsx).
  'editors.unknownKind': '{kind} (unknown)',
  'editors.moreOptions': 'More options',
  'editors.notSaved': 'not saved yet',
  'editors.starting': 'starting',
  'editors.off': 'off',
  'editors.needsFixing': 'needs fixing',
  'editors.test': 'Test',
  'editors.testing': 'Testing…',
  'editors.testFill': 'Fill in the fields above to test it.',
  'editors.failed': 'Failed:',
  'editors.noReason': 'No reason was given: see the log.',
} as const;
