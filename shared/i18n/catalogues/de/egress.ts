import type { Area } from '../area';
import type { egress as source } from '../en/egress';

export const egress = {
  'egress.purpose.echo': 'Eingebaute Web-Quelle: nennt IPWatch Ihre öffentliche Adresse',
  'egress.purpose.stun': 'Eingebaute STUN-Quelle: nennt IPWatch Ihre öffentliche Adresse',
  'egress.purpose.dnsDetection': 'Eingebaute DNS-Quelle: nennt IPWatch Ihre öffentliche Adresse',
  'egress.purpose.customSource': 'Ihre eigene Quelle: nennt IPWatch Ihre öffentliche Adresse',
  'egress.purpose.systemDns': 'Namensauflösung für die Ziele dieser Liste',
  'egress.purpose.routerPortMapping': 'Router-Abfrage: fragt den Router nach seiner externen Adresse (NAT-PMP, PCP)',
  'egress.purpose.routerDiscovery': 'Router-Abfrage: sucht im lokalen Netz nach einem UPnP-Router',
  'egress.purpose.routerUpnp': 'Router-Abfrage: fragt den UPnP-Router nach seiner externen Adresse',
  'egress.purpose.ddnsApi': 'Dynamisches DNS: aktualisiert Ihren DNS-Eintrag beim Anbieter',
  'egress.purpose.ddnsUpdate': 'Dynamisches DNS: aktualisiert Ihren DNS-Eintrag auf dessen Nameserver (RFC 2136)',
  'egress.purpose.ddnsProof': 'Dynamisches DNS: prüft Ihren DNS-Eintrag bei den Nameservern der Zone',
  'egress.purpose.ddnsZoneWalk':
    'Dynamisches DNS: sucht die Zone Ihres DNS-Eintrags (NS-Abfrage seines Namens und der Namen darüber)',
  'egress.purpose.channel': 'Benachrichtigungskanal: stellt Benachrichtigungen zu',
  'egress.purpose.heartbeat': 'Heartbeat: meldet dem Dienst, dass IPWatch noch läuft',
  'egress.purpose.identity': 'Netzidentität: fragt, wer Ihnen eine neue Adresse gibt',
  'egress.purpose.discordBot': 'Discord-Bot: Slash-Befehle und Beiträge',
  'egress.purpose.signIn': 'Anmeldung mit Discord im Dashboard',
  'egress.purpose.serviceMonitor': 'Dienst: prüft, ob Ihr Dienst erreichbar ist',
  'egress.purpose.speedTest': 'Speedtest',
  'egress.purpose.fleet': 'Flotte: veröffentlicht und beobachtet Standorte über den Broker',
  'egress.purpose.proxy': 'Der Proxy aus Ihrer Umgebung (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY)',
  'egress.role.gateway': 'das Gateway',
  'egress.role.systemDns': 'ein DNS-Server des Systems',
  'egress.role.entered': 'der von Ihnen eingetragene Host',
  'egress.role.zoneServers': 'die Nameserver Ihrer Zone',
  'egress.role.localRouter': 'der Router, der im lokalen Netz geantwortet hat',
  'egress.refused':
    'Verbindung zu {host} Port {port} ({protocol}) abgelehnt: Das Ziel steht nicht in der Liste für die aktuellen Einstellungen, und nicht aufgeführte Verbindungen werden abgelehnt (egress.enforce).',
  'egress.undeclared':
    'Verbunden mit {host} Port {port} ({protocol}); dieses Ziel steht nicht in der Liste für die aktuellen Einstellungen.',
  'egress.refusedLocal':
    'Verbindung zu {host} abgelehnt: Der Name ergab {address}, eine Adresse dieses Rechners oder seines lokalen Netzes, und {host} ist nicht als Name Ihres eigenen Netzes angegeben; eine solche Antwort auf einen öffentlichen Namen wird abgelehnt, solange nicht gelistete Verbindungen abgelehnt werden (egress.enforce). Tragen Sie die Adresse selbst ein oder einen Namen unter .home.arpa, .local, .lan oder .internal.',
  'egress.resolvedLocal':
    '{host} ergab {address}, eine Adresse dieses Rechners oder seines lokalen Netzes, ist aber nicht als Name Ihres eigenen Netzes angegeben; mit egress.enforce würde diese Verbindung abgelehnt.',
  'egress.cli.declared': 'Darf kontaktieren ({count, plural, one {# Ziel} other {# Ziele}}):',
  'egress.cli.contacted': 'Kontaktiert seit {since} ({count, plural, one {# Ziel} other {# Ziele}}):',
  'egress.cli.notAsked': 'Was kontaktiert wurde, weiß nur der laufende Runner: {reason}',
  'egress.cli.noToken': 'Setzen Sie IPWATCH_API_TOKEN auf ein API-Token (ipwatch token create erstellt eines)',
  'egress.cli.none': 'noch nichts',
  'egress.cli.enforce':
    'Nicht aufgeführte Verbindungen: {enforce, select, true {werden abgelehnt} other {werden nur erfasst}}',
  'egress.cli.every': 'höchstens alle {interval}',
  'egress.cli.onEvent': 'auf Anfrage oder bei einem Ereignis',
  'egress.cli.times': '{count, plural, one {# Mal} other {# Mal}}, zuletzt {at}: {result}',
  'egress.cli.undeclaredMark': 'nicht aufgeführt',
  'egress.result.ok': 'ok',
  'egress.result.failed': 'fehlgeschlagen',
  'egress.result.refused': 'abgelehnt',
  'egress.result.open': 'läuft',
} satisfies Area<typeof source>;
