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
} satisfies Area<typeof source>;
