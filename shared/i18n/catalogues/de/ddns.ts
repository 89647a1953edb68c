/**
 * German (en/ddns.ts). DNS records: their states, lines, reasons, editor and TSIG key.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { ddns as source } from '../en/ddns';

export const ddns = {
  'ddns.state.inStep': 'aktuell',
  'ddns.state.updating': 'wird aktualisiert',
  'ddns.state.propagating': 'wird verteilt',
  'ddns.state.waiting': 'wartet auf neuen Versuch',
  'ddns.state.stopped': 'abgeschaltet',
  'ddns.state.failed': 'fehlgeschlagen',
  'ddns.state.off': 'aus',
  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: wieder aktuell (war {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: nach {duration} wieder aktuell (war {from})',
  'ddns.line.head': '{name} {type}: {state}',
  'ddns.line.at': ' auf {address}',
  'ddns.line.to': ' auf {address}',
  'ddns.line.took': ' ({took} nach dem Update aktuell)',
  'ddns.line.waitingFor': ', wartet auf {servers}',
  'ddns.line.notAsked': '; von hier nicht gefragt: {servers}',
  'ddns.line.retryAt': ' um {time}',

  'editors.ddns.records': 'DNS-Einträge',
  'editors.ddns.record': 'DNS-Eintrag',
  'editors.ddns.newRecord': 'Neuer Eintrag',
  'editors.ddns.empty': 'Keine Einträge: Kein Hostname wird auf diese Adresse aktuell gehalten.',
  'editors.ddns.adderKind': 'Anbieter des neuen Eintrags',
  'editors.ddns.add': 'Eintrag hinzufügen',
  'editors.ddns.provider': 'DNS-Anbieter',
  'editors.ddns.find': 'Anbieter suchen',
  'editors.ddns.popular': 'Meistgenutzt',
  'editors.ddns.more': 'Weitere Anbieter, A bis Z',
  'editors.ddns.found': '{count, plural, one {# Anbieter gefunden} other {# Anbieter gefunden}}',
  'editors.ddns.noneFound': 'Kein Anbieter heißt „{query}“. Custom HTTP ruft jede Update-Adresse auf.',
  'editors.ddns.keyAt': 'Schlüssel oder Passwort erhalten Sie bei {site}',
  'editors.ddns.testThis': 'Diesen Eintrag testen',
  'editors.ddns.rowType': '{provider} · {type}',
  'editors.ddns.lastPropagated': '{state} · zuletzt in {took} verbreitet',
  'editors.ddns.waitingFor': '{state} (wartet auf {servers})',
  'editors.ddns.servers': '{first}, {second} und {third}',
  'editors.ddns.serversTwo': '{first} und {second}',
  'editors.ddns.serversMore': '{first}, {second} und {more} weitere',
  'editors.ddns.ms': '{n} ms',
  'editors.ddns.s': '{n} s',
  'editors.ddns.min': '{min} min',
  'editors.ddns.minS': '{min} min {s} s',
  'editors.ddns.holds': 'Funktioniert: Der Eintrag zeigt bereits auf diese Adresse.',
  'editors.ddns.willSet': 'Funktioniert: Der Eintrag wird beim Speichern auf diese Adresse gesetzt.',
  'editors.ddns.accepted': 'Funktioniert: Der Anbieter hat die Zugangsdaten angenommen.',
  'editors.ddns.tested': '{head}{detail} ({ms} ms)',
  'editors.ddns.stopped': 'Abgeschaltet: {why}',
  'editors.ddns.noReason': 'kein Grund angegeben: siehe Protokoll',
  'editors.ddns.tryAgain': 'Erneut versuchen',
  'editors.ddns.trying': 'Versuche…',
  'editors.ddns.couldNotRetry': 'Neuer Versuch nicht möglich:',
  'editors.ddns.stable': 'stabil',
  'editors.ddns.rfc2136': 'RFC 2136 (eigener Server)',
  'editors.ddns.rfc2136.blurb':
    'Ein signiertes dynamisches Update (TSIG) direkt an Ihren primären Server: BIND, Knot oder PowerDNS.',
  'editors.ddns.cloudflare': 'Cloudflare',
  'editors.ddns.cloudflare.blurb':
    'Sucht den Eintrag und ändert nur seine Adresse; Proxy und TTL bleiben, wie Sie sie gesetzt haben.',
  'editors.ddns.dyndns2': 'dyndns2 (No-IP, Dyn, Dynu…)',
  'editors.ddns.dyndns2.blurb':
    'Das Update-Protokoll der meisten DDNS-Anbieter: der Update-Server des Anbieters, Ihr Konto und Ihr Hostname.',
  'editors.ddns.duckdns': 'DuckDNS',
  'editors.ddns.plugin.blurb':
    'Ein eigener DNS-Anbieter: Ein Programm, benannt durch sein Manifest im Plugin-Ordner, pflegt den Eintrag (docs/plugins.md).',
  'editors.ddns.duckdns.blurb':
    'Ein kostenloser Name unter duckdns.org, gepflegt mit dem Token von Ihrer DuckDNS-Seite.',
  'editors.ddns.noip.blurb':
    'Ein kostenloser oder bezahlter Hostname bei No-IP (ddnsfree.com, hopto.org…) mit Ihrem No-IP-Konto.',
  'editors.ddns.dynu.blurb':
    'Ein Hostname bei Dynu, mit Ihrem Dynu-Benutzernamen und Passwort (oder dem IP-Update-Passwort).',
  'editors.ddns.dyn.blurb':
    'Ein Hostname bei Dyn (Oracle), mit Ihrem Benutzernamen und dem Updater Client Key aus Ihrem Konto.',
  'editors.ddns.strato.blurb':
    'Eine Domain bei Strato mit eingeschaltetem DynDNS; die Anmeldung ist die Domain mit ihrem DynDNS-Passwort.',
  'editors.ddns.he.blurb':
    'Ein Eintrag im kostenlosen DNS von Hurricane Electric, für dynamisches DNS markiert, mit seinem Schlüssel.',
  'editors.ddns.dnsomatic.blurb':
    'DNS-O-Matic gibt die Adresse an jeden dort eingerichteten Dienst weiter, mit Ihrem Konto.',
  'editors.ddns.opendns.blurb':
    'Teilt OpenDNS die Adresse Ihres Netzes mit; der Hostname ist der Name des Netzes im Dashboard.',
  'editors.ddns.infomaniak.blurb': 'Eine Domain bei Infomaniak, mit dem dafür im Manager angelegten DynDNS-Benutzer.',
  'editors.ddns.inwx.blurb': 'Eine Domain bei INWX, mit einem dafür in der INWX-Oberfläche angelegten DynDNS-Konto.',
  'editors.ddns.loopia.blurb':
    'Eine Domain bei Loopia, mit Ihrem Loopia-Konto oder einer dafür angelegten DynDNS-Anmeldung.',
  'editors.ddns.selfhostde.blurb': 'Ein Hostname bei selfHOST, mit Benutzername und Passwort des DynDNS-Kontos.',
  'editors.ddns.spdyn.blurb':
    'Ein Hostname bei Securepoint DynDNS: Ihr Konto, oder der Hostname mit seinem Update-Token.',
  'editors.ddns.changeip.blurb': 'Ein Hostname bei ChangeIP, mit Ihrem ChangeIP-Konto.',
  'editors.ddns.gigahostno.blurb': 'Eine Domain bei Gigahost, mit der E-Mail-Adresse und dem Passwort Ihrer Anmeldung.',
  'editors.ddns.allinkl.blurb': 'Eine Domain bei ALL-INKL, mit dem dafür im KAS angelegten DynDNS-Benutzer (dyn…).',
  'editors.ddns.nowdns.blurb': 'Ein kostenloser Hostname bei Now-DNS, mit E-Mail-Adresse und Passwort Ihres Kontos.',
  'editors.ddns.ionos.blurb':
    'Eine Domain bei IONOS, mit einem Schlüssel aus dem Developer-Portal (Präfix.Geheimnis); der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.hetznercloud.blurb':
    'Eine Zone in Hetzners Cloud Console (DNS), mit einem Read-&-Write-API-Token ihres Projekts; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.digitalocean.blurb':
    'Eine Domain unter Networking bei DigitalOcean, mit einem Personal Access Token, das schreiben darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.cloudns.blurb':
    'Eine Zone bei ClouDNS (bezahlter Tarif) und ein API-Benutzer aus den API-Einstellungen; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.spaceship.blurb':
    'Eine Domain bei Spaceship und ein Schlüssel mit Secret aus dem API Manager (DNS-Einträge lesen und schreiben).',
  'editors.ddns.namecom.blurb':
    'Eine Domain bei Name.com, mit Ihrem Benutzernamen und einem API-Token; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.custom.blurb':
    'Jede andere Update-API: URL, Header und Body mit der Adresse und dem Eintrag; Geheimnisse als Verweise.',
  'editors.ddns.porkbun.blurb':
    'Eine bei Porkbun registrierte Domain mit eingeschaltetem API ACCESS; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.goip.blurb':
    'Ein kostenloser Name unter goip.de oder goip.it, gepflegt mit Benutzername und Passwort des Router-Kontos.',
  'editors.ddns.njalla.blurb':
    'Ein dynamischer Eintrag bei Njalla, gepflegt mit dem Schlüssel aus den Einstellungen dieses Eintrags.',
  'editors.ddns.freedns.blurb':
    'Ein Name bei freedns.afraid.org, gepflegt mit dem Update-Token seiner Dynamic-DNS-v2-Adresse; ein Token je Eintrag.',
  'editors.ddns.dynv6.blurb':
    'Eine kostenlose Zone bei dynv6 (myhome.dynv6.net) oder eine eigene, gepflegt mit einem HTTP-Token von der Keys-Seite.',
  'editors.ddns.route53.blurb':
    'Eine gehostete Zone bei Amazon Route 53, mit einem IAM-Schlüssel, der ihre Datensätze lesen und ändern darf; fehlt der Eintrag, wird er angelegt.',
  'editors.ddns.ovh.blurb':
    'Eine Zone bei OVHcloud, über deren API mit Anwendungsschlüssel, dessen Geheimnis und einem Consumer Key; fehlt der Eintrag, wird er angelegt.',
  'editors.ddns.godaddy.blurb':
    'Eine Domain bei GoDaddy, mit einem Production-API-Schlüssel und seinem Secret (GoDaddy öffnet die API nur manchen Konten); der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.gandi.blurb':
    'Eine Domain bei Gandi (LiveDNS), mit einem persönlichen Zugriffstoken, das ihre technische Konfiguration verwalten darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.hetzner.blurb':
    'Eine Zone in Hetzners DNS Console, mit einem API-Token aus deren Einstellungen; Hetzner zieht die Zonen in die Hetzner Cloud um, wo Hetzner Cloud DNS sie hält; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.bunny.blurb':
    'Eine DNS-Zone bei bunny.net, mit dem API-Schlüssel des Kontos aus den Kontoeinstellungen; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.hostinger.blurb':
    'Eine Domain, deren DNS Hostinger bereitstellt, mit einem in hPanel erstellten API-Token; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.linode.blurb':
    'Eine Domain bei Linode (Akamai Cloud) mit einem pers\u00f6nlichen Zugriffstoken, dessen Domains-Zugriff Read/Write ist; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.luadns.blurb':
    'Eine Zone bei LuaDNS mit der E-Mail-Adresse des Kontos und einem API-Schl\u00fcssel (die API eingeschaltet); der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.namesilo.blurb':
    'Eine bei NameSilo registrierte Domain mit einem API-Schl\u00fcssel, der nicht nur lesen darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.scaleway.blurb':
    'Eine DNS-Zone bei Scaleway mit dem geheimen Schl\u00fcssel eines API-Schl\u00fcssels, der ihre Eintr\u00e4ge \u00e4ndern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.aliyun.blurb':
    'Eine Domain bei Alibaba Cloud DNS (Aliyun), mit AccessKey-ID und Secret eines RAM-Benutzers, der ihre Einträge ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.dnspod.blurb':
    'Eine Domain bei DNSPod, mit einem in dessen Konsole erstellten API-Token (ID und Token); der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.tencentcloud.blurb':
    'Eine Domain bei Tencent Cloud DNSPod (API 3.0), mit SecretId und SecretKey eines API-Schlüssels, der ihre Einträge ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.aliesa.blurb':
    'Eine Website bei Alibaba Cloud ESA (Edge Security Acceleration), deren DNS ESA bereitstellt, mit AccessKey-ID und Secret eines RAM-Benutzers, der ihre Einträge ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.baiducloud.blurb':
    'Eine Domain, deren DNS Baidu AI Cloud bereitstellt, mit Access Key ID und Secret Access Key, die ihre Einträge ändern dürfen; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.netcup.blurb':
    'Eine Domain, deren DNS netcup bereitstellt, mit der Kundennummer, einem API-Schlüssel und dem API-Passwort aus dem Customer Control Panel; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.dondominio.blurb':
    'Eine Domain, deren DNS DonDominio bereitstellt, mit Ihrem Benutzernamen und dem DonDNS-Schlüssel aus Mein Konto; der Eintrag muss schon in der DNS-Zone stehen.',
  'editors.ddns.dynadot.blurb':
    'Eine bei Dynadot registrierte Domain mit eingeschaltetem Dynamic DNS, gepflegt mit dem Dynamic-DNS-Passwort dieser Domain; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.vultr.blurb':
    'Eine Domain, deren DNS Vultr bereitstellt, mit einem persönlichen API-Schlüssel, der diese Adresse zulässt; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.servercow.blurb':
    'Eine Domain, deren DNS Servercow bereitstellt, mit Namen und Passwort eines DNS-API-Benutzers; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.gcp.blurb':
    'Eine verwaltete Zone in Google Cloud DNS, mit dem JSON-Schlüssel eines Dienstkontos, das die Einträge der Zone ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.nsone.blurb':
    'Eine Zone bei NS1 (IBM NS1 Connect), mit einem API-Schlüssel, der ihre Einträge verwalten darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.gcore.blurb':
    'Eine Zone bei Gcore DNS, mit einem dauerhaften API-Token, das ihre Einträge ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.huaweicloud.blurb':
    'Eine öffentliche Zone bei Huawei Cloud DNS, mit Access Key ID (AK) und Secret Access Key (SK) eines IAM-Benutzers, der ihre Record Sets ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.edgeone.blurb':
    'Eine Domain, deren DNS Tencent Cloud EdgeOne bereitstellt, mit SecretId und SecretKey eines API-Schlüssels, der ihre DNS-Einträge ändern darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.dnsla.blurb':
    'Eine Domain, deren DNS DNS.LA bereitstellt, mit der API-ID und dem API-Secret aus der DNS.LA-Konsole; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.rainyun.blurb':
    'Eine Domain, deren DNS Rainyun (雨云) bereitstellt, mit der ID der Domain und einem API-Schlüssel aus der Rainyun-Konsole; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.nowcn.blurb':
    'Eine Domain, deren DNS Now.cn (时代互联) bereitstellt, mit einer AccessInstanceID und ihrem Secret für die API; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.eranet.blurb':
    'Eine Domain, deren DNS Eranet bereitstellt, mit einer AccessInstanceID und ihrem Secret für die API; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.tnethk.blurb':
    'Eine Domain, deren DNS Tnet.hk bereitstellt, mit einer AccessInstanceID und ihrem Secret für die API; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.hipmdnsmgr.blurb':
    'Eine Domain, die Sie in Ihrem eigenen HiPM DNSMgr verwalten, mit seiner Adresse und einem dort erstellten API-Token; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.desec': 'deSEC',
  'editors.ddns.desec.blurb':
    'Ein Name bei deSEC (dedyn.io oder Ihre eigene Domain dort), aktualisiert mit einem Token, das ihn ändern darf.',
  'editors.ddns.dreamhost.blurb':
    'Ein Name in einer Domain bei DreamHost, mit einem API-Schlüssel, der DNS-Einträge auflisten, anlegen und entfernen darf; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.variomedia.blurb':
    'Eine Domain bei Variomedia, mit der E-Mail-Adresse des Kontos und dem Passwort seiner DNS-Einstellungen.',
  'editors.ddns.domeneshop.blurb':
    'Ein Name in einer Domain bei Domeneshop, mit einem API-Token und seinem Secret; der Eintrag wird angelegt, wenn er fehlt.',
  'editors.ddns.zoneedit.blurb':
    'Ein Name in einer Zone bei ZoneEdit, mit Ihrem Benutzernamen und dem dynamischen Authentifizierungstoken der Zone; ZoneEdit nimmt höchstens eine Aktualisierung je 10 Minuten an.',
  'editors.ddns.easydns.blurb':
    'Ein Name in einer Domain bei easyDNS, mit Ihrem Benutzernamen und dem dynamischen Authentifizierungstoken; der Host muss einer der dynamischen Einträge der Domain sein.',
  'editors.ddns.namecheap.blurb':
    'Dynamic DNS für eine Domain bei Namecheap (nur IPv4), gepflegt mit dem Dynamic-DNS-Passwort der Domain von ihrer Seite „Advanced DNS“.',
  'editors.ddns.dd24.blurb':
    'Dynamic DNS für eine Domain bei Domain Discount 24, gepflegt mit dem Passwort, das beim Einschalten von Dynamic DNS für die Domain gesetzt wurde.',
  'editors.ddns.ddnss.blurb':
    'Ein kostenloser Name unter ddnss.de (oder eine eigene Domain dort), gepflegt mit dem Update-Key des Kontos oder mit Benutzername und Passwort.',
  'editors.ddns.ipv64.blurb':
    'Ein kostenloser Name unter ipv64.net oder einer seiner Domains, gepflegt mit dem Domain-Update-Token über das dyndns2-Protokoll.',
  'editors.ddns.myaddr.blurb':
    'Ein kostenloser Name unter myaddr.tools, gepflegt mit dem privaten Schlüssel, den man beim Anlegen des Namens erhält.',
  'editors.ddns.vercel.blurb':
    'Vercel DNS führt die Einträge einer Domain, die Vercels Nameserver nutzt; der Eintrag braucht ein Zugriffstoken (und für die Domain eines Teams dessen Team-ID).',

  'editors.tsig.placeholder': 'base64, wie keymgr -t es ausgibt',
  'editors.tsig.sameKey': 'Derselbe Schlüssel für Ihren Server',
  'editors.tsig.knot': 'Knot (knot.conf; die erste Zeile ist für knsupdate -y):',
  'editors.tsig.knotLabel': 'Knot-Schlüsselkonfiguration',
  'editors.tsig.knotCopy': 'Knot-Schlüsselkonfiguration kopieren',
  'editors.tsig.bind': 'BIND (named.conf):',
  'editors.tsig.bindLabel': 'BIND-Schlüsselanweisung',
  'editors.tsig.bindCopy': 'BIND-Schlüsselanweisung kopieren',

  'reason.ddns.badSettings': 'die Einstellungen des Eintrags sind ungültig: {issues}',
  'reason.ddns.cannotRead':
    'Zugangsdaten lassen sich nur mit einem Update prüfen: Dieser Anbieter kann keinen DNS-Eintrag lesen',
  'reason.ddns.testNoAddress':
    'noch keine bestätigte IPv{family}-Adresse, mit der sich der {type}-Eintrag vergleichen lässt',
  'reason.ddns.observedNoStable': 'beobachtete Adresse veröffentlicht: keine feste Adresse dieses Hosts in {prefix}',
  'reason.ddns.observedPublished': 'beobachtete Adresse veröffentlicht: {inner}',
  'reason.ddns.nothingOnIface': 'nichts veröffentlicht: keine Adresse dieses Hosts auf {iface}',
  'reason.ddns.nothingInRange': 'nichts veröffentlicht: keine Adresse dieses Hosts in {range}',
  'reason.ddns.nothingStableOnIface': 'nichts veröffentlicht: keine feste Adresse dieses Hosts auf {iface}',
  'reason.ddns.nothingStableInRange': 'nichts veröffentlicht: keine feste Adresse dieses Hosts in {range}',
  'reason.ddns.nothingPublished': 'nichts veröffentlicht: {inner}',
  'reason.ddns.hostCannotRead': 'die Adressen dieses Hosts lassen sich hier nicht lesen ({said})',
  'reason.ddns.hostUnread': 'die Adressen dieses Hosts konnten nicht gelesen werden ({said})',
  'reason.ddns.hostNotRead': 'die Adressen dieses Hosts sind noch nicht gelesen',
  'reason.ddns.testNoTarget':
    'dieser Host hat keine Adresse auf dem Präfix, das der {type}-Eintrag nennt, also keine, mit der er sich vergleichen lässt',
  'reason.ddns.testNoAnswer': 'keine Antwort innerhalb von {seconds} s',
  'reason.ddns.off': 'in den Einstellungen ausgeschaltet',
  'reason.ddns.noAddressYet': 'wartet auf eine bestätigte Adresse',
  'reason.ddns.providerWait': 'wartet auf den Zeitpunkt, den der Anbieter genannt hat',
  'reason.ddns.tryingAgain': 'neuer Versuch',
  'reason.ddns.noReason': 'kein Grund angegeben',
  'reason.ddns.stopped': 'angehalten',
  'reason.ddns.noRoute': 'kein autoritativer Server ist von hier erreichbar (keine Route): {servers}',
  'reason.ddns.noRouteNone': 'kein autoritativer Server ist von hier erreichbar (keine Route): keiner gefunden',
  'reason.ddns.proxied': 'über den Cloudflare-Proxy; der DNS-Eintrag enthält {address}',
  'reason.ddns.http':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage so ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}} ({statusName})',
  'reason.ddns.httpSaid':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage so ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}}: {said} ({statusName})',
  'reason.ddns.duckdnsKo': '{label}: KO (Token oder Domain falsch)',
  'reason.ddns.answer.holds': '{server} ({address}) antwortet {addresses}',
  'reason.ddns.answer.noRecord': '{server} ({address}) hat keinen Eintrag',
  'reason.ddns.answer.failed': '{server} ({address}): {error}',
  'reason.ddns.answer.silent': '{server} ({address}): keine Antwort',
  'reason.ddns.noneAnswered': 'kein autoritativer Server hat geantwortet: {answers}',
  'reason.ddns.notInStep': '{seconds} s nach dem Update nicht aktuell: {answers}',
  'reason.ddns.someSilent': '{answers}',
  'reason.ddns.drifted': 'weicht von {want} ab: {answers}',
  'reason.ddns.apiHoldsServersNot': 'der Anbieter hat {want}, seine Server aber nicht: {answers}',
  'reason.ddns.zoneNotFound': 'die autoritativen Server der Zone wurden nicht gefunden: {inner}',
  'reason.ddns.nsQuery': 'NS-Abfrage für {zone}: {dnsError}',
  'reason.ddns.dnsError': '{dnsError}',
  'reason.ddns.anotherWriter':
    'ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls (ddns-updater?): Er wurde innerhalb einer Stunde zweimal an IPWatch vorbei geändert (jetzt {answers}). Beenden Sie das andere Programm oder entfernen Sie den DNS-Eintrag dort, und bearbeiten Sie ihn dann hier, um neu zu starten',
  'reason.ddns.dyndns2':
    '{label}: {code, select, badauth {Benutzername und Passwort passen nicht zusammen} donator {das Update erfordert ein bezahltes Konto} notfqdn {der Hostname ist kein vollständiger Domainname} nohost {der Hostname gehört nicht zu diesem Konto} numhost {zu viele Hosts oder ein Round Robin} abuse {der Host ist wegen Missbrauchs gesperrt} badagent {der Anbieter lehnt diesen Client ab} other {der Anbieter hat ein Problem}} ({said})',
  'reason.ddns.dyndns2Unknown':
    '{label}: {empty, select, yes {eine leere Antwort} other {eine Antwort, die keiner der Rückgabecodes des Protokolls ist}} (die Seite eines Proxys oder eine abgeschnittene Antwort?)',
  'reason.ddns.rcode':
    '{rcode, select, NOTAUTH {{server} ist nicht autoritativ für {zone} (NOTAUTH)} REFUSED {{server} hat das Update abgelehnt (REFUSED): Erlaubt seine ACL dem Schlüssel {key}, {zone} zu ändern?} NOTZONE {{name} liegt nicht in der Zone {zone} (NOTZONE)} NOTIMP {{server} nimmt keine dynamischen Updates an (NOTIMP)} FORMERR {{server} konnte das Update nicht lesen (FORMERR)} SERVFAIL {{server} konnte das Update nicht ausführen (SERVFAIL)} other {{server} antwortete {rcode}}}',
  'reason.ddns.unsigned': '{inner}, unsigniert',
  'reason.ddns.tsigRefused':
    '{server} hat den TSIG-Schlüssel abgelehnt: {rcode}/{tsigError}; prüfen Sie den Schlüsselnamen ({key}) und den Schlüssel',
  'reason.ddns.badTime': '{server} hat die Zeit der Signatur abgelehnt ({rcode}/BADTIME): {inner}',
  'reason.ddns.clock':
    '{clock, select, ahead {die Uhr dieses Rechners geht gegenüber dem Server {seconds} s vor} behind {die Uhr dieses Rechners geht gegenüber dem Server {seconds} s nach} other {die Uhr dieses Rechners weicht um mehr als die erlaubten 300 s von der des Servers ab}}',
  'reason.ddns.noAnswerFrom': '{server}: keine Antwort ({said})',
  'reason.ddns.malformed': '{server}: eine fehlerhafte Antwort ({said})',
  'reason.ddns.apiRefused': '{label}: {provider} hat die Anfrage abgelehnt: {said}',
  'reason.ddns.api':
    '{label}: {what, select, notJson {eine Antwort, die kein JSON ist} notApi {eine Antwort, die nicht von der API von {provider} stammt} noResult {{provider} meldete Erfolg, lieferte aber kein brauchbares Ergebnis; neuer Versuch} noReason {{provider} hat die Anfrage ohne Grund abgelehnt} noZone {keine Zone {zone} bei {provider} (oder der Schlüssel darf sie nicht lesen)} noRecord {kein solcher DNS-Eintrag bei {provider}: Legen Sie ihn dort einmal an} several {{count} solche DNS-Einträge, IPWatch pflegt nur einen} other {eine Antwort, die die API von {provider} nicht gibt}}',
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare hat die Anfrage abgelehnt: {said}',
  'reason.ddns.cloudflare':
    '{label}: {what, select, notJson {eine Antwort, die kein JSON ist} notApi {eine Antwort, die nicht von der Cloudflare-API stammt (kein success-Feld)} noResult {Cloudflare meldete Erfolg, lieferte aber kein brauchbares Ergebnis; neuer Versuch} noReason {Cloudflare hat die Anfrage ohne Grund abgelehnt} noZone {keine Zone {zone} (oder das Token darf sie nicht lesen)} noRecord {kein solcher DNS-Eintrag: Legen Sie ihn einmal in Cloudflare an} other {{count} solche DNS-Einträge, IPWatch pflegt nur einen}}',
  'reason.ddns.desec':
    '{label}: {what, select, notGood {eine Antwort, die die API nicht gibt (nicht „good“)} empty {eine leere Antwort} readRefused {deSEC erlaubt diesem Token, den DNS-Eintrag zu aktualisieren, aber nicht zu lesen; der Test kann ihn daher nicht prüfen, Updates werden weiter gesendet} noDomains {keine Domains unter {base}: Stimmt die Adresse der REST-API?} noDomain {keine Domain im Konto dieses Tokens enthält {hostname}} domainsNotJson {die Liste der Domains ist nicht, was die API liefert} other {das RRset ist nicht, was die API liefert}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC erlaubt diesem Token, den DNS-Eintrag zu aktualisieren, aber nicht zu lesen; der Test kann ihn daher nicht prüfen, Updates werden weiter gesendet (deSEC: {said})',
  'reason.ddns.holds': '{label} enthält {addresses}',
  'reason.ddns.holdsNone': '{label} hat keinen Eintrag',
  'reason.ddns.notOnly': '{name} {type} enthält nicht nur {address}',
  'reason.ddns.driftedApi': 'weicht von {want} ab: {inner}',
  'reason.ddns.anotherWriterApi':
    'ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls (ddns-updater?): Er wurde innerhalb einer Stunde zweimal an IPWatch vorbei geändert (jetzt {inner}). Beenden Sie das andere Programm oder entfernen Sie den DNS-Eintrag dort, und bearbeiten Sie ihn dann hier, um neu zu starten',
  'reason.ddns.custom':
    '{label}: {what, select, failure {die Antwort passt zum Fehlermuster dieses Eintrags} empty {eine leere Antwort} other {eine Antwort, die zu keinem Muster dieses Eintrags passt}}',
  'reason.ddns.duckdnsOdd':
    '{label}: {empty, select, yes {eine leere Antwort} other {eine Antwort, die weder OK noch KO ist}}',
  'reason.ddns.tsigAnswer':
    '{what, select, unsigned {die Antwort ist nicht signiert} classTtl {der TSIG-Eintrag der Antwort hat nicht Klasse ANY mit TTL 0 ({tsigClass}, {ttl})} lengths {der TSIG-Eintrag der Antwort ist fehlerhaft: seine Längen passen nicht zu seiner Größe} otherKey {die Antwort ist mit einem anderen Schlüssel signiert ({key}, {algorithm})} mac {die TSIG-Signatur der Antwort ist ungültig} other {die Signaturzeit der Antwort weicht {seconds} s von unserer Uhr ab}}',
  'reason.ddns.notBelieved': '{server}: {inner} ({rcode})',
  'reason.ddns.tsigSecret': 'der TSIG-Schlüssel ist nicht Base64-kodiert',
  'reason.ddns.dyndns2Said':
    '{code, select, badauth {Benutzername und Passwort passen nicht zusammen} donator {das Update erfordert ein bezahltes Konto} notfqdn {der Hostname ist kein vollständiger Domainname} nohost {der Hostname gehört nicht zu diesem Konto} numhost {zu viele Hosts oder ein Round Robin} abuse {der Host ist wegen Missbrauchs gesperrt} badagent {der Anbieter lehnt diesen Client ab} other {der Anbieter hat ein Problem}} ({said})',
  'reason.ddns.httpSaidInner':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage in dieser Form ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}}: {inner} ({statusName})',
  'reason.ddns.noAnswer': '{label}: keine Antwort. {errorLine}',

  // The dynamic DNS card (renderer/src/pages/ddns-card.tsx): `took` is a duration.
  'web.ddns.title': 'Dynamisches DNS',
  'web.ddns.pointsAt': 'zeigt auf {address}',
  'web.ddns.notSetYet': 'von IPWatch noch nicht gesetzt',
  'web.ddns.toBeSet': '· soll auf {address} gesetzt werden',
  'web.ddns.noAddressYet': ' · noch keine Adresse dieser IP-Version bestätigt',
  'web.ddns.lastUpdated': ' · zuletzt aktualisiert {time} ({ago})',
  'web.ddns.seenBy': ' · nach {took} von allen autoritativen Servern gesehen',
  'web.ddns.nextTry': ' · nächster Versuch {time} ({ago})',
  'web.ddns.notAsked': 'von hier nicht gefragt (keine Route): {servers}',
} as const satisfies Area<typeof source>;
