/** German: the settings' words from shared/settings/ddns.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdns as source } from '../en/settings-fields-ddns';

export const settingsFieldsDdns = {
  'setting.label.record-id-1f7fbd': 'Eintrags-ID',
  'setting.help.names-the-record-in-e5a13a': 'Bezeichnet den Eintrag im Protokoll, im Status und in der API.',
  'setting.label.keep-this-record-in-082b88': 'Diesen Eintrag aktuell halten',
  'setting.help.off-left-alone-a-551465':
    'Aus: bleibt unberührt. Eine Ablehnung, die „aufhören“ bedeutet, schaltet ihn ab.',
  'setting.label.record-type-3d6b98': 'Eintragstyp',
  'setting.help.a-follows-the-ipv4-2f5c51': 'A folgt der IPv4-Adresse, AAAA der IPv6-Adresse.',
  'setting.choice.a-follows-the-ipv4-6bb62e': 'A (folgt der IPv4-Adresse)',
  'setting.choice.aaaa-follows-the-ipv6-8e6e14': 'AAAA (folgt der IPv6-Adresse)',
  'setting.label.address-published-aaaa-54a2a7': 'Veröffentlichte Adresse (AAAA)',
  'setting.help.stable-the-default-observed-b948fe':
    'stable (Standard), observed, ein Suffix wie ::1:2:3:4 oder ::5/56, mac:00:11:22:33:44:55; @eth1 für dessen Präfix.',
  'setting.label.update-from-8f3f3d': 'Update ausgehend über',
  'setting.help.the-interface-or-local-da2f6a':
    'Die Schnittstelle oder lokale Adresse, über die die Updates dieses Eintrags gehen; leer: wie die Prüfungen.',
  'setting.label.dns-provider-20a8af': 'DNS-Anbieter',
  'setting.help.who-serves-the-record-8cd3da': 'Wer den Eintrag bereitstellt und wie er daher aktualisiert wird.',
  'setting.label.dns-zone-9acd54': 'DNS-Zone',
  'setting.label.host-name-ff1137': 'Hostname',
  'setting.label.api-address-2f858f': 'API-Adresse',
  'setting.label.ttl-seconds-eaa511': 'TTL (Sekunden)',
  'setting.help.how-long-resolvers-may-f6443c':
    'Wie lange Resolver den Eintrag behalten dürfen; kurz, da sich die Adresse ändert.',
  'setting.label.update-server-8e6d1f': 'Update-Server',
  'setting.label.account-user-name-1403f7': 'Konto (Benutzername)',
  'setting.help.the-account-name-as-7ab1a1': 'Der Kontoname, wie der Anbieter ihn nennt.',
  'setting.label.password-or-update-key-e3cf8b': 'Passwort oder Update-Schlüssel',
  'setting.help.the-password-or-the-28ab69': 'Das Passwort oder der Update-Schlüssel, den der Anbieter vergibt.',
  'setting.help.the-name-to-keep-648f22': 'Der aktuell zu haltende Name, z. B. home.example.org.',
  'setting.label.update-token-b05f71': 'Update-Token',
  'setting.help.the-provider-s-own-fdc46a':
    'Der eigene Update-Server des Anbieters; nur für einen Proxy oder eine Attrappe ändern.',
  'setting.label.zone-863791': 'Zone',
  'setting.label.domain-be1c89': 'Domain',
  'setting.label.personal-access-token-1e51da': 'Personal Access Token',
  'setting.label.e-mail-the-login-c6b31e': 'E-Mail (die Anmeldung)',
  'setting.help.the-e-mail-address-990cc5': 'Die E-Mail-Adresse, mit der Sie sich beim Anbieter anmelden.',
  'setting.help.the-domain-as-registered-895906':
    'Die Domain, wie sie beim Anbieter registriert ist, z. B. example.org.',
  'setting.label.api-secret-854d78': 'API-Secret',
  'setting.label.api-key-e9efc6': 'API-Schlüssel',
  'setting.label.dynamic-dns-password-59cb56': 'Dynamic-DNS-Passwort',
  'setting.help.the-domain-as-the-43eaa5': 'Die Domain, wie die Seite Domains sie aufführt, z. B. example.org.',
  'setting.help.the-name-to-keep-0d429f': 'Der aktuell zu haltende Name, z. B. home.example.com.',
  'setting.label.accesskey-id-e24f43': 'AccessKey-ID',
  'setting.label.accesskey-secret-bb221a': 'AccessKey-Secret',
  'setting.help.the-accesskey-secret-shown-f41949':
    'Das AccessKey-Secret, das beim Anlegen des AccessKey-Paars einmal angezeigt wird.',
  'setting.help.how-long-resolvers-may-0289b4':
    'Wie lange Resolver den Eintrag behalten dürfen; im kostenlosen Tarif mindestens 600.',
  'setting.label.secretid-945aeb': 'SecretId des API-Schlüssels',
  'setting.label.secretkey-7bb7c5': 'SecretKey des API-Schlüssels',
  'setting.help.the-secretkey-shown-with-360710': 'Der SecretKey, der mit der SecretId angezeigt wird.',
  'setting.help.how-long-resolvers-may-89590b':
    'Wie lange Resolver den Eintrag behalten dürfen; 600, sofern Ihr Tarif nicht weniger erlaubt.',
  'setting.help.the-domain-whose-dns-0e1c47': 'Die Domain, deren DNS der Anbieter bereitstellt, z. B. example.com.',
  'setting.label.accessinstanceid-api-id-9b2302': 'AccessInstanceID (API-ID)',
  'setting.help.the-api-s-accessinstanceid-0ea21c':
    'Die AccessInstanceID der API aus dem Mitgliederbereich des Anbieters.',
  'setting.label.accessinstance-secret-31565d': 'AccessInstance-Secret',
  'setting.help.the-secret-shown-with-b0f3ee':
    'Das Secret, das mit dieser AccessInstanceID angezeigt wird und jeden Aufruf signiert.',
  'setting.help.each-host-name-kept-f589f5': 'Jeder Hostname, der auf diese Adresse zeigen soll, mit seinem Anbieter.',
} satisfies Area<typeof source>;
