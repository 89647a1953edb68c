/** German: the settings' words from shared/settings/identity.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsIdentity as source } from '../en/settings-fields-identity';

export const settingsFieldsIdentity = {
  'setting.help.ask-a-web-service-fd898b':
    'Einen Webdienst nach einer Adresse fragen, die die Offline-Datenbanken nicht vollständig zuordnen.',
  'setting.choice.never-only-the-data-ec759e':
    'nie: nur die mit IPWatch gelieferten Daten, nichts verlässt den Rechner',
  'setting.choice.ipinfo-io-s-json-38ab1f': 'JSON-API von ipinfo.io (ein kostenloses Token hebt die Limits auf)',
  'setting.choice.ifconfig-co-s-json-ca5b55': 'JSON von ifconfig.co (oder Ihr eigener echoip-Server)',
  'setting.label.ask-for-e3c264': 'Fragen nach',
  'setting.help.which-confirmed-addresses-are-d550f8': 'Welche bestätigten Adressen an den Dienst gehen (jede einmal).',
  'setting.choice.only-an-address-the-7231fb':
    'nur Adressen, denen die Offline-Datenbanken kein AS, keine Organisation oder kein Land zuordnen',
  'setting.choice.every-new-confirmed-address-ecb84d':
    'jede neue bestätigte Adresse; deren Antwort hat Vorrang vor den Offline-Daten',
  'setting.label.token-ipinfo-io-c1af36': 'Token (ipinfo.io)',
  'setting.help.optional-from-your-ipinfo-21c043': 'Optional, aus Ihrem ipinfo.io-Konto; wird geheim gehalten.',
  'setting.label.service-address-9cb55e': 'Adresse des Dienstes',
  'setting.help.the-service-s-own-f84fd3':
    'Die des Dienstes (https://ipinfo.io, https://ifconfig.co), sofern Sie keinen eigenen betreiben.',
  'setting.label.timeout-ms-f8088a': 'Zeitlimit (ms)',
  'setting.help.how-long-one-question-0ecd48':
    'Wie lange eine Anfrage dauern darf; eine langsame Antwort wird verworfen, nie abgewartet.',
} satisfies Area<typeof source>;
