/**
 * What the bot's reply to a failed command said in English inside a German or Indonesian reply
 * (issue 62): a file the settings writer could not read or write, in words (shared/words/error.ts)
 * instead of Node's `ENOENT: no such file or directory, open '…'`.
 */
export const webLeftovers4 = {
  /** A file Node could not find (`ENOENT`); `place` is its path when the error names one. */
  'error.fileMissing':
    '{known, select, yes {The file {place} is not there} other {A file IPWatch needs is not there}}: was it moved or deleted?',
  /** A file Node may not read or write (`EACCES`, `EPERM`, `EROFS`). */
  'error.fileRefused':
    '{known, select, yes {IPWatch may not write or read {place}} other {IPWatch may not write or read a file it needs}}: check who owns the folder and its permissions.',
  /** The disk is full (`ENOSPC`). */
  'error.diskFull': 'The disk is full, so IPWatch could not write: free some space.',
  /** The same, short: the Connections page's result column ("failed: …"). */
  'error.short.fileMissing': 'a file is missing',
  'error.short.fileRefused': 'a file may not be written',
  'error.short.diskFull': 'the disk is full',
} as const;
