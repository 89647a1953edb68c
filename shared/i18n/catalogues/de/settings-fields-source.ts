/** German: the settings' words from shared/settings/source.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsSource as source } from '../en/settings-fields-source';

export const settingsFieldsSource = {
  'setting.label.source-id-04e2cf': 'Quellen-ID',
  'setting.label.source-kind-02d3d6': 'Art der Quelle',
  'setting.help.how-the-source-is-cf5be3': 'Wie die Quelle gefragt wird.',
  'setting.choice.http-06b67d': 'HTTP',
  'setting.label.address-url-ad93eb': 'Adresse (URL)',
  'setting.help.the-http-or-https-d623b1': 'Die http://- oder https://-Adresse, die mit Ihrer Adresse antwortet.',
  'setting.label.answer-format-fd38ec': 'Antwortformat',
  'setting.help.how-the-address-is-79a071': 'Wie die Adresse aus der Antwort gelesen wird.',
  'setting.choice.the-whole-answer-1671ef': 'Die ganze Antwort',
  'setting.choice.a-field-of-a-922f4f': 'Ein Feld einer JSON-Antwort',
  'setting.choice.key-value-lines-as-7f0804': 'key=value-Zeilen (wie Cloudflare trace)',
  'setting.label.field-with-the-address-09f8e8': 'Feld mit der Adresse',
  'setting.help.the-json-field-a-f1275c':
    'Das JSON-Feld (ein Pfad mit Punkten) oder der Schlüssel mit der Adresse; leer: ip.',
  'setting.help.whether-this-source-answers-38684f':
    'Ob diese Quelle mit einer IPv4- oder einer IPv6-Adresse antwortet.',
  'setting.label.provider-name-9aa1cf': 'Anbietername',
  'setting.help.sources-of-one-provider-4eea0c':
    'Quellen eines Anbieters zählen für die Übereinstimmung nur einmal; leer: die Quellen-ID.',
  'setting.choice.dns-5f2069': 'DNS',
  'setting.label.server-host-port-5f096b': 'Server (host:port)',
  'setting.help.the-dns-or-stun-ecda06': 'Der zu fragende DNS- oder STUN-Server, z. B. 127.0.0.1:53 oder [::1]:3478.',
  'setting.label.name-to-look-up-22d2d3': 'Abzufragender Name',
  'setting.help.the-dns-name-whose-81db40': 'Der DNS-Name, dessen Antwort Ihre Adresse ist, z. B. myip.opendns.com.',
  'setting.help.a-or-aaaa-for-b18740':
    'A oder AAAA für einen Adresseintrag, TXT für eine Textantwort, die sie enthält.',
  'setting.label.record-class-3e9e8b': 'Eintragsklasse',
  'setting.help.in-for-almost-every-991b76': 'IN für fast jeden Server; CH für Chaos-Antworten (Cloudflare whoami).',
  'setting.choice.in-internet-a5655d': 'IN (Internet)',
  'setting.choice.ch-chaos-8e90b7': 'CH (Chaos)',
  'setting.choice.stun-1abf14': 'STUN',
  'setting.choice.the-interface-s-own-888cfb': 'Eigene Adresse der Schnittstelle',
  'setting.label.network-interface-ec2261': 'Netzwerkschnittstelle',
  'setting.help.the-interface-whose-own-571653':
    'Die Schnittstelle, deren eigene globale Adresse der Familie Ihre Adresse ist, z. B. eth0.',
  'setting.label.use-the-built-in-cb97bd': 'Eingebaute Quellen nutzen',
  'setting.help.ask-the-public-services-27fa7a':
    'Die öffentlichen Dienste fragen, die IPWatch mitbringt (ipify, Cloudflare, Google …).',
  'setting.label.built-in-sources-switched-03de0c': 'Abgeschaltete eingebaute Quellen',
  'setting.help.ids-of-built-in-73ad00': 'IDs eingebauter Quellen, die nie gefragt werden, z. B. aws-v4.',
  'setting.help.http-dns-or-stun-3b2bc4':
    'Selbst hinzugefügte HTTP-, DNS- oder STUN-Dienste, gefragt wie die eingebauten.',
} satisfies Area<typeof source>;
