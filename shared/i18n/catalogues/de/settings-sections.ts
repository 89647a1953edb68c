/**
 * German (en/settings-sections.ts). Settings' sections, menu, folds and introductions.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsSections as source } from '../en/settings-sections';

export const settingsSections = {
  'settings.env.note': 'Gesetzt durch eine IPWATCH_*-Umgebungsvariable, die Vorrang vor diesem Wert hat.',

  'settings.fold.monitor':
    'Einigkeit der Quellen, IPv6-Änderungen, Zeiten, Netzbeobachtung, Änderungshinweis und Heimrouter',
  'settings.fold.sources': 'Abgeschaltete eingebaute Quellen und wie lange eine fehlerhafte Quelle pausiert',
  'settings.fold.notifications': 'Häufige Änderungen, instabile Erkennung, erneute Zustellung und Postausgang',
  'settings.fold.api': 'Das Token, wie lange ein Browser angemeldet bleibt, und das öffentliche Status-Badge',
  'settings.fold.history': 'Wie lange stündliche Statistiken aufbewahrt werden und was das Protokoll festhält',
  'settings.fold.speed': 'Server, IP-Version, Daten und Zeit pro Test, getaktete Verbindungen',
  'settings.fold.fleet': 'Client-Zertifikat, CA des Brokers, Topic-Präfix, Keep-alive und Vergessen von Standorten',

  'settings.intro.language':
    'Die Sprache des Tray-Menüs, der Benachrichtigungen und der Dashboards, die ihr folgen; ein Kanal kann eine eigene wählen, dieser Browser ebenso weiter unten.',
  'settings.intro.history':
    'Wie lange Sicherungen und Statistiken des Verlaufs aufbewahrt werden und was das Protokoll festhält.',
  'settings.intro.plugins':
    'Ihre eigenen Programme im Plugin-Ordner, jedes eine Quelle, ein Benachrichtigungskanal oder ein DNS-Anbieter.',
  'settings.intro.backup':
    'Kopien des Verlaufs und Verläufe aus anderen Quellen; die Überwachung läuft währenddessen weiter.',
  'settings.intro.appearance':
    'Wie dieses Fenster Zeiten, Farben und Texte zeigt; gespeichert von diesem Browser oder der App, nicht von der Engine.',
  'settings.intro.about': 'Die laufende Version und die Lizenzen von IPWatch und der mitgelieferten Daten.',

  'settings.monitor.families': 'Überwachte IP-Versionen',

  'settings.nav.label': 'Bereiche der Einstellungen',
  'settings.nav.toFix': ' (zu korrigieren)',
  'settings.nav.more': 'Weitere Einstellungsseiten: seitlich blättern',

  'settings.page.title': 'Einstellungen',
  'settings.page.what': 'die Einstellungen',
  'settings.page.file': 'Diese Einstellungen stehen in {file} im Datenordner.',
  'settings.page.fileProfile':
    'Diese Einstellungen stehen in {file} im Datenordner, darüber das Profil „{profile}“ aus {profileFile}; die Änderung eines Felds, das das Profil setzt, wird im Profil gespeichert.',
  'settings.page.fileIgnored': '{ignored} liegt daneben und wird nicht beachtet: {file} hat Vorrang.',
  'settings.page.invalidFile':
    'settings.json war beim Start von IPWatch nicht verwendbar, daher läuft es mit den Standardwerten. Korrigieren Sie die Datei (der Grund steht unten und im Protokoll); die App übernimmt sie, sobald sie gültig ist.',

  'settings.section.monitor': 'Überwachung',
  'settings.section.sources': 'Quellen',
  'settings.section.notifications': 'Benachrichtigungen',
  'settings.section.channels': 'Benachrichtigungskanäle',
  'settings.section.discord': 'Discord-Bot',
  'settings.section.ddns': 'Dynamisches DNS',
  'settings.section.monitors': 'Dienste',
  'settings.section.hook': 'Programm bei Änderung',
  'settings.section.heartbeat': 'Heartbeat',
  'settings.section.identity': 'Netzidentität',
  'settings.section.speed': 'Speedtest',
  'settings.section.memory': 'Speicher',
  'settings.section.path': 'Weg',
  'settings.section.fleet': 'Standorte',
  'settings.section.api': 'Web-Dashboard und API',
  'settings.section.language': 'Sprache',
  'settings.section.history': 'Verlauf und Protokoll',
  'settings.section.plugins': 'Plugins',
  'settings.section.backup': 'Sicherung, Wiederherstellung und Import',
  'settings.section.app': 'Dieser Rechner',
  'settings.section.appearance': 'Darstellung (dieses Fenster)',
  'settings.section.about': 'Über IPWatch',
} as const satisfies Area<typeof source>;
