/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): why the app's vault will
 * not store a secret (no keyring; `inner`: that advice), why this process cannot show desktop
 * notifications, and the messages with a value in them that a settings schema's author wrote
 * (`settings.schemaSays.*`: the schema writes this English with its values, the Settings page
 * reads it back and says it in its language). `{field}` is another setting, named by its path.
 */
export const reasons7 = {
  'reason.keyring.linux':
    'No keyring (GNOME Keyring, KWallet) is running, so secrets could only be stored with a key that is the same on every machine. IPWatch does not store them that way: put each secret in an environment variable or a file readable only by you and reference it in settings.json (\'{ "env": "NAME" }\' or \'{ "file": "/path" }\'), or start a keyring and restart IPWatch.',
  'reason.keyring.other':
    'The system keychain is not available; reference secrets from an environment variable or a file instead.',
  'reason.keyring.notStored': 'not stored: {inner}',

  'reason.desktop.notSupported': 'desktop notifications are not supported on this system',
  'reason.desktop.noNotifier': 'no desktop notifier in this process',

  'settings.schemaSays.duplicateId': 'duplicate id {id}',
  'settings.schemaSays.duplicateSourceId': 'duplicate source id "{id}"',
  'settings.schemaSays.duplicateChannelId': 'duplicate channel id "{id}"',
  'settings.schemaSays.duplicateGuild': 'duplicate guild "{id}"',
  'settings.schemaSays.notInZone': '{name} is not in the zone {zone}',
  'settings.schemaSays.atLeast': 'must be at least {field}',
  'settings.schemaSays.unknownChannelType': 'unknown channel type "{type}"',
} as const;
