/** German: the own words of the DNS providers n-r (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersNR as source } from '../en/settings-fields-ddns-providers-n-r';

export const settingsFieldsDdnsProvidersNR = {
  'setting.choice.rfc-2136-signed-update-5b8e21': 'Signiertes Update nach RFC 2136 (BIND, Knot, PowerDNS)',
  'setting.label.primary-server-97c074': 'Primärer Server',
  'setting.help.the-primary-server-s-156079':
    'Adresse (oder Name) des primären Servers, der signierte Updates annimmt.',
  'setting.label.server-port-df74ea': 'Server-Port',
  'setting.help.udp-and-tcp-port-996920': 'UDP- und TCP-Port des Servers.',
  'setting.help.the-zone-the-record-40d7fc': 'Die Zone des Eintrags, z. B. example.org.',
  'setting.help.the-record-to-keep-08b504': 'Der aktuell zu haltende Eintrag, z. B. home.example.org.',
  'setting.label.tsig-key-name-9ba57b': 'TSIG-Schlüsselname',
  'setting.help.as-the-server-names-4d69bd': 'Wie der Server den Schlüssel nennt (Knot: key id; BIND: key "name").',
  'setting.label.tsig-algorithm-df5c04': 'TSIG-Algorithmus',
  'setting.help.the-signature-as-rfc-e2d0ff': 'Die Signatur, wie RFC 8945 sie festlegt.',
  'setting.choice.hmac-sha256-8ed094': 'HMAC-SHA256',
  'setting.label.tsig-secret-fb1249': 'TSIG-Schlüssel',
  'setting.help.the-key-in-base64-3292c7': 'Der Schlüssel in Base64, wie keymgr -t oder tsig-keygen ihn ausgeben.',
  'setting.choice.name-com-075da7': 'Name.com',
  'setting.label.account-user-name-00b099': 'Benutzername des Kontos',
  'setting.help.the-name-com-user-2438cf': 'Der Name.com-Benutzername, dem das API-Token gehört.',
  'setting.help.a-production-api-token-e21f19':
    'Ein Produktions-API-Token von der Seite der API-Einstellungen des Kontos.',
  'setting.help.how-long-resolvers-may-76248c':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Name.com mindestens 300.',
  'setting.help.the-service-s-address-1dd35b':
    'Die Adresse des Dienstes; https://api.name.com/v4, sofern Sie keinen eigenen betreiben.',
  'setting.choice.njalla-6424f1': 'Njalla',
  'setting.help.the-dynamic-record-at-c524fc': 'Der dynamische Eintrag bei Njalla, z. B. home.example.org.',
  'setting.label.dynamic-record-key-bfcd47': 'Schlüssel des dynamischen Eintrags',
  'setting.help.the-key-njalla-shows-bd106a':
    'Der Schlüssel, den Njalla in den Einstellungen des dynamischen Eintrags zeigt.',
  'setting.help.the-service-s-address-9ebf4f':
    'Die Adresse des Dienstes; https://njal.la, sofern Sie keinen eigenen betreiben.',
  'setting.choice.no-ip-77b3a4': 'No-IP',
  'setting.choice.now-dns-f8eeb6': 'Now-DNS',
  'setting.choice.opendns-103ab1': 'OpenDNS',
  'setting.choice.ovhcloud-be5c8a': 'OVHcloud',
  'setting.help.the-dns-zone-at-d388fa': 'Die DNS-Zone bei OVHcloud, z. B. example.org.',
  'setting.label.application-key-7569da': 'Anwendungsschlüssel',
  'setting.help.the-application-key-made-c674b7':
    'Der bei createApp (oder createToken) für Ihre Region erstellte Anwendungsschlüssel.',
  'setting.label.application-secret-016c7e': 'Anwendungsgeheimnis',
  'setting.help.the-application-secret-shown-8935f1': 'Das Anwendungsgeheimnis, angezeigt mit dem Anwendungsschlüssel.',
  'setting.label.consumer-key-9a7d1c': 'Consumer Key',
  'setting.help.the-consumer-key-allowed-624ecb': 'Der Consumer Key, mit GET, PUT und POST auf /domain/zone/* erlaubt.',
  'setting.help.how-long-resolvers-may-529424':
    'Wie lange Resolver den Eintrag behalten dürfen; bei OVHcloud mindestens 60.',
  'setting.help.the-service-s-address-0ff37e':
    'Die Adresse des Dienstes; https://eu.api.ovh.com/1.0, sofern Sie keinen eigenen betreiben.',
  'setting.choice.porkbun-354cac': 'Porkbun',
  'setting.label.key-pk1-247b5a': 'Schlüssel (pk1_…)',
  'setting.help.the-api-key-that-18adaa': 'Der API-Schlüssel, der mit pk1_ beginnt, von der Seite API Access.',
  'setting.label.secret-key-sk1-c7c7f7': 'Geheimer Schlüssel (sk1_…)',
  'setting.help.the-secret-api-key-0b4d0d':
    'Der geheime API-Schlüssel, der mit sk1_ beginnt; er wird nur beim Anlegen einmal angezeigt.',
  'setting.help.how-long-resolvers-may-ab5ad6':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Porkbun mindestens 600.',
  'setting.help.the-service-s-address-ccf0c8':
    'Die Adresse des Dienstes; https://api.porkbun.com/api/json/v3, sofern Sie keinen eigenen betreiben.',
  'setting.choice.amazon-route-53-a49f3f': 'Amazon Route 53',
  'setting.label.hosted-zone-id-527a11': 'ID der gehosteten Zone',
  'setting.help.the-zone-s-id-761edb': 'Die ID der Zone aus der Route-53-Konsole, z. B. Z0123456789ABC.',
  'setting.label.access-key-id-akia-27f94d': 'Zugriffsschlüssel-ID (AKIA…)',
  'setting.help.the-iam-access-key-8a9305':
    'Die ID des IAM-Zugriffsschlüssels; er darf die Datensätze dieser Zone lesen und ändern.',
  'setting.label.secret-access-key-e1c3d3': 'Geheimer Zugriffsschlüssel',
  'setting.help.the-secret-access-key-f06923':
    'Der geheime Zugriffsschlüssel, einmal angezeigt, wenn der IAM-Schlüssel erstellt wird.',
  'setting.help.how-long-resolvers-may-586c9a':
    'Wie lange Resolver den Eintrag behalten dürfen; 300, sofern Sie nichts anderes wollen.',
  'setting.help.the-service-s-address-ea8f5a':
    'Die Adresse des Dienstes; https://route53.amazonaws.com, sofern Sie keinen eigenen betreiben.',
  'setting.help.namecheap-s-dynamic-dns-349b46': 'Namecheaps Dynamic DNS pflegt nur IPv4-Einträge (A).',
  'setting.choice.namecheap-224bac': 'Namecheap',
  'setting.help.the-domain-as-registered-06eaaf':
    'Die Domain, wie sie bei Namecheap registriert ist, z. B. example.org.',
  'setting.help.the-name-to-keep-c464c1':
    'Der aktuell zu haltende Name, z. B. home.example.org, oder die Domain selbst.',
  'setting.help.the-domain-s-dynamic-cd6375': 'Das Dynamic-DNS-Passwort der Domain, von ihrer Seite Advanced DNS.',
  'setting.help.the-service-s-address-a5c646':
    'Die Adresse des Dienstes; https://dynamicdns.park-your-domain.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.namesilo-fcc1db': 'NameSilo',
  'setting.help.a-key-from-the-0e36e1': 'Ein Schlüssel aus dem API Manager, ohne „read-only access“ erstellt.',
  'setting.help.how-long-resolvers-may-f8b245':
    'Wie lange Resolver den Eintrag behalten dürfen; bei NameSilo mindestens 3600.',
  'setting.help.the-service-s-address-4437e6':
    'Die Adresse des Dienstes; https://www.namesilo.com/api, sofern Sie keinen eigenen betreiben.',
  'setting.choice.netcup-4acc4b': 'netcup',
  'setting.help.the-domain-as-the-f3e89a': 'Die Domain, wie das Customer Control Panel sie führt, z. B. example.org.',
  'setting.label.customer-number-at-netcup-45d263': 'Kundennummer bei netcup',
  'setting.help.the-number-shown-next-15e24d': 'Die Nummer neben Ihrem Namen im Customer Control Panel.',
  'setting.help.a-key-made-in-f1d631': 'Ein im Customer Control Panel unter API erstellter Schlüssel.',
  'setting.label.api-password-9a6dba': 'API-Passwort',
  'setting.help.the-one-api-password-4de3e6':
    'Das eine API-Passwort des Kontos (nicht sein Login-Passwort), neben den Schlüsseln erstellt.',
  'setting.help.the-service-s-address-34a4b9':
    'Die Adresse des Dienstes; https://ccp.netcup.net/run/webservice/servers/endpoint.php, sofern Sie keinen eigenen betreiben.',
  'setting.choice.ns1-40a87a': 'NS1',
  'setting.help.the-zone-as-ns1-5278e4': 'Die Zone, wie NS1 sie führt, z. B. example.com.',
  'setting.help.an-api-key-from-61570b':
    'Ein API-Schlüssel aus dem Portal (Account settings, API keys), der die Zone verwalten darf.',
  'setting.help.the-service-s-address-54c042':
    'Die Adresse des Dienstes; https://api.nsone.net/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.rainyun-7b20d5': 'Rainyun',
  'setting.help.the-domain-at-rainyun-63da99': 'Die Domain bei Rainyun, z. B. example.com.',
  'setting.label.rainyun-domain-id-256a23': 'Rainyun-Domain-ID',
  'setting.help.the-number-rainyun-s-a163c9':
    'Die Nummer, die die Rainyun-Konsole für die Domain zeigt (in der Adresse der Seite der Domain).',
  'setting.help.the-api-key-from-45f7a7': 'Der API-Schlüssel von der Seite der API-Schlüssel des Kontos.',
  'setting.help.the-service-s-address-aa28c2':
    'Adresse des Dienstes; https://api.v2.rainyun.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.now-cn-1ad7ba': 'Now.cn',
  'setting.help.the-service-s-address-ad0052':
    'Adresse des Dienstes; https://api.now.cn, sofern Sie keinen eigenen betreiben.',
  'setting.choice.plugin-038fdf': 'Plugin',
  'setting.label.plugin-name-747322': 'Plugin-Name',
  'setting.help.the-name-of-a-f5eed8':
    'Der Name eines DNS-Anbieter-Plugins im Plugin-Ordner, wie sein Manifest ihn nennt.',
  'setting.help.the-full-name-of-9e733f':
    'Der vollständige Name des Eintrags, den das Plugin pflegt, z. B. home.example.org.',
} satisfies Area<typeof source>;
