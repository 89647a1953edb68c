/** German: the settings' labels other pages show, as shared/words/setting-label.ts lists them (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsOutside as source } from '../en/settings-fields-outside';

export const settingsFieldsOutside = {
  'setting.label.open-to-the-local-7fd3f5': 'Im lokalen Netzwerk erreichbar',
  'setting.label.certificate-for-the-lan-5775c8': 'Zertifikat für das LAN',
  'setting.label.sign-in-with-discord-490373': 'Mit Discord anmelden',
  'setting.label.bot-token-6926fd': 'Bot-Token',
  'setting.label.dns-records-af489d': 'DNS-Einträge',
  'setting.label.refuse-undeclared-connections-0af090': 'Nicht aufgeführte Verbindungen ablehnen',
  'setting.label.built-in-web-sources-f5d469': 'Eingebaute Web-Quellen',
  'setting.label.built-in-stun-sources-826975': 'Eingebaute STUN-Quellen',
  'setting.label.built-in-dns-sources-9e8a62': 'Eingebaute DNS-Quellen',
  'setting.label.publish-this-site-6dcfac': 'Diesen Standort veröffentlichen',
  'setting.label.watch-the-fleet-54d6d6': 'Verbund beobachten',
  'setting.label.online-enrichment-458c0c': 'Online-Ergänzung',
  'setting.label.notification-channels-b36bc7': 'Benachrichtigungskanäle',
  'setting.label.ask-the-router-d13933': 'Router fragen',
  'setting.label.monitors-efbe7b': 'Dienste',
  'setting.label.your-own-sources-4c96c2': 'Eigene Quellen',
  'setting.label.allow-speed-tests-ac4203': 'Speedtests erlauben',
  'setting.label.send-heartbeats-ea59b6': 'Heartbeats senden',
  'setting.label.router-922ed1': 'Router',
} satisfies Area<typeof source>;
