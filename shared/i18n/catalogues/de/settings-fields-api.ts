/** German: the settings' words from shared/settings/api.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsApi as source } from '../en/settings-fields-api';

export const settingsFieldsApi = {
  'setting.label.serve-the-dashboard-and-5471c3': 'Dashboard und API bereitstellen',
  'setting.help.run-the-web-dashboard-ef8fb3':
    'Das Web-Dashboard und die lokale HTTP-API laufen, solange IPWatch überwacht.',
  'setting.label.tcp-port-a28fbe': 'TCP-Port',
  'setting.help.where-the-dashboard-and-7a9ab0':
    'Port, unter dem Dashboard und API erreichbar sind; 0 wählt einen freien Port, der im Protokoll steht.',
  'setting.help.listen-on-every-network-4664cf':
    'Über alle Netzwerkschnittstellen erreichbar, nicht nur auf diesem Rechner, über HTTPS (api.tls oder ein selbst erstelltes Zertifikat).',
  'setting.help.the-certificate-pem-chain-80c890':
    'Zertifikat (PEM, danach die Kette) und Schlüsseldatei für das Dashboard im LAN, neu geladen, sobald sie sich ändern; fehlen sie, erstellt IPWatch beim ersten Start ein eigenes.',
  'setting.label.certificate-file-a6a8a5': 'Zertifikatsdatei',
  'setting.help.pem-the-certificate-then-d52bf4': 'PEM: das Zertifikat, danach etwaige Zwischenzertifikate.',
  'setting.label.key-file-6ed7c6': 'Schlüsseldatei',
  'setting.help.pem-the-private-key-fce57f': 'PEM: der private Schlüssel dieses Zertifikats, unverschlüsselt.',
  'setting.label.allow-plain-http-on-3118d7': 'Unverschlüsseltes HTTP im LAN erlauben',
  'setting.help.also-answer-plain-http-d46097':
    'Auch unverschlüsseltes HTTP von anderen Rechnern beantworten (das Token wird dann lesbar übertragen); Loopback ist ohnehin unverschlüsseltes HTTP.',
  'setting.label.api-token-b72c4c': 'API-Token',
  'setting.help.signs-in-browsers-and-5ca145':
    'Meldet Browser und Skripte an, mindestens 16 Zeichen; leer: wird beim ersten Start in api-token erstellt.',
  'setting.label.stay-signed-in-hours-5d242a': 'Angemeldet bleiben (Stunden)',
  'setting.help.the-longest-a-browser-1c35d5':
    'Wie lange ein Browser höchstens angemeldet bleibt, maximal 168 (7 Tage); nach 12 h ohne Nutzung wird er früher abgemeldet.',
  'setting.label.request-time-limit-seconds-3c2b3d': 'Zeitlimit einer Anfrage (Sekunden)',
  'setting.help.the-longest-a-request-8e0629':
    'Wie lange eine Anfrage höchstens brauchen darf, bis sie ganz angekommen ist, Kopfzeilen und Inhalt (auch ein Upload); eine langsamere wird geschlossen.',
  'setting.label.public-status-badge-261b74': 'Öffentliches Status-Badge',
  'setting.help.serve-api-v1-badge-b073c7':
    '/api/v1/badge.svg (wie lange die Adresse besteht, Verfügbarkeit) ohne Token ausliefern, zum Einbetten in eine Seite.',
  'setting.label.address-in-the-badge-b0a4b8': 'Adresse im Badge',
  'setting.help.show-the-public-address-642830':
    'Die öffentliche Adresse selbst im Badge zeigen; aus: nur, wie lange sie besteht.',
  'setting.label.sign-in-7367ee': 'Anmeldung',
  'setting.help.ways-to-sign-in-ff0388': 'Weitere Wege zur Anmeldung am Dashboard neben dem API-Token (Discord).',
  'setting.help.who-may-sign-in-c1967a':
    'Wer sich mit seinem Discord-Konto am Dashboard anmelden darf, und mit welchen Rechten.',
  'setting.label.application-id-a357b1': 'Anwendungs-ID',
  'setting.help.discord-developer-portal-your-f80669':
    'Discord Developer Portal, Ihre Anwendung, OAuth2: Client ID. Leer: aus.',
  'setting.label.client-secret-d28dcb': 'Client-Secret',
  'setting.help.oauth2-client-secret-or-858949': 'OAuth2: Client Secret (oder ein Verweis darauf). Leer: aus.',
  'setting.label.admin-user-ids-c10552': 'Admin-Benutzer-IDs',
  'setting.help.discord-users-who-sign-ebd11b':
    'Discord-Benutzer, die sich als Admin anmelden, neben denen mit „Server verwalten“ in einem bedienten Server.',
  'setting.label.viewer-role-ids-5db96e': 'Rollen-IDs für Betrachter',
  'setting.help.members-of-these-roles-14b7eb':
    'Mitglieder dieser Rollen (in einem Server, den der Bot bedient) melden sich als Betrachter an.',
} satisfies Area<typeof source>;
