import type { Area } from '../area';
import type { reasons7 as source } from '../en/reasons-7';

export const reasons7 = {
  'reason.keyring.linux':
    'Es läuft kein Schlüsselbund (GNOME Keyring, KWallet), Geheimnisse ließen sich also nur mit einem Schlüssel speichern, der auf jedem Rechner gleich ist. So speichert IPWatch sie nicht: Legen Sie jedes Geheimnis in eine Umgebungsvariable oder eine nur für Sie lesbare Datei und verweisen Sie in settings.json darauf (\'{ "env": "NAME" }\' oder \'{ "file": "/pfad" }\'), oder starten Sie einen Schlüsselbund und starten Sie IPWatch neu.',
  'reason.keyring.other':
    'Der Schlüsselbund des Systems ist nicht verfügbar; verweisen Sie für Geheimnisse stattdessen auf eine Umgebungsvariable oder eine Datei.',
  'reason.keyring.notStored': 'nicht gespeichert: {inner}',

  'reason.desktop.notSupported': 'Desktop-Benachrichtigungen werden auf diesem System nicht unterstützt',
  'reason.desktop.noNotifier': 'dieser Prozess kann keine Desktop-Benachrichtigungen zeigen',

  'settings.schemaSays.duplicateId': 'die ID {id} gibt es schon',
  'settings.schemaSays.duplicateSourceId': 'die Quellen-ID „{id}“ gibt es schon',
  'settings.schemaSays.duplicateChannelId': 'die Kanal-ID „{id}“ gibt es schon',
  'settings.schemaSays.duplicateGuild': 'den Server „{id}“ gibt es schon',
  'settings.schemaSays.notInZone': '{name} liegt nicht in der Zone {zone}',
  'settings.schemaSays.atLeast': 'darf nicht kleiner sein als „{field}“',
  'settings.schemaSays.unknownChannelType': 'unbekannter Kanaltyp „{type}“',
} as const satisfies Area<typeof source>;
