/**
 * Secrets' references and the keyring.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const secrets = {
  'reason.keyring.linux':
    'No keyring (GNOME Keyring, KWallet) is running, so secrets could only be stored with a key that is the same on every machine. IPWatch does not store them that way: put each secret in an environment variable or a file readable only by you and reference it in settings.json (\'{ "env": "NAME" }\' or \'{ "file": "/path" }\'), or start a keyring and restart IPWatch.',
  'reason.keyring.other':
    'The system keychain is not available; reference secrets from an environment variable or a file instead.',
  'reason.keyring.notStored': 'not stored: {inner}',

  'reason.secret.unresolved':
    '{field}: {kind, select, env {environment variable {name} is not set} file {file {name} cannot be read (missing, unreadable or empty)} other {{name}}}',
} as const;
