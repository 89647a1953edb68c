/** German: the settings' words from shared/settings/fleet.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsFleet as source } from '../en/settings-fields-fleet';

export const settingsFieldsFleet = {
  'setting.help.this-runner-s-addresses-02c2a9':
    'Adressen und Zustand dieser Instanz, auf dem Broker für Beobachter hinterlegt.',
  'setting.help.show-every-site-published-69eb7e':
    'Jeden unter dem Präfix veröffentlichten Standort mit seinen letzten Ereignissen zeigen.',
  'setting.label.site-name-eed3b0': 'Standortname',
  'setting.help.this-runner-s-name-4ad6a8':
    'Name dieser Instanz im Verbund, z. B. home oder office; eine Topic-Ebene: kein / + #.',
  'setting.label.broker-address-d07c85': 'Broker-Adresse',
  'setting.help.its-url-mqtts-broker-b77048':
    'Seine URL: mqtts://broker.example.org:8883 (TLS) oder mqtt://192.168.1.5:1883.',
  'setting.help.the-broker-user-this-87367d':
    'Der Broker-Benutzer dieses Standorts; die ACL erlaubt ihm nur, in eigene Topics zu schreiben.',
  'setting.label.broker-password-fcda43': 'Broker-Passwort',
  'setting.help.the-broker-user-s-f16ef2': 'Das Passwort des Broker-Benutzers; geheim gehalten, nie veröffentlicht.',
  'setting.label.client-certificate-file-9a7be5': 'Client-Zertifikatsdatei',
  'setting.help.pem-file-signs-in-f35f3b':
    'PEM-Datei: Anmeldung mit Zertifikat statt (oder zusätzlich zu) einem Passwort.',
  'setting.label.private-key-file-4f218b': 'Privater Schlüssel (Datei)',
  'setting.help.pem-file-of-the-5cd9c8': 'PEM-Datei mit dem privaten Schlüssel des Client-Zertifikats.',
  'setting.label.broker-s-ca-certificate-e646f7': 'CA-Zertifikat des Brokers (Datei)',
  'setting.help.pem-file-of-the-c81031':
    'PEM-Datei der CA, die das Zertifikat des Brokers signiert hat; leer: die CAs des Systems.',
  'setting.label.topics-under-fb9998': 'Topics unter',
  'setting.help.every-site-publishes-under-ae8da4':
    "Jeder Standort veröffentlicht darunter: '<'prefix>/'<'site>/state und '<'prefix>/'<'site>/event.",
  'setting.label.keep-alive-seconds-634bb1': 'Keep-Alive (Sekunden)',
  'setting.help.a-site-whose-link-d7a438':
    'Ein Standort, dessen Verbindung unbemerkt abbricht, erscheint bei mosquitto 2.0.11 nach spätestens ⌊1,5 × diesem Wert⌋ + 6,1 s als offline (docs/fleet.md).',
  'setting.label.forget-sites-after-days-a29444': 'Standorte vergessen nach (Tagen)',
  'setting.help.a-site-not-online-d9d060':
    'Ein Standort, der so viele Tage weder online noch zu hören war, wird vergessen (0: nie), bis er wieder veröffentlicht.',
} satisfies Area<typeof source>;
