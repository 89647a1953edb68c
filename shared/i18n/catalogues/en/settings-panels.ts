/**
 * Settings' panels: backup, this computer, appearance, about, browsers, secrets.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingsPanels = {
  // About, and the identity's data (settings/AboutPanel.tsx, DataCredits.tsx).
  'settings.about.version': 'IPWatch {version}',
  'settings.about.reading': 'Reading the version…',
  'settings.about.unknown': 'IPWatch, version unknown (the engine did not say it)',
  'settings.about.licence':
    'IPWatch is free software under the MIT licence. The libraries it is built with keep their own licences, each named in its package.',
  'settings.about.data': "The network identity's data",

  // This computer (settings/AppPanel.tsx).
  'settings.app.loading': 'Loading…',
  'settings.app.startAtLogin': 'Start IPWatch when I log in',
  'settings.app.notChanged': 'Not changed: {error}',
  'settings.app.keychain': 'Keychain',
  'settings.app.keychainUnreadable': 'Cannot read the keychain: {error}',
  'settings.app.keychainLoading': 'Loading the keychain…',
  'settings.app.keychainSays':
    'Secrets you type into the settings are encrypted with the system keychain ({backend}); settings.json only names them.',
  'settings.app.noSecrets': 'No secrets stored.',
  'settings.app.storedSecrets': 'Stored secrets',
  'settings.app.secret': 'Secret',
  'settings.app.referencedAs': 'Referenced as',
  'settings.app.secretSet': '{name} (set)',
  'settings.app.removeSecret': 'Remove {name}',
  'settings.app.notRemoved': 'Not removed: {error}',
  'settings.app.logFile': 'Log file',
  'settings.app.openLogs': 'Open the log folder',
  'settings.app.cannotOpen': 'Cannot open the folder: {error}',
  'settings.app.unknownReason': 'unknown reason',
  'settings.app.updateReady': 'IPWatch {version} is downloaded.',
  'settings.app.restartToUpdate': 'Restart to update',

  'settings.credits.shipped':
    'Beside each address, the network and country come from databases shipped with IPWatch; no request leaves this machine for them unless an online service is set up {where, select, above {above} other {under Network identity}}.',
  'settings.credits.vpn': "The VPN and hosting networks: X4BNet's lists_vpn (MIT).",

  // Backup, restore and import (settings/DataPanel.tsx).
  'settings.data.backUp': 'Back up history now',
  'settings.data.backedUp': 'Saved {size} to {path}',
  'settings.data.backupFailed': 'Backup failed: {error}',
  'settings.data.importFile': 'File to import',
  'settings.data.format': 'Format',
  'settings.data.detect': 'Detect',
  'settings.data.ipwatchExport': 'IPWatch export',
  'settings.data.seedBot': 'Seed bot',
  'settings.data.importing': 'Importing…',
  'settings.data.import': 'Import',
  'settings.data.imported':
    'Imported ({format}): {runs} runs added, {grown} extended, {skipped} already there; {changes} changes, {outages} outages added.',
  'settings.data.importFailed': 'Import failed, nothing changed: {error}',
  'settings.data.confirmRestore': 'Replace the whole history with this backup? The current one is kept in backups.',
  'settings.data.restoreFile': 'Backup to restore',
  'settings.data.restore': 'Restore',
  'settings.data.restored': 'Restored.',
  'settings.data.restoredKept': 'Restored; the previous history is kept as {path}.',
  'settings.data.restoreFailed': 'Restore failed, nothing changed: {error}',

  // Appearance (settings/AppearancePanel.tsx).
  'settings.look.language': 'Language of this browser',
  'settings.look.languageAuto': 'Automatic',
  'settings.look.languageHelp': "Automatic follows the app's language setting, else this browser's.",
  'settings.look.theme': 'Theme',
  'settings.look.system': 'System',
  'settings.look.light': 'Light',
  'settings.look.dark': 'Dark',
  'settings.look.zone': "Time zone (empty: this machine's)",
  'settings.look.zoneUnknown': 'unknown time zone (expected e.g. Europe/Berlin)',
  'settings.look.clock': 'Clock',
  'settings.look.clockAuto': 'As the language has it',
  'settings.look.clock24': '24 hours',
  'settings.look.clock12': '12 hours',
  'settings.look.now': 'Now: {time}',

  // A write-only secret (settings/SecretInput.tsx).
  'settings.secret.set': 'set',
  'settings.secret.setFrom': 'set, from {from}',
  'settings.secret.notSet': 'not set',
  'settings.secret.fromEnv': 'from environment variable {name}',
  'settings.secret.fromFile': 'from file {name}',
  'settings.secret.incomplete': 'reference incomplete',
  'settings.secret.typed': 'new value, stored when you save',
  'settings.secret.typeToReplace': '; type to replace it.',
  'settings.secret.whereApp': "Typed here, it goes to this computer's keychain.",
  'settings.secret.whereRunner':
    "Typed here, it is kept in a file of its own in the data folder's secrets/ (owner-only), and settings.json only names it; or name a variable or file instead.",
  'settings.secret.givenAs': '{label}: given as',
  'settings.secret.modeValue': 'Typed here',
  'settings.secret.modeEnv': 'Environment variable',
  'settings.secret.modeFile': 'File',
  'settings.secret.storedPlaceholder': 'Stored; type to replace',
  'settings.secret.show': 'Show',
  'settings.secret.hide': 'Hide',
  'settings.secret.generate': 'Generate',
  'settings.secret.generateWhat': ' a {what}',
  'settings.secret.keep': 'Keep the stored {what}',
  'settings.secret.remove': 'Remove {what}',

  // The sections' own lines: sessions, hook and heartbeat, fleet, speed test.
  'settings.sessions.title': 'Signed-in browsers',
  'settings.sessions.what': 'the signed-in browsers',
  'settings.sessions.none': 'No browser is signed in.',
  'settings.sessions.scroll': 'Signed-in browsers, scrollable',
  'settings.sessions.who': 'Who',
  'settings.sessions.role': 'Role',
  'settings.sessions.how': 'Signed in with',
  'settings.sessions.from': 'From',
  'settings.sessions.lastSeen': 'Last seen',
  'settings.sessions.revoke': 'Revoke',
  'settings.sessions.notRevoked': 'Not revoked:',
  'settings.sessions.thisBrowser': '{name} (this browser)',
  'settings.sessions.viaToken': 'the token "{name}"',
  'settings.sessions.thisHost': 'this host',
  'settings.sessions.network': 'the network',
  'settings.sessions.revokeOwn': 'Revoke your own session? This browser is signed out and must sign in again.',
} as const;
