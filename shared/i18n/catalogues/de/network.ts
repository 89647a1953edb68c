/**
 * German (en/network.ts). NAT, the router, the network and its watch.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { network as source } from '../en/network';

export const network = {
  'identity.flag.vpn': 'VPN-Dienst',
  'identity.flag.hosting': 'Hosting- oder Cloud-Netz',
  'identity.flagged': '{network} ({flag})',
  'identity.shift.sameBlock': 'Gleicher Adressblock ({block}), neues Netz {to} (vorher {from})',
  'identity.shift.network': 'Das Netz hat von {from} zu {to} gewechselt',
  'identity.shift.block': 'Neuer Adressblock {to} (vorher {from}), gleiches Netz {asn}',

  'nat.label.direct': 'Direkt',
  'nat.label.nat': 'Hinter Ihrem Router (NAT)',
  'nat.label.doubleNat': 'Doppeltes NAT',
  'nat.label.cgnat': 'Carrier-Grade-NAT',
  'nat.label.vpn': 'Über ein VPN oder eine andere Route',
  'nat.label.unknown': 'Unbekannt',
  'nat.detail.direct':
    'Dieser Rechner hat die öffentliche Adresse selbst: nichts freizugeben, nur seine Firewall entscheidet.',
  'nat.detail.nat':
    'Ein NAT, das Ihres Routers: geben Sie am Router einen Port frei, um diesen Rechner von außen zu erreichen.',
  'nat.detail.doubleNat':
    'Die externe Adresse Ihres Routers ist privat: ein weiterer Router oder ein Modem sitzt davor. Geben Sie den Port an beiden frei oder schalten Sie das erste Gerät in den Bridge-Modus.',
  'nat.detail.cgnat':
    'Ihr Anbieter teilt die öffentliche Adresse zwischen Kunden (CGNAT): keine Portfreigabe erreicht diesen Rechner. Fragen Sie den Anbieter nach einer öffentlichen IPv4-Adresse oder nutzen Sie IPv6 oder einen Tunnel.',
  'nat.detail.vpn':
    'Der Verkehr ins Internet läuft über ein VPN, einen Proxy oder eine andere Route, nicht über die öffentliche Adresse Ihres Routers: eine Portfreigabe am Router erreicht diesen Rechner so nicht. Geben Sie den Port dort frei, wo der Verkehr hinausgeht (manche VPN-Anbieter bieten das an), oder lassen Sie diesen Dienst am VPN vorbeilaufen.',
  'nat.detail.unknown':
    'Der Router hat seine externe Adresse nicht gemeldet (NAT-PMP, PCP und UPnP sind dort aus oder fehlen).',
  'nat.title.direct': 'Jetzt direkte Verbindung (kein NAT)',
  'nat.title.nat': 'Jetzt hinter Ihrem Router (NAT)',
  'nat.title.doubleNat': 'Jetzt hinter doppeltem NAT',
  'nat.title.cgnat': 'Jetzt hinter Carrier-Grade-NAT',
  'nat.title.vpn': 'Jetzt über ein VPN oder eine andere Route',
  'nat.title.unknown': 'NAT nicht mehr bekannt',
  'nat.summary.cgnat':
    'Ihr Anbieter hat Sie hinter Carrier-Grade-NAT (CGNAT) verlegt: Portfreigaben aus dem Internet funktionieren nicht mehr.',
  'nat.summary.vpn':
    'Der Verkehr ins Internet läuft jetzt über ein VPN oder eine andere Route, nicht über die Adresse Ihres Routers: eine Portfreigabe am Router erreicht diesen Rechner so nicht.',
  'nat.summary.doubleNatFromCgnat':
    'Sie sind aus dem Carrier-Grade-NAT heraus, aber ein weiterer Router oder ein Modem sitzt vor Ihrem (doppeltes NAT): geben Sie den Port an beiden frei oder schalten Sie das erste Gerät in den Bridge-Modus.',
  'nat.summary.doubleNat':
    'Ein weiterer Router oder ein Modem sitzt jetzt vor Ihrem (doppeltes NAT): eine Portfreigabe nur an Ihrem Router erreicht diesen Rechner nicht mehr.',
  'nat.summary.natFromCgnat':
    'Sie sind aus dem Carrier-Grade-NAT heraus: Ihr Router hat wieder eine öffentliche Adresse, eine Portfreigabe daran erreicht also diesen Rechner.',
  'nat.summary.natFromDoubleNat':
    'Das zweite NAT vor Ihrem Router ist weg: eine Portfreigabe an Ihrem Router erreicht diesen Rechner wieder.',
  'nat.summary.natFromVpn':
    'Der Verkehr läuft wieder über Ihren Router, nicht über ein VPN oder eine andere Route: eine Portfreigabe am Router erreicht diesen Rechner.',
  'nat.summary.nat':
    'Dieser Rechner hat die öffentliche Adresse nicht mehr selbst, Ihr Router hat sie: geben Sie am Router einen Port frei, um ihn zu erreichen.',
  'nat.summary.direct':
    'Dieser Rechner hat die öffentliche Adresse jetzt selbst: kein NAT dazwischen, nur seine Firewall entscheidet, was erreichbar ist.',
  'nat.summary.unknown':
    'Der Router meldet seine externe Adresse nicht mehr: das NAT vor diesem Rechner ist nicht bekannt.',

  'network.watch.netlink': 'sofort bemerkt (Linux-Netlink-Ereignisse)',
  'network.watch.routeSocket': 'sofort bemerkt (macOS-Routing-Socket)',
  'network.watch.pollBecause': 'regelmäßig abgefragt, da {reason}',
  'network.watch.poll': 'regelmäßig abgefragt (keine Ereignisquelle auf diesem System)',
  'network.watch.off': 'nicht beobachtet: nur die regelmäßigen Prüfungen bemerken sie',

  'path.diff.first': 'Erster aufgezeichneter Weg: noch nichts zum Vergleichen',
  'path.diff.same': 'Gleicher Weg wie zuvor ({hops, plural, one {# Hop} other {# Hops}})',
  'path.diff.changed': 'Der Weg hat sich an {count, plural, one {# Hop} other {# Hops}} geändert: {hops}',
  'path.diff.hop': 'Hop {ttl} {before} → {after}',
  'path.diff.more': 'und {more} weitere',
  'path.diff.length': 'jetzt {after, plural, one {# Hop} other {# Hops}} (vorher {before})',
  'path.diff.networks': 'Netze auf dem Weg: {after} (vorher {before})',
  'path.networks.unknown': 'keines bekannt',
  'path.hop.none': 'kein Hop',
  'path.noTool':
    'Der Weg wurde nicht verfolgt: weder tracepath noch traceroute ist installiert (Debian: iputils-tracepath oder traceroute).',
  'path.failed': 'Der Weg konnte nicht verfolgt werden: {why}',
  'path.badTarget':
    'Der Weg wurde nicht verfolgt: sein Ziel ist keine öffentliche IP-Adresse (erwartet z. B. 9.9.9.9 oder 2620:fe::fe).',
  'path.off': 'Die Wegverfolgung ist aus (Einstellungen: path.enabled).',
  'path.noneYet':
    'Noch kein Weg verfolgt: einer wird beim nächsten bestätigten Adresswechsel verfolgt, oder auf Wunsch.',
  'path.heading': '{when}, {how}',
  'path.reached':
    '{reached, select, yes {{target} antwortete nach {hops, plural, one {# Hop} other {# Hops}}} other {{target} antwortete nicht innerhalb von {hops, plural, one {# Hop} other {# Hops}}}}',

  'transition.none': 'Kein NAT64 gefunden: der Resolver erzeugt für ipv4only.arpa keine IPv6-Adresse',
  'transition.nat64': 'Nur IPv6 mit NAT64: der Resolver (DNS64) erzeugt IPv6-Adressen mit dem Präfix {prefixes}',
  'transition.464xlat': '464XLAT: das IPv4 dieses Rechners läuft über sein CLAT ({clat}) und NAT64 (Präfix {prefixes})',
  'transition.share': 'IPv6 funktionierte {percent} % der überwachten Zeit in den letzten {days} Tagen',
  'transition.shareUnknown': 'Anteil der Zeit mit IPv6: unbekannt (in den letzten {days} Tagen wurde nichts überwacht)',
  'transition.shareEarly': 'Anteil der Zeit mit IPv6: noch zu früh, bisher {duration} überwacht',

  'reason.watch.noIp': 'ip (iproute2) ist nicht im PATH',
  'reason.watch.windows': 'Windows hat ohne natives Modul keine Ereignisquelle für Schnittstellen',
  'reason.watch.noSource': 'keine Ereignisquelle für Schnittstellen unter {platform}',
  'reason.watch.starting': 'die Ereignisquelle {kind} startet gerade',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} kann nicht ausgeführt werden ({code})} exited {{command} wurde beendet ({signal, select, none {Code {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; neuer Start in {retrySec} s} other {}}',

  'router.off': 'nicht gefragt ({setting} ist aus)',
  'router.searching': 'fragt…',
  'router.none': 'keine Antwort über NAT-PMP, PCP oder UPnP (am Router aus oder nicht vorhanden)',
  'router.error': 'ohne Adresse geantwortet',
  'router.errorWhy': 'ohne Adresse geantwortet: {error}',
  'router.ok': '{address} (über {protocol})',
  'router.okSomehow': '{address} (vom Router)',

  // Who and where beside an address (renderer/src/components/NetworkIdentity.tsx, IdentityCredit.tsx).
  'web.identity.as': 'autonomes System {asn}',
  'web.identity.flagged': '{flag}: {reason}',
  'web.identity.reason.vpn': 'die Adresse gehört zum Netz eines VPN-Anbieters',
  'web.identity.reason.hosting': 'die Adresse gehört zu einem Hosting-, Cloud- oder CDN-Netz',
  'web.identity.reason.warp': 'laut Cloudflares Trace läuft die Verbindung über WARP',
  // DB-IP's CC BY 4.0 licence asks for "IP geolocation by DB-IP", linked: the link's words stay its own.
  'web.identity.creditNetworks': 'Netze: <link>IP geolocation by DB-IP</link>, mit RouteViews und den RIRs.',
  'web.identity.creditCountries': 'Länder: Registrierungsdaten der RIRs.',
  'web.identity.creditAskedFirst': 'Zuerst gefragt: {name}; seine Antworten gelten, wo es etwas weiß.',
  'web.identity.creditFallback': 'Wo diese nichts wissen: {name}.',

  'web.path.title': 'Weg ins Internet',
  'web.path.trace': 'Weg jetzt verfolgen',
  'web.path.tracing': 'Wird verfolgt…',
  'web.path.none': 'Noch kein Weg verfolgt. Schalten Sie es in den Einstellungen unter Weg ein.',
  'web.path.noReply': 'keine Antwort',
  'web.path.afterChange': 'nach einem Wechsel, mit {tool}',
  'web.path.asked': 'auf Wunsch, mit {tool}',

  'web.transition.title': 'IPv6-Übergang',
} as const satisfies Area<typeof source>;
