/**
 * The settings files: which one is in force, a profile, their errors and their conversion.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingsFile = {
  /** Where an error is: `file` the settings file's path, `line` and `column` from 1. */
  'settingsFile.at': '{file}, line {line}, column {column}: {error}',
  /** A file's error with no line to name (the file as a whole). */
  'settingsFile.inFile': '{file}: {error}',
  /** `detail` is the YAML reader's own reason, after the words. */
  'settingsFile.yamlSyntax': 'this is not valid YAML ({detail})',
  'settingsFile.yamlWarning': 'YAML the reader takes with a warning is refused here too ({detail})',
  'settingsFile.notObject': 'the settings must be a mapping of names to values (like "monitor:" at the left edge)',
  'settingsFile.tooDeep': 'nested more than {max} levels deep',
  'settingsFile.tooManyAliases': 'too many aliases (*name) expand here; write the values out',
  /** `field` is the setting's path (monitor.intervalSec), `problem` what the schema says of its value. */
  'settingsFile.field': '{field}: {problem}',
  'settingsFile.profileName':
    'the profile name "{name}" is refused: use 1 to 64 letters, digits, - and _ (it names settings.NAME.yaml in the data folder)',
  'settingsFile.profileMissing': 'the profile "{name}" has no file: create {yaml} (or {json})',
  'settingsFile.unreadable': 'cannot be read: {detail}',
  /** The file in force, said at start, in `ipwatch status` and on the Settings page. */
  'settingsFile.inForce': 'settings in force: {file}',
  'settingsFile.inForceProfile': 'settings in force: {file}, with the profile "{profile}" from {profileFile} over it',
  'settingsFile.ignored': '{ignored} is ignored: {file} is beside it and wins; remove one of them',
  'settingsFile.convertDone': 'wrote {target} from {source}; the source is kept as {backup}',
  'settingsFile.convertExists': '{target} exists already; add --force to replace it',
  'settingsFile.convertNoSource': 'there is no {source} to convert',
  'settingsFile.convertInvalid': '{source} is not valid settings, so it was not converted: {errors}',
  'settingsFile.convertSame': 'convert takes a .json or a .yaml settings file, and writes the other',
  'settingsFile.yamlHeader':
    'IPWatch settings (docs/settings.md lists every field). Comments are kept when IPWatch or its API edits this file.',
} as const;
