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
  'setting.label.update-from-8f3f3d': 'Update ausgehend über',
  'setting.help.the-interface-or-local-da2f6a':
    'Die Schnittstelle oder lokale Adresse, über die die Updates dieses Eintrags gehen; leer: wie die Prüfungen.',
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
  'setting.choice.ionos-d3890b': 'IONOS',
  'setting.label.zone-863791': 'Zone',
  'setting.help.the-domain-as-ionos-2c25c6': 'Die Domain, wie IONOS sie unter Domains führt, z. B. example.org.',
  'setting.label.key-prefix-secret-6618d6': 'Schlüssel (Präfix.Geheimnis)',
  'setting.help.the-public-prefix-and-a25bc3':
    'Das öffentliche Präfix und das Geheimnis eines Schlüssels aus dem Developer-Portal, mit Punkt verbunden.',
  'setting.help.how-long-resolvers-may-e8c203':
    'Wie lange Resolver den Eintrag behalten dürfen; IONOS nimmt 60 bis 86400.',
  'setting.help.the-service-s-address-a027ee':
    'Die Adresse des Dienstes; https://api.hosting.ionos.com/dns/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hetzner-cloud-dns-46d02e': 'Hetzner Cloud DNS',
  'setting.help.the-zone-as-the-07efb8': 'Die Zone, wie die Cloud Console sie unter DNS führt, z. B. example.org.',
  'setting.label.api-token-read-write-cc450b': 'API-Token (Read & Write)',
  'setting.help.a-read-write-token-6b222f':
    'Ein Read-&-Write-Token des Projekts der Zone, unter Sicherheit, API-Tokens.',
  'setting.help.the-ttl-of-a-3f6af4':
    'Die TTL eines Eintrags, den IPWatch anlegt; leer: die TTL der Zone. Mindestens 60.',
  'setting.help.the-service-s-address-c7a5a6':
    'Die Adresse des Dienstes; https://api.hetzner.cloud/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.digitalocean-68d6cf': 'DigitalOcean',
  'setting.help.the-domain-as-the-74d885':
    'Die Domain, wie die Seite Networking, Domains sie führt, z. B. example.org.',
  'setting.label.personal-access-token-1e51da': 'Personal Access Token',
  'setting.help.a-token-from-api-34e83e': 'Ein Token unter API, Tokens mit Schreibrecht für Domains (dop_v1_…).',
  'setting.help.how-long-resolvers-may-334001':
    'Wie lange Resolver den Eintrag behalten dürfen; bei DigitalOcean mindestens 30.',
  'setting.help.the-service-s-address-c2efe3':
    'Die Adresse des Dienstes; https://api.digitalocean.com/v2, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dynv6-c1967e': 'dynv6',
  'setting.help.the-dynv6-zone-whose-a35ebf': 'Die dynv6-Zone, deren Adresse gepflegt wird, z. B. myhome.dynv6.net.',
  'setting.label.http-token-c0a961': 'HTTP-Token',
  'setting.help.an-http-token-from-0f235d': 'Ein HTTP-Token von der Keys-Seite bei dynv6.',
  'setting.help.the-service-s-address-caa702':
    'Die Adresse des Dienstes; https://dynv6.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.freedns-f06aec': 'FreeDNS',
  'setting.help.the-name-to-keep-7e8c9c': 'Der aktuell zu haltende Name, z. B. home.mooo.com.',
  'setting.help.the-random-part-of-307afa':
    'Der zufällige Teil seiner Adresse sync.afraid.org/u/…/, von der Seite Dynamic DNS v2.',
  'setting.help.the-service-s-address-f0c8d5':
    'Die Adresse des Dienstes; https://sync.afraid.org, sofern Sie keinen eigenen betreiben.',
  'setting.choice.njalla-6424f1': 'Njalla',
  'setting.help.the-dynamic-record-at-c524fc': 'Der dynamische Eintrag bei Njalla, z. B. home.example.org.',
  'setting.label.dynamic-record-key-bfcd47': 'Schlüssel des dynamischen Eintrags',
  'setting.help.the-key-njalla-shows-bd106a':
    'Der Schlüssel, den Njalla in den Einstellungen des dynamischen Eintrags zeigt.',
  'setting.help.the-service-s-address-9ebf4f':
    'Die Adresse des Dienstes; https://njal.la, sofern Sie keinen eigenen betreiben.',
  'setting.choice.goip-goip-de-402929': 'GoIP (goip.de)',
  'setting.help.the-full-name-to-09f426': 'Der vollständige, aktuell zu haltende Name, z. B. myhome.goip.de.',
  'setting.label.router-user-716982': 'Router-Benutzer',
  'setting.help.the-user-name-listed-593ddb': 'Der Benutzername, der bei goip.de unter Router steht.',
  'setting.label.router-password-b897d0': 'Router-Passwort',
  'setting.help.the-router-account-s-3d8f9b': 'Das Passwort des Router-Kontos.',
  'setting.help.the-service-s-address-5a69eb':
    'Die Adresse des Dienstes; https://www.goip.de, sofern Sie keinen eigenen betreiben.',
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
  'setting.choice.no-ip-77b3a4': 'No-IP',
  'setting.help.the-provider-s-own-fdc46a':
    'Der eigene Update-Server des Anbieters; nur für einen Proxy oder eine Attrappe ändern.',
  'setting.choice.dynu-e0caa9': 'Dynu',
  'setting.choice.dyn-5240a9': 'Dyn',
  'setting.choice.strato-1159ca': 'Strato',
  'setting.label.domain-the-login-f277d5': 'Domain (die Anmeldung)',
  'setting.help.the-domain-the-host-eb0899':
    'Die Domain, unter der der Hostname liegt, z. B. example.org; Strato meldet sich mit ihr an.',
  'setting.choice.hurricane-electric-196636': 'Hurricane Electric',
  'setting.label.ddns-key-ba381f': 'DDNS-Schlüssel',
  'setting.help.the-key-made-for-97734f':
    'Der Schlüssel, der für diesen Hostnamen an seinem Eintrag bei dns.he.net erzeugt wurde, nicht das Kontopasswort.',
  'setting.choice.dns-o-matic-67466d': 'DNS-O-Matic',
  'setting.choice.opendns-103ab1': 'OpenDNS',
  'setting.choice.infomaniak-ffcd64': 'Infomaniak',
  'setting.choice.inwx-5be182': 'INWX',
  'setting.choice.loopia-8146a4': 'Loopia',
  'setting.choice.selfhost-d5216f': 'selfHOST',
  'setting.choice.securepoint-dyndns-spdyn-f5357c': 'Securepoint DynDNS (spdyn)',
  'setting.choice.changeip-4df58d': 'ChangeIP',
  'setting.choice.gigahost-9a92a8': 'Gigahost',
  'setting.label.e-mail-the-login-c6b31e': 'E-Mail (die Anmeldung)',
  'setting.help.the-e-mail-address-990cc5': 'Die E-Mail-Adresse, mit der Sie sich beim Anbieter anmelden.',
  'setting.choice.all-inkl-cee670': 'ALL-INKL',
  'setting.choice.now-dns-f8eeb6': 'Now-DNS',
  'setting.choice.cloudns-e32a71': 'ClouDNS',
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
  'setting.choice.custom-http-request-any-c586a7': 'Eigene HTTP-Anfrage (jeder andere Anbieter)',
  'setting.label.update-url-a3d705': 'Update-URL',
  'setting.help.placeholders-address-name-type-258112':
    "Platzhalter: '{{'address'}}', '{{'name'}}', '{{'type'}}', '{{'ttl'}}', '{{'username'}}', '{{'token'}}', '{{'password'}}'.",
  'setting.label.http-method-65899c': 'HTTP-Methode',
  'setting.help.the-http-method-of-7d5647': 'Die HTTP-Methode der Update-Anfrage.',
  'setting.label.request-headers-309198': 'Anfrage-Header',
  'setting.help.sent-with-the-request-7a09c2':
    'Werden mit der Anfrage gesendet, z. B. Authorization; auch Vorlagen. Ihre Werte bleiben geheim.',
  'setting.help.sent-with-post-put-96f755':
    'Wird mit POST, PUT oder PATCH gesendet; maskiert, wie der Content-Type-Header sagt (JSON, Formular).',
  'setting.label.user-name-if-any-efece5': 'Benutzername (falls nötig)',
  'setting.help.fills-username-when-the-dca63b': "Füllt '{{'username'}}', wenn die API einen will.",
  'setting.help.fills-token-kept-as-703e7d': "Füllt '{{'token'}}': bleibt geheim.",
  'setting.label.update-password-84e58c': 'Update-Passwort',
  'setting.help.fills-password-kept-as-74e499': "Füllt '{{'password'}}': bleibt geheim.",
  'setting.label.ipv4-query-parameter-6a2f76': 'IPv4-Abfrageparameter',
  'setting.help.adds-the-ipv4-address-2c6884':
    'Hängt die IPv4-Adresse unter diesem Namen an die URL an (ipv4key von ddns-updater).',
  'setting.label.ipv6-query-parameter-7be877': 'IPv6-Abfrageparameter',
  'setting.help.adds-the-ipv6-address-f9558f':
    'Hängt die IPv6-Adresse unter diesem Namen an die URL an (ipv6key von ddns-updater).',
  'setting.label.success-pattern-c7e20b': 'Erfolgsmuster',
  'setting.help.a-2xx-answer-is-7de536':
    'Eine 2xx-Antwort ist nur ein Erfolg, wenn ihr Body passt (success_regex von ddns-updater).',
  'setting.label.already-right-pattern-93afe4': 'Muster für bereits richtig',
  'setting.help.a-2xx-body-matching-c3be6d':
    'Ein passender 2xx-Body heißt: der Eintrag hatte die Adresse schon (nochg).',
  'setting.label.failure-pattern-05e7a4': 'Fehlermuster',
  'setting.help.a-2xx-body-matching-d32254':
    'Ein passender 2xx-Body ist eine Ablehnung: der Eintrag wird ausgeschaltet (badauth).',
  'setting.help.fills-ttl-for-an-6e19c3': "Füllt '{{'ttl'}}', für eine API, die eine TTL nimmt.",
  'setting.choice.godaddy-5f3e0b': 'GoDaddy',
  'setting.label.api-key-production-adbc6e': 'API-Schlüssel (Production)',
  'setting.help.the-key-of-a-77eaae':
    'Der Key eines Production-API-Schlüssels, aus dem Developer Portal unter API Keys.',
  'setting.label.api-secret-854d78': 'API-Secret',
  'setting.help.the-key-s-secret-75bdff': 'Das Secret des Schlüssels, nur einmal gezeigt, wenn er angelegt wird.',
  'setting.help.how-long-resolvers-may-018482':
    'Wie lange Resolver den Eintrag behalten dürfen; bei GoDaddy mindestens 600.',
  'setting.help.the-service-s-address-fc7334':
    'Die Adresse des Dienstes; https://api.godaddy.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.gandi-livedns-47e1a9': 'Gandi LiveDNS',
  'setting.help.the-domain-as-gandi-2d4366': 'Die Domain, wie Gandi sie aufführt, z. B. example.org.',
  'setting.help.a-token-that-may-d76dee':
    'Ein Token, das die technische Konfiguration der Domain (DNS-Einträge) verwalten darf.',
  'setting.label.what-the-token-is-bcdc0d': 'Was das Token ist',
  'setting.help.a-personal-access-token-60024f':
    'Ein persönliches Zugriffstoken oder ein API-Schlüssel, den Gandi vor den Zugriffstokens ausgab.',
  'setting.choice.personal-access-token-bearer-f1fa75': 'Persönliches Zugriffstoken (Bearer)',
  'setting.choice.old-api-key-apikey-0a0ed9': 'Alter API-Schlüssel (Apikey)',
  'setting.help.how-long-resolvers-may-376e22':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Gandi mindestens 300.',
  'setting.help.the-service-s-address-72c238':
    'Die Adresse des Dienstes; https://api.gandi.net/v5/livedns, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hetzner-dns-console-18e772': 'Hetzner DNS Console',
  'setting.help.the-zone-as-the-eacbf1': 'Die Zone, wie die DNS Console sie aufführt, z. B. example.org.',
  'setting.help.a-token-from-the-6e783a':
    'Ein Token aus der DNS Console, API tokens; in die Hetzner Cloud umgezogene Zonen brauchen Hetzner Cloud DNS.',
  'setting.label.zone-id-2a1888': 'Zonen-ID',
  'setting.help.the-zone-s-id-f42e41':
    'Die ID der Zone von ihrer Seite in der DNS Console; leer gelassen, über den Namen der Zone gefunden.',
  'setting.help.the-ttl-sent-with-1c406b': 'Die mit dem Eintrag gesendete TTL; leer gelassen, die TTL der Zone.',
  'setting.help.the-service-s-address-d5d809':
    'Die Adresse des Dienstes; https://dns.hetzner.com/api/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.bunny-net-dns-885b56': 'bunny.net DNS',
  'setting.help.the-dns-zone-as-47cd6f': 'Die DNS-Zone, wie bunny.net sie aufführt, z. B. example.org.',
  'setting.label.account-api-key-6d4566': 'API-Schlüssel des Kontos',
  'setting.help.the-api-key-from-d79ee2':
    'Der API-Schlüssel aus den Kontoeinstellungen unter API (nicht das Passwort einer Storage Zone).',
  'setting.help.the-record-s-ttl-29f01d': 'Die TTL des Eintrags, 60 bis 3600; leer gelassen, die der Zone.',
  'setting.help.the-service-s-address-9773ab':
    'Die Adresse des Dienstes; https://api.bunny.net, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hostinger-7f6fea': 'Hostinger',
  'setting.help.the-domain-as-hpanel-03394c': 'Die Domain, wie hPanel sie aufführt, z. B. example.org.',
  'setting.help.a-token-made-in-dba5a1': 'Ein in hPanel unter Konto, API erstelltes Token.',
  'setting.help.the-service-s-address-fb633a':
    'Die Adresse des Dienstes; https://developers.hostinger.com/api/dns/v1, sofern Sie keinen eigenen betreiben.',
} satisfies Area<typeof source>;
