/** German: the own words of the DNS providers s-z (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersSZ as source } from '../en/settings-fields-ddns-providers-s-z';

export const settingsFieldsDdnsProvidersSZ = {
  'setting.choice.selfhost-d5216f': 'selfHOST',
  'setting.choice.spaceship-542223': 'Spaceship',
  'setting.label.key-from-the-api-72d4ad': 'Schlüssel aus dem API Manager',
  'setting.help.the-api-key-made-0166e4':
    'Der im API Manager erstellte API-Schlüssel, mit Lesen und Schreiben von DNS-Einträgen.',
  'setting.label.secret-of-that-key-89cdcd': 'Secret dieses Schlüssels',
  'setting.help.the-api-secret-shown-19b4e9': 'Das API-Secret, das im API Manager neben dem Schlüssel steht.',
  'setting.help.how-long-resolvers-may-3c87b8':
    'Wie lange Resolver den Eintrag behalten dürfen; Spaceship nimmt 60 bis 3600.',
  'setting.help.the-service-s-address-a4004f':
    'Die Adresse des Dienstes; https://spaceship.dev/api/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.securepoint-dyndns-spdyn-f5357c': 'Securepoint DynDNS (spdyn)',
  'setting.choice.strato-1159ca': 'Strato',
  'setting.label.domain-the-login-f277d5': 'Domain (die Anmeldung)',
  'setting.help.the-domain-the-host-eb0899':
    'Die Domain, unter der der Hostname liegt, z. B. example.org; Strato meldet sich mit ihr an.',
  'setting.choice.tencent-cloud-48e6b9': 'Tencent Cloud',
  'setting.help.the-domain-at-tencent-47d2ce': 'Die Domain bei Tencent Cloud DNSPod, z. B. example.com.',
  'setting.label.secretid-945aeb': 'SecretId des API-Schlüssels',
  'setting.help.the-secretid-of-an-5c9625':
    'Die SecretId eines API-Schlüssels, der die Einträge der Domain ändern darf.',
  'setting.label.secretkey-7bb7c5': 'SecretKey des API-Schlüssels',
  'setting.help.the-secretkey-shown-with-360710': 'Der SecretKey, der mit der SecretId angezeigt wird.',
  'setting.help.the-service-s-address-21429f':
    'Adresse des Dienstes; https://dnspod.tencentcloudapi.com, sofern Sie keinen eigenen betreiben.',
} satisfies Area<typeof source>;
