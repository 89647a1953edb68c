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
  'setting.choice.variomedia-1b214b': 'Variomedia',
  'setting.help.the-e-mail-address-6b3a98': 'Die E-Mail-Adresse des Variomedia-Kontos.',
  'setting.label.dns-settings-password-c5b8ed': 'Passwort der DNS-Einstellungen',
  'setting.help.the-password-set-for-bd7f43':
    'Das im Kundenbereich für die DNS-Einstellungen gesetzte Passwort, nicht das Passwort des Kontos.',
  'setting.choice.zoneedit-e4eeba': 'ZoneEdit',
  'setting.label.zoneedit-user-name-5fd1be': 'ZoneEdit-Benutzername',
  'setting.help.the-user-name-you-dd9c7c': 'Der Benutzername, mit dem Sie sich bei ZoneEdit anmelden.',
  'setting.label.dynamic-authentication-token-23a400': 'Dynamisches Authentifizierungstoken',
  'setting.help.the-dynamic-authentication-token-324c52':
    'Das dynamische Authentifizierungstoken aus den DNS-Einstellungen der Zone, nicht das Passwort.',
  'setting.help.the-service-s-address-5451a7':
    'Die Adresse des Dienstes; https://dynamic.zoneedit.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.vercel-da1552': 'Vercel',
  'setting.help.a-token-from-account-9385fa': 'Ein Token aus Account Settings, Tokens, mit Zugriff auf die Domain.',
  'setting.label.team-owning-the-domain-96bece': 'Team, dem die Domain gehört',
  'setting.help.the-team-s-id-2c1f86':
    'Die ID des Teams (team_…), wenn ein Team die Domain besitzt; leer für Ihr eigenes Konto.',
  'setting.help.how-long-resolvers-may-fe468b':
    'Wie lange Resolver den Eintrag behalten dürfen; Vercel nimmt mindestens 60.',
  'setting.help.the-service-s-address-262d66':
    'Die Adresse des Dienstes; https://api.vercel.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.scaleway-fb560d': 'Scaleway',
  'setting.help.the-dns-zone-as-28d948': 'Die DNS-Zone, wie die Konsole sie aufführt, z. B. example.org.',
  'setting.label.secret-key-47252d': 'Geheimer Schlüssel',
  'setting.help.an-api-key-s-e983d5':
    'Der geheime Schlüssel eines API-Schlüssels, dessen Richtlinie Domains and DNS ändern darf.',
  'setting.help.how-long-resolvers-may-9bedf8': 'Wie lange Resolver den Eintrag behalten dürfen; mindestens 60.',
  'setting.help.the-service-s-address-1005b2':
    'Die Adresse des Dienstes; https://api.scaleway.com/domain/v2beta1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.tencent-cloud-48e6b9': 'Tencent Cloud',
  'setting.help.the-domain-at-tencent-47d2ce': 'Die Domain bei Tencent Cloud DNSPod, z. B. example.com.',
  'setting.help.the-secretid-of-an-5c9625':
    'Die SecretId eines API-Schlüssels, der die Einträge der Domain ändern darf.',
  'setting.help.the-service-s-address-21429f':
    'Adresse des Dienstes; https://dnspod.tencentcloudapi.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.vultr-c37807': 'Vultr',
  'setting.help.the-domain-as-the-33f11e': 'Die Domain, wie die DNS-Seite von Vultr sie aufführt, z. B. example.org.',
  'setting.help.the-personal-api-key-e201be':
    'Der persönliche API-Schlüssel aus Account, API, für diese Adresse freigegeben.',
  'setting.help.the-service-s-address-04df10':
    'Die Adresse des Dienstes; https://api.vultr.com/v2, sofern Sie keinen eigenen betreiben.',
  'setting.choice.servercow-6c8a09': 'Servercow',
  'setting.help.the-domain-whose-dns-fb019b': 'Die Domain, deren DNS Servercow bereitstellt, z. B. example.org.',
  'setting.label.dns-api-user-b09df4': 'DNS-API-Benutzer',
  'setting.help.the-user-name-of-82b2c9':
    'Der Benutzername eines im Servercow-Kundenbereich angelegten DNS-API-Benutzers.',
  'setting.label.dns-api-password-d6e075': 'DNS-API-Passwort',
  'setting.help.the-password-of-that-c235b0': 'Das Passwort dieses DNS-API-Benutzers.',
  'setting.help.how-long-resolvers-may-bc4108':
    'Wie lange Resolver den Eintrag behalten dürfen; Servercow nimmt ohne Angabe 120.',
  'setting.help.the-service-s-address-9234d8':
    'Die Adresse des Dienstes; https://api.servercow.de/dns/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.tnet-hk-9cea64': 'Tnet.hk',
  'setting.help.the-service-s-address-561eba':
    'Adresse des Dienstes; https://www.tnet.hk, sofern Sie keinen eigenen betreiben.',
} satisfies Area<typeof source>;
