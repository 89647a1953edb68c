/** German: the settings' words from shared/settings/egress.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsEgress as source } from '../en/settings-fields-egress';

export const settingsFieldsEgress = {
  'setting.label.connections-25db36': 'Verbindungen',
  'setting.help.what-ipwatch-may-connect-476d9c':
    'Womit IPWatch sich verbinden darf und ob alles andere abgelehnt wird.',
  'setting.help.refuse-any-connection-to-06813b':
    'Lehnt jede Verbindung zu einem Ziel ab, das nicht in der Liste der Ziele steht; aus: Sie wird nur erfasst.',
  'setting.help.ask-the-built-in-ac4b36':
    'Die eingebauten Webdienste fragen, die Ihre Adresse zurückgeben (ipify, ident.me …).',
  'setting.help.ask-google-s-and-761920': 'Die STUN-Server von Google und Cloudflare nach Ihrer Adresse fragen.',
  'setting.help.ask-opendns-s-google-c75cee':
    'Die Nameserver von OpenDNS, Google und Cloudflare nach Ihrer Adresse fragen.',
} satisfies Area<typeof source>;
