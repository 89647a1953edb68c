/**
 * German (en/secrets.ts). Secrets' references and the keyring.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { secrets as source } from '../en/secrets';

export const secrets = {
  'reason.keyring.linux':
    'Es läuft kein Schlüsselbund (GNOME Keyring, KWallet), Geheimnisse ließen sich also nur mit einem Schlüssel speichern, der auf jedem Rechner gleich ist. So speichert IPWatch sie nicht: Legen Sie jedes Geheimnis in eine Umgebungsvariable oder eine nur für Sie lesbare Datei und verweisen Sie in settings.json darauf (\'{ "env": "NAME" }\' oder \'{ "file": "/pfad" }\'), oder starten Sie einen Schlüsselbund und starten Sie IPWatch neu.',
  'reason.keyring.other':
    'Der Schlüsselbund des Systems ist nicht verfügbar; verweisen Sie für Geheimnisse stattdessen auf eine Umgebungsvariable oder eine Datei.',
  'reason.keyring.notStored': 'nicht gespeichert: {inner}',

  'reason.secret.unresolved':
    '{field}: {kind, select, env {Umgebungsvariable {name} ist nicht gesetzt} file {Datei {name} ist nicht lesbar (fehlt, kein Zugriff oder leer)} other {{name}}}',
} as const satisfies Area<typeof source>;
