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
  'setting.label.dns-provider-20a8af': 'DNS-Anbieter',
  'setting.help.who-serves-the-record-8cd3da': 'Wer den Eintrag bereitstellt und wie er daher aktualisiert wird.',
  'setting.choice.cloudflare-334d1d': 'Cloudflare',
  'setting.help.a-scoped-token-zone-a904e7':
    'Ein eingeschränktes Token (Zone: Lesen und DNS: Bearbeiten, nur für diese Zone), nie der globale API-Schlüssel.',
  'setting.label.dns-zone-9acd54': 'DNS-Zone',
  'setting.help.the-cloudflare-zone-e-0d5ff0': 'Die Cloudflare-Zone, z. B. example.org; oder ihre ID.',
  'setting.label.cloudflare-zone-id-9c782c': 'Cloudflare-Zonen-ID',
  'setting.help.saves-looking-the-zone-b98ac8':
    'Erspart die Suche der Zone nach Namen; steht auf der Übersichtsseite der Zone.',
  'setting.label.host-name-ff1137': 'Hostname',
  'setting.help.the-record-which-must-a2301b': 'Der Eintrag, der bereits existieren muss, z. B. home.example.org.',
  'setting.label.api-address-2f858f': 'API-Adresse',
  'setting.help.the-service-s-address-6fb9a0':
    'Adresse des Dienstes; https://api.cloudflare.com/client/v4, sofern Sie keinen eigenen betreiben.',
  'setting.choice.rfc-2136-signed-update-5b8e21': 'Signiertes Update nach RFC 2136 (BIND, Knot, PowerDNS)',
  'setting.label.primary-server-97c074': 'Primärer Server',
  'setting.help.the-primary-server-s-156079':
    'Adresse (oder Name) des primären Servers, der signierte Updates annimmt.',
  'setting.label.server-port-df74ea': 'Server-Port',
  'setting.help.udp-and-tcp-port-996920': 'UDP- und TCP-Port des Servers.',
  'setting.help.the-zone-the-record-40d7fc': 'Die Zone des Eintrags, z. B. example.org.',
  'setting.help.the-record-to-keep-08b504': 'Der aktuell zu haltende Eintrag, z. B. home.example.org.',
  'setting.label.ttl-seconds-eaa511': 'TTL (Sekunden)',
  'setting.help.how-long-resolvers-may-f6443c':
    'Wie lange Resolver den Eintrag behalten dürfen; kurz, da sich die Adresse ändert.',
  'setting.label.tsig-key-name-9ba57b': 'TSIG-Schlüsselname',
  'setting.help.as-the-server-names-4d69bd': 'Wie der Server den Schlüssel nennt (Knot: key id; BIND: key "name").',
  'setting.label.tsig-algorithm-df5c04': 'TSIG-Algorithmus',
  'setting.help.the-signature-as-rfc-e2d0ff': 'Die Signatur, wie RFC 8945 sie festlegt.',
  'setting.choice.hmac-sha256-8ed094': 'HMAC-SHA256',
  'setting.label.tsig-secret-fb1249': 'TSIG-Schlüssel',
  'setting.help.the-key-in-base64-3292c7': 'Der Schlüssel in Base64, wie keymgr -t oder tsig-keygen ihn ausgeben.',
  'setting.choice.dyndns2-protocol-no-ip-9652c0': 'dyndns2-Protokoll (No-IP, Dyn, Dynu und andere)',
  'setting.label.update-server-8e6d1f': 'Update-Server',
  'setting.help.e-g-https-dynupdate-02db09': 'z. B. https://dynupdate.no-ip.com oder https://members.dyndns.org.',
  'setting.label.account-user-name-1403f7': 'Konto (Benutzername)',
  'setting.help.the-account-name-as-7ab1a1': 'Der Kontoname, wie der Anbieter ihn nennt.',
  'setting.label.password-or-update-key-e3cf8b': 'Passwort oder Update-Schlüssel',
  'setting.help.the-password-or-the-28ab69': 'Das Passwort oder der Update-Schlüssel, den der Anbieter vergibt.',
  'setting.help.the-name-to-keep-648f22': 'Der aktuell zu haltende Name, z. B. home.example.org.',
  'setting.choice.duckdns-cf6dfc': 'DuckDNS',
  'setting.label.duckdns-token-7b6e72': 'DuckDNS-Token',
  'setting.help.the-account-token-shown-dca371': 'Das Konto-Token auf Ihrer DuckDNS-Seite.',
  'setting.label.duckdns-sub-domain-9d9dae': 'DuckDNS-Subdomain',
  'setting.help.the-sub-name-myhome-7767b0': 'Der Subname: myhome für myhome.duckdns.org.',
  'setting.help.the-service-s-address-f9d96a':
    'Adresse des Dienstes; https://www.duckdns.org, sofern Sie keinen eigenen betreiben.',
  'setting.choice.desec-1c1192': 'deSEC',
  'setting.label.update-token-b05f71': 'Update-Token',
  'setting.help.a-desec-token-that-3b0872': 'Ein deSEC-Token, das diese Domain aktualisieren darf.',
  'setting.help.the-name-to-keep-03c0a5': 'Der aktuell zu haltende Name, z. B. myhome.dedyn.io.',
  'setting.help.the-service-s-address-5c482c':
    'Adresse des Dienstes; https://update.dedyn.io, sofern Sie keinen eigenen betreiben.',
  'setting.label.rest-api-address-3d7c73': 'REST-API-Adresse',
  'setting.help.where-test-reads-the-04e442':
    'Wo der Test den Eintrag liest (REST-API von deSEC); https://desec.io/api/v1, sofern Sie keine eigene betreiben.',
  'setting.help.each-host-name-kept-f589f5': 'Jeder Hostname, der auf diese Adresse zeigen soll, mit seinem Anbieter.',
  'setting.choice.porkbun-354cac': 'Porkbun',
  'setting.label.domain-be1c89': 'Domain',
  'setting.help.the-domain-as-registered-895906':
    'Die Domain, wie sie beim Anbieter registriert ist, z. B. example.org.',
  'setting.label.key-pk1-247b5a': 'Schlüssel (pk1_…)',
  'setting.help.the-api-key-that-18adaa': 'Der API-Schlüssel, der mit pk1_ beginnt, von der Seite API Access.',
  'setting.label.secret-key-sk1-c7c7f7': 'Geheimer Schlüssel (sk1_…)',
  'setting.help.the-secret-api-key-0b4d0d':
    'Der geheime API-Schlüssel, der mit sk1_ beginnt; er wird nur beim Anlegen einmal angezeigt.',
  'setting.help.how-long-resolvers-may-ab5ad6':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Porkbun mindestens 600.',
  'setting.help.the-service-s-address-ccf0c8':
    'Die Adresse des Dienstes; https://api.porkbun.com/api/json/v3, sofern Sie keinen eigenen betreiben.',
  'setting.choice.cloudns-e32a71': 'ClouDNS',
  'setting.label.zone-863791': 'Zone',
  'setting.help.the-zone-as-it-30e676': 'Die Zone, wie sie bei ClouDNS heißt, z. B. example.org.',
  'setting.label.api-user-kind-1b5961': 'Art des API-Benutzers',
  'setting.help.an-api-user-auth-132c13': 'Ein API-Benutzer (auth-id) oder ein Unterbenutzer nach ID oder Namen.',
  'setting.choice.api-user-auth-id-b8d7d1': 'API-Benutzer (auth-id)',
  'setting.choice.sub-user-by-id-c1b46f': 'Unterbenutzer nach ID (sub-auth-id)',
  'setting.choice.sub-user-by-name-6d9630': 'Unterbenutzer nach Namen (sub-auth-user)',
  'setting.label.api-user-4aa402': 'API-Benutzer',
  'setting.help.the-auth-id-a-78eca8':
    'Die auth-id (eine Zahl) oder der Name des Unterbenutzers aus den API-Einstellungen.',
  'setting.label.api-user-password-7508ca': 'Passwort des API-Benutzers',
  'setting.help.the-password-set-for-c950fe': 'Das Passwort, das beim Anlegen dieses API-Benutzers gesetzt wurde.',
  'setting.help.cloudns-takes-60-300-93890e':
    'ClouDNS nimmt 60, 300, 900, 1800, 3600 und längere Stufen; andere Werte gehen zur nächsthöheren Stufe.',
  'setting.help.the-service-s-address-28d523':
    'Die Adresse des Dienstes; https://api.cloudns.net/dns, sofern Sie keinen eigenen betreiben.',
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
  'setting.choice.name-com-075da7': 'Name.com',
  'setting.label.account-user-name-00b099': 'Benutzername des Kontos',
  'setting.help.the-name-com-user-2438cf': 'Der Name.com-Benutzername, dem das API-Token gehört.',
  'setting.help.a-production-api-token-e21f19':
    'Ein Produktions-API-Token von der Seite der API-Einstellungen des Kontos.',
  'setting.help.how-long-resolvers-may-76248c':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Name.com mindestens 300.',
  'setting.help.the-service-s-address-1dd35b':
    'Die Adresse des Dienstes; https://api.name.com/v4, sofern Sie keinen eigenen betreiben.',
} satisfies Area<typeof source>;
