/**
 * German (en/settings-file.ts). The settings files: which one is in force, a profile, their errors and their conversion.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsFile as source } from '../en/settings-file';

export const settingsFile = {
  'settingsFile.at': '{file}, Zeile {line}, Spalte {column}: {error}',
  'settingsFile.inFile': '{file}: {error}',
  'settingsFile.yamlSyntax': 'das ist kein gültiges YAML ({detail})',
  'settingsFile.yamlWarning': 'YAML, das der Leser nur mit einer Warnung annimmt, wird auch hier abgelehnt ({detail})',
  'settingsFile.notObject':
    'die Einstellungen müssen eine Zuordnung von Namen zu Werten sein (etwa „monitor:“ am linken Rand)',
  'settingsFile.tooDeep': 'mehr als {max} Ebenen tief verschachtelt',
  'settingsFile.tooManyAliases': 'hier werden zu viele Aliase (*name) aufgelöst; schreiben Sie die Werte aus',
  'settingsFile.field': '{field}: {problem}',
  'settingsFile.profileName':
    'der Profilname „{name}“ wird abgelehnt: erlaubt sind 1 bis 64 Buchstaben, Ziffern, - und _ (er benennt settings.NAME.yaml im Datenordner)',
  'settingsFile.profileMissing': 'das Profil „{name}“ hat keine Datei: legen Sie {yaml} (oder {json}) an',
  'settingsFile.unreadable': 'kann nicht gelesen werden: {detail}',
  'settingsFile.inForce': 'geltende Einstellungen: {file}',
  'settingsFile.inForceProfile': 'geltende Einstellungen: {file}, darüber das Profil „{profile}“ aus {profileFile}',
  'settingsFile.ignored':
    '{ignored} wird nicht beachtet: {file} liegt daneben und hat Vorrang; entfernen Sie eine der beiden',
  'settingsFile.convertDone': '{target} aus {source} geschrieben; die Quelle bleibt als {backup} erhalten',
  'settingsFile.convertExists': '{target} gibt es schon; mit --force wird es ersetzt',
  'settingsFile.convertNoSource': 'es gibt keine {source} zum Umwandeln',
  'settingsFile.convertInvalid': '{source} enthält keine gültigen Einstellungen und wurde nicht umgewandelt: {errors}',
  'settingsFile.convertSame': 'convert nimmt eine .json- oder .yaml-Einstellungsdatei und schreibt die andere',
  'settingsFile.yamlHeader':
    'IPWatch-Einstellungen (docs/settings.md nennt jedes Feld). Kommentare bleiben erhalten, wenn IPWatch oder seine API diese Datei ändert.',
} as const satisfies Area<typeof source>;
