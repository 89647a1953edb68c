/** German: the own words of the DNS providers a-f (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersAF as source } from '../en/settings-fields-ddns-providers-a-f';

export const settingsFieldsDdnsProvidersAF = {
  'setting.choice.cloudflare-334d1d': 'Cloudflare',
  'setting.help.a-scoped-token-zone-a904e7':
    'Ein eingeschränktes Token (Zone: Lesen und DNS: Bearbeiten, nur für diese Zone), nie der globale API-Schlüssel.',
  'setting.help.the-cloudflare-zone-e-0d5ff0': 'Die Cloudflare-Zone, z. B. example.org; oder ihre ID.',
  'setting.label.cloudflare-zone-id-9c782c': 'Cloudflare-Zonen-ID',
  'setting.help.saves-looking-the-zone-b98ac8':
    'Erspart die Suche der Zone nach Namen; steht auf der Übersichtsseite der Zone.',
  'setting.help.the-record-which-must-a2301b': 'Der Eintrag, der bereits existieren muss, z. B. home.example.org.',
  'setting.help.the-service-s-address-6fb9a0':
    'Adresse des Dienstes; https://api.cloudflare.com/client/v4, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dyndns2-protocol-no-ip-9652c0': 'dyndns2-Protokoll (No-IP, Dyn, Dynu und andere)',
  'setting.help.e-g-https-dynupdate-02db09': 'z. B. https://dynupdate.no-ip.com oder https://members.dyndns.org.',
  'setting.choice.duckdns-cf6dfc': 'DuckDNS',
  'setting.label.duckdns-token-7b6e72': 'DuckDNS-Token',
  'setting.help.the-account-token-shown-dca371': 'Das Konto-Token auf Ihrer DuckDNS-Seite.',
  'setting.label.duckdns-sub-domain-9d9dae': 'DuckDNS-Subdomain',
  'setting.help.the-sub-name-myhome-7767b0': 'Der Subname: myhome für myhome.duckdns.org.',
  'setting.help.the-service-s-address-f9d96a':
    'Adresse des Dienstes; https://www.duckdns.org, sofern Sie keinen eigenen betreiben.',
  'setting.choice.desec-1c1192': 'deSEC',
  'setting.help.a-desec-token-that-3b0872': 'Ein deSEC-Token, das diese Domain aktualisieren darf.',
  'setting.help.the-name-to-keep-03c0a5': 'Der aktuell zu haltende Name, z. B. myhome.dedyn.io.',
  'setting.help.the-service-s-address-5c482c':
    'Adresse des Dienstes; https://update.dedyn.io, sofern Sie keinen eigenen betreiben.',
  'setting.label.rest-api-address-3d7c73': 'REST-API-Adresse',
  'setting.help.where-test-reads-the-04e442':
    'Wo der Test den Eintrag liest (REST-API von deSEC); https://desec.io/api/v1, sofern Sie keine eigene betreiben.',
  'setting.choice.all-inkl-cee670': 'ALL-INKL',
  'setting.choice.changeip-4df58d': 'ChangeIP',
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
  'setting.choice.digitalocean-68d6cf': 'DigitalOcean',
  'setting.help.the-domain-as-the-74d885':
    'Die Domain, wie die Seite Networking, Domains sie führt, z. B. example.org.',
  'setting.help.a-token-from-api-34e83e': 'Ein Token unter API, Tokens mit Schreibrecht für Domains (dop_v1_…).',
  'setting.help.how-long-resolvers-may-334001':
    'Wie lange Resolver den Eintrag behalten dürfen; bei DigitalOcean mindestens 30.',
  'setting.help.the-service-s-address-c2efe3':
    'Die Adresse des Dienstes; https://api.digitalocean.com/v2, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dns-o-matic-67466d': 'DNS-O-Matic',
  'setting.choice.dyn-5240a9': 'Dyn',
  'setting.choice.dynu-e0caa9': 'Dynu',
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
  'setting.choice.bunny-net-dns-885b56': 'bunny.net DNS',
  'setting.help.the-dns-zone-as-47cd6f': 'Die DNS-Zone, wie bunny.net sie aufführt, z. B. example.org.',
  'setting.label.account-api-key-6d4566': 'API-Schlüssel des Kontos',
  'setting.help.the-api-key-from-d79ee2':
    'Der API-Schlüssel aus den Kontoeinstellungen unter API (nicht das Passwort einer Storage Zone).',
  'setting.help.the-record-s-ttl-29f01d': 'Die TTL des Eintrags, 60 bis 3600; leer gelassen, die der Zone.',
  'setting.help.the-service-s-address-9773ab':
    'Die Adresse des Dienstes; https://api.bunny.net, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dreamhost-79d3ec': 'DreamHost',
  'setting.help.a-key-from-the-b1cd46':
    'Ein Schlüssel aus dem DreamHost-Panel mit den Funktionen dns-list, dns-add und dns-remove.',
  'setting.help.the-service-s-address-fd15c4':
    'Die Adresse des Dienstes; https://api.dreamhost.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.domeneshop-6ace07': 'Domeneshop',
  'setting.help.the-api-token-from-2517d8':
    'Das API-Token von der API-Seite bei Domeneshop (die Anmeldehälfte, nicht geheim).',
  'setting.help.the-secret-shown-beside-ddc48d': 'Das Secret, das beim Erstellen neben dem Token angezeigt wurde.',
  'setting.choice.easydns-96e49c': 'easyDNS',
  'setting.label.easydns-user-name-1f7c2d': 'easyDNS-Benutzername',
  'setting.help.the-user-name-you-978635': 'Der Benutzername, mit dem Sie sich bei easyDNS anmelden.',
  'setting.label.dynamic-authenticated-token-2d8a79': 'Dynamisches Authentifizierungstoken',
  'setting.help.the-token-enabled-under-d7d65c':
    'Das unter den dynamischen Einträgen der Domain aktivierte Token, nicht das Passwort.',
  'setting.help.the-service-s-address-58ea51':
    'Die Adresse des Dienstes; https://api.cp.easydns.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.domain-discount-24-a3261e': 'Domain Discount 24',
  'setting.help.the-full-name-to-3614b2': 'Der vollständige, aktuell zu haltende Name, z. B. home.example.org.',
  'setting.help.the-password-set-when-8d9c94':
    'Das Passwort, das beim Einschalten von Dynamic DNS für die Domain bei dd24 gesetzt wurde.',
  'setting.help.the-service-s-address-705b57':
    'Die Adresse des Dienstes; https://dynamicdns.key-systems.net, sofern Sie keinen eigenen betreiben.',
  'setting.choice.ddnss-de-4ea18a': 'ddnss.de',
  'setting.help.the-host-made-at-e34d69': 'Der bei ddnss.de angelegte Host, z. B. myhome.ddnss.de.',
  'setting.label.update-key-fc6ba2': 'Update-Key',
  'setting.help.the-account-s-update-d30f8a':
    'Der Update-Key des Kontos; lassen Sie Benutzername und Passwort leer, wenn Sie ihn angeben.',
  'setting.label.user-name-5a6db2': 'Benutzername',
  'setting.help.the-ddnss-de-login-b954e1': 'Der Anmeldename bei ddnss.de.',
  'setting.help.the-ddnss-de-account-679a02': 'Das Passwort des ddnss.de-Kontos.',
  'setting.help.the-service-s-address-2e04d3':
    'Die Adresse des Dienstes; https://www.ddnss.de, sofern Sie keinen eigenen betreiben.',
  'setting.choice.aliyun-ebbdb9': 'Aliyun',
  'setting.help.the-domain-at-alibaba-870280': 'Die Domain bei Alibaba Cloud DNS, z. B. example.com.',
  'setting.help.the-accesskey-id-of-967810':
    'Die AccessKey-ID eines RAM-Benutzers, der die Einträge der Domain ändern darf.',
  'setting.help.how-long-resolvers-may-bc4704':
    'Wie lange Resolver den Eintrag behalten dürfen; in der kostenlosen Edition mindestens 600.',
  'setting.help.the-service-s-address-f3458b':
    'Adresse des Dienstes; https://alidns.aliyuncs.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dnspod-f13715': 'DNSPod',
  'setting.help.the-domain-at-dnspod-b5ae85': 'Die Domain bei DNSPod, z. B. example.com.',
  'setting.label.api-token-id-5c27cd': 'API-Token-ID',
  'setting.help.the-id-dnspod-shows-aa3241':
    'Die ID, die DNSPod neben dem API-Token anzeigt (der Teil vor dem Komma in ID,Token).',
  'setting.help.the-api-token-shown-607edd': 'Das API-Token, das beim Erstellen einmal angezeigt wird.',
  'setting.help.the-service-s-address-33b7d6':
    'Adresse des Dienstes; https://dnsapi.cn, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dondominio-d94046': 'DonDominio',
  'setting.help.the-full-name-of-6a79d1':
    'Der volle Name eines Eintrags, der schon in der DNS-Zone bei DonDominio steht, z. B. home.example.es.',
  'setting.label.dondominio-user-cf38ce': 'DonDominio-Benutzer',
  'setting.help.the-user-name-you-2d5692': 'Der Benutzername, mit dem Sie sich bei DonDominio anmelden.',
  'setting.label.dondns-key-d5224f': 'DonDNS-Schlüssel',
  'setting.help.the-key-made-under-47b0e6':
    'Der Schlüssel, erzeugt unter Mein Konto, DonDNS Key; nicht das Kontopasswort.',
  'setting.help.the-service-s-address-8390f7':
    'Die Adresse des Dienstes; https://dondns.dondominio.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dynadot-ff7b9a': 'Dynadot',
  'setting.help.the-domain-at-dynadot-09c68b':
    'Die Domain bei Dynadot, deren Dynamic DNS eingeschaltet ist, z. B. example.com.',
  'setting.help.the-name-to-keep-562331':
    'Der Name, der aktuell gehalten wird: die Domain selbst oder ein Name darunter.',
  'setting.help.the-password-dynadot-gives-1efa4f':
    'Das Passwort, das Dynadot der Domain gibt, wenn ihr Dynamic DNS eingeschaltet wird.',
  'setting.help.how-long-resolvers-may-e18dcc':
    'Wie lange Resolver den Eintrag behalten dürfen; 600, sofern Sie nichts anderes wählen.',
  'setting.help.the-service-s-address-3f0d84':
    'Die Adresse des Dienstes; https://www.dynadot.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.tencent-edgeone-ecc0a9': 'Tencent EdgeOne',
  'setting.help.the-domain-whose-dns-8331ad': 'Die Domain, deren DNS EdgeOne bereitstellt, z. B. example.com.',
  'setting.help.the-secretid-of-an-cb9952':
    'Die SecretId eines API-Schlüssels, der die DNS-Einträge der Domain ändern darf.',
  'setting.help.how-long-resolvers-may-c11c38':
    'Wie lange Resolver den Eintrag behalten dürfen; EdgeOne nimmt 60 bis 86400.',
  'setting.help.the-service-s-address-1222df':
    'Adresse des Dienstes; https://teo.tencentcloudapi.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.alibaba-cloud-esa-5fd0ee': 'Alibaba Cloud ESA',
  'setting.label.website-301311': 'Website',
  'setting.help.the-website-at-alibaba-2b6683': 'Die Website bei Alibaba Cloud ESA, z. B. example.com.',
  'setting.help.the-accesskey-id-of-6fa193':
    'Die AccessKey-ID eines RAM-Benutzers, der die Einträge der Website ändern darf.',
  'setting.help.how-long-resolvers-may-d21ae1':
    'Wie lange Resolver den Eintrag behalten dürfen; bei 1 wählt ESA selbst.',
  'setting.help.the-service-s-address-5597f0':
    'Adresse des Dienstes; https://esa.cn-hangzhou.aliyuncs.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.baidu-ai-cloud-99e2f7': 'Baidu AI Cloud',
  'setting.help.the-domain-at-baidu-0e0125': 'Die Domain bei Baidu AI Cloud, z. B. example.com.',
  'setting.label.access-key-id-c78c37': 'Access Key ID',
  'setting.help.the-access-key-id-fc636c':
    'Die Access Key ID (AK) eines Benutzers, der die Einträge der Domain ändern darf.',
  'setting.label.secret-access-key-372d44': 'Secret Access Key',
  'setting.help.the-secret-access-key-bb8ea8': 'Der Secret Access Key (SK), der zu dieser Access Key ID gehört.',
  'setting.help.how-long-resolvers-may-3cca3c': 'Wie lange Resolver den Eintrag behalten dürfen.',
  'setting.help.the-service-s-address-7d21a8':
    'Adresse des Dienstes; https://bcd.baidubce.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.dns-la-2c6a2c': 'DNS.LA',
  'setting.help.the-domain-at-dns-cae376': 'Die Domain bei DNS.LA, z. B. example.com.',
  'setting.label.dns-la-api-id-12ca38': 'DNS.LA-API-ID',
  'setting.help.the-apiid-shown-on-057b1b': 'Die APIID, die die DNS.LA-Konsole auf der Seite der API-Schlüssel zeigt.',
  'setting.help.the-apisecret-shown-beside-758375': 'Das APISecret, das neben dieser API-ID steht.',
  'setting.help.the-service-s-address-727e4c':
    'Adresse des Dienstes; https://api.dns.la, sofern Sie keinen eigenen betreiben.',
  'setting.choice.eranet-665543': 'Eranet',
  'setting.help.the-service-s-address-99a17d':
    'Adresse des Dienstes; https://www.eranet.com, sofern Sie keinen eigenen betreiben.',
} satisfies Area<typeof source>;
