import type { Area } from '../area';
import type { settingsFieldsEgress as source } from '../en/settings-fields-egress';

export const settingsFieldsEgress = {
  'setting.label.connections-25db36': 'Verbindungen',
  'setting.help.what-ipwatch-may-connect-476d9c':
    'Womit IPWatch sich verbinden darf und ob alles andere abgelehnt wird.',
  'setting.label.refuse-undeclared-connections-0af090': 'Nicht aufgeführte Verbindungen ablehnen',
  'setting.help.refuse-any-connection-to-06813b':
    'Lehnt jede Verbindung zu einem Ziel ab, das nicht in der Liste der Ziele steht; aus: Sie wird nur erfasst.',
  'setting.label.built-in-web-sources-f5d469': 'Eingebaute Web-Quellen',
  'setting.help.ask-the-built-in-ac4b36':
    'Die eingebauten Webdienste fragen, die Ihre Adresse zurückgeben (ipify, ident.me …).',
  'setting.label.built-in-stun-sources-826975': 'Eingebaute STUN-Quellen',
  'setting.help.ask-google-s-and-761920': 'Die STUN-Server von Google und Cloudflare nach Ihrer Adresse fragen.',
  'setting.label.built-in-dns-sources-9e8a62': 'Eingebaute DNS-Quellen',
  'setting.help.ask-opendns-s-google-c75cee':
    'Die Nameserver von OpenDNS, Google und Cloudflare nach Ihrer Adresse fragen.',
} satisfies Area<typeof source>;
