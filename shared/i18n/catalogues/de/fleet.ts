/**
 * German (en/fleet.ts). The fleet and the Sites page: sites, their states and the broker link's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { fleet as source } from '../en/fleet';

export const fleet = {
  'fleet.state.unreadable': 'unlesbar',
  'fleet.state.unknown': 'unbekannt',
  'fleet.state.online': 'online',
  'fleet.state.offline': 'offline',
  'fleet.since.cannotRead': 'Zustand nicht lesbar: {why}',
  'fleet.since.noState': 'noch kein Zustand gelesen',
  'fleet.since.justNow': 'gerade eben {state}',
  'fleet.since.for': '{state} seit {duration}',
  'fleet.since.why': '{text} ({why})',
  'fleet.neverHeard': 'von dieser Instanz nie gehört',
  'fleet.addresses.unknown': 'Adressen unbekannt',
  'fleet.addresses.noFamily': 'beobachtet keine IP-Version',
  'fleet.address': 'IPv{family} {address}',
  'fleet.address.unknown': 'unbekannt',
  'fleet.address.lastKnown': '{address}, zuletzt bekannt',
  'fleet.notWatching':
    'Diese Instanz beobachtet keinen Verbund: Geben Sie unter Einstellungen > Standorte den Broker an und schalten Sie „{setting}“ ein.',
  'fleet.unknown': 'unbekannt',
  'fleet.health.lastHeard': '{label}, beim letzten Kontakt',
  'fleet.clock':
    'seine Uhr geht {duration} {side, select, ahead {vor} other {nach}} (gegenüber dieser Instanz): seine Zeiten werden nach der Uhr dieser Instanz gelesen',
  'fleet.twoRunners':
    'zwei Instanzen beanspruchen diesen Standort: unter seinem Namen wechseln sich Zustände zweier IPWatch-Instanzen ab; geben Sie jeder einen eigenen Standortnamen',
  'fleet.note.thisMachine': 'dieser Rechner',
  'fleet.note.mismatch': 'sein Zustand nennt ihn „{name}“: nicht vertrauenswürdig, der Name aus dem Topic wird gezeigt',
  'fleet.note.unreadable': 'letzte Nachricht unlesbar: {why}',
  'fleet.siteSays': '„{text}“ (so der Standort)',
  'fleet.offline.stopped': 'angehalten',
  'fleet.offline.connectionLost': 'Verbindung verloren',
  'fleet.note.refused':
    '{n, plural, one {{nN} gesendeter Wert wurde} other {{nN} gesendete Werte wurden}} abgelehnt oder ersetzt: eine Adresse der falschen Art wird als unbekannt gezeigt, unsichtbare oder die Schreibrichtung ändernde Zeichen als �',
  'fleet.note.badNames':
    '{n, plural, one {{nN} Nachricht wurde} other {{nN} Nachrichten wurden}} nicht gezeigt: der Standortname, unter dem sie kam, enthält unsichtbare oder die Schreibrichtung ändernde Zeichen',
  'fleet.heard.counting':
    '{n, plural, one {{nN} auf dem Broker gehaltener Standortzustand erreichte} other {{nN} auf dem Broker gehaltene Standortzustände erreichten}} diese Instanz beim Abonnieren; die Zahlen des Brokers, ob er welche verworfen hat, stehen noch aus.',
  'fleet.heard.noneDropped':
    '{n, plural, one {Der {nN} auf dem Broker gehaltene Standortzustand erreichte} other {Alle {nN} auf dem Broker gehaltenen Standortzustände erreichten}} diese Instanz beim Abonnieren: der Broker hat keinen verworfen.',
  'fleet.heard.dropped':
    'Diese Instanz hat womöglich weniger Standorte gehört, als der Broker hält: er hat {d, plural, one {{dN} Nachricht} other {{dN} Nachrichten}} verworfen (an diese Instanz oder einen anderen Client), während er die {n, plural, one {{nN} gehörten Zustand} other {{nN} gehörten Zustände}} sandte. Erhöhen Sie sein max_queued_messages, wie die Anleitung zum Verbund zeigt.',
  'fleet.heard.unknown':
    'Ob diese Instanz jeden Standort gehört hat, den der Broker hält, ist unbekannt: der Broker zeigte ihr keine $SYS-Zahlen (seine ACL, oder ein anderer Broker als mosquitto); {n, plural, one {{nN} auf dem Broker gehaltener Standortzustand erreichte} other {{nN} auf dem Broker gehaltene Standortzustände erreichten}} sie beim Abonnieren.',
  'fleet.event.changed': 'geändert',
  'fleet.event.online': 'ging online',
  'fleet.event.offline': 'ging offline',
  'fleet.event.mismatch': 'unter anderem Namen veröffentlicht',
  'fleet.event.unreadable': 'sandte einen Zustand, den diese Instanz nicht lesen kann',
  'fleet.event.detail': '{event} ({detail})',
  'fleet.event.changes': '{event}: {changes}',
  'fleet.event.change': '{what}: {from} → {to}',
  'fleet.event.none': 'keine',
  'fleet.event.away': '{event} [während diese Instanz nicht verbunden war]',
  'fleet.summary.none': 'Unter dem Präfix hat noch kein Standort veröffentlicht.',
  'fleet.summary.online': '{n} online',
  'fleet.summary.offline': '{n} offline',
  'fleet.summary.unknown': '{n} noch unbekannt',
  'fleet.summary.line': '{sites, plural, one {{sitesN} Standort} other {{sitesN} Standorte}}: {parts}.',
  'fleet.summary.recent':
    '{sites, plural, one {{sitesN} Standort} other {{sitesN} Standorte}}: {parts}; {recent, plural, one {{recentN} mit neuer Adresse} other {{recentN} mit neuer Adresse}} in den letzten {hours} Std.',

  'reason.fleet.noStatus': 'diese Instanz liefert keinen Status zum Veröffentlichen',
  'reason.fleet.noBrokerUrl': 'Geben Sie zuerst die URL des Brokers an',
  'reason.fleet.signedIn': 'bei {broker} angemeldet',
  'reason.fleet.canPublish': 'darf unter {prefix} veröffentlichen',
  'reason.fleet.publishAcl':
    'der Broker hat {topic} nicht angenommen: Seine ACL erlaubt diesem Benutzer dort kein Schreiben (Name eines anderen Standorts?)',
  'reason.fleet.publishFailed': 'der Broker hat {topic} nicht angenommen ({said})',
  'reason.fleet.reads':
    'liest {count, plural, one {# Standort} other {# Standorte}}, die der Broker unter {prefix}/ vorhält',
  'reason.fleet.readAcl': 'der Broker lässt diesen Benutzer {topic} nicht lesen (seine ACL)',
  'reason.fleet.late':
    '{step, select, connect {der Broker hat die Verbindung nicht angenommen} publish {der Broker hat eine Testnachricht unter {topic} nicht bestätigt} other {der Broker hat auf das Abonnement von {topic} nicht geantwortet}} (innerhalb von {seconds} s)',
  'reason.fleet.broker':
    '{meaning, select, credentials {der Broker hat Benutzername oder Passwort abgelehnt} clientId {der Broker hat die Client-ID abgelehnt} unavailable {der Broker ist nicht verfügbar} quota {der Broker nimmt keine weiteren Nachrichten an (Kontingent erschöpft)} refused {unter dieser Adresse und diesem Port nimmt nichts Verbindungen an} noHost {der Hostname des Brokers lässt sich nicht auflösen} hostLater {der Hostname des Brokers ließ sich gerade nicht auflösen} timeout {der Broker hat nicht rechtzeitig geantwortet} hostUnreachable {der Host des Brokers ist nicht erreichbar} noRoute {keine Netzroute zum Broker} reset {der Broker hat die Verbindung geschlossen} selfSigned {das Zertifikat des Brokers ist selbst signiert: Geben Sie seine CA-Datei an} untrusted {das Zertifikat des Brokers ist nicht von einer vertrauenswürdigen CA signiert: Geben Sie seine CA-Datei an} otherHost {das Zertifikat des Brokers gilt für einen anderen Hostnamen} expired {das Zertifikat des Brokers ist abgelaufen} clientUnknownCa {der Broker hat dieses Client-Zertifikat abgelehnt: Es ist nicht von einer CA signiert, der er vertraut} clientBad {der Broker hat dieses Client-Zertifikat abgelehnt} clientExpired {der Broker hat dieses Client-Zertifikat abgelehnt: Es ist abgelaufen} clientRequired {der Broker verlangt ein Client-Zertifikat: Geben Sie eines und seinen Schlüssel an} other {Fehler beim Broker}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'Standort „{name}“ und seine Ereignisse auf dieser Instanz vergessen; er erscheint wieder, sobald er erneut veröffentlicht',

  'reason.fleetLink.lost': 'die Verbindung zum Broker ist abgebrochen',
  'reason.fleetLink.closedBeforeAccept':
    'der Broker hat die Verbindung geschlossen, bevor er sie angenommen hat: Prüfen Sie Benutzername, Passwort und TLS-Einstellungen',
  'reason.fleetLink.closing': 'wird beendet: meldet sich beim Broker ab (höchstens {seconds} s)',
  'reason.fleetLink.noGoodbye':
    'ohne Abmeldung beendet: Der Broker hat nicht innerhalb von {seconds} s geantwortet{dropped, plural, =0 {} one {; # unbestätigte Nachricht wurde verworfen} other {; # unbestätigte Nachrichten wurden verworfen}}',
  'reason.fleetLink.unreached':
    'beendet, während der Broker nicht erreichbar war; {dropped, plural, one {# unbestätigte Nachricht wurde} other {# unbestätigte Nachrichten wurden}} verworfen',
  'reason.fleetLink.unreadable':
    '{what, select, caFile {CA-Datei} clientCert {Client-Zertifikat} other {Client-Schlüssel}} {file} ist nicht lesbar: {why, select, missing {Datei existiert nicht} notAllowed {diese Instanz darf sie nicht lesen} folder {es ist ein Ordner} other {{said}}}',
  'reason.fleetLink.readRefused':
    'der Broker lässt diesen Benutzer {second, select, none {{first}} other {{first} und {second}}} nicht lesen (seine ACL)',
  'reason.fleetLink.cannotSubscribe': 'Abonnieren nicht möglich: {said}',
  'reason.fleetLink.tooLong':
    '{topic} nicht veröffentlicht: Der Zustand ist {kib} KiB groß, erlaubt sind {maxKib} KiB; Beobachter würden ihn nicht lesen',

  'web.sites.title': 'Standorte',
  'web.sites.fleet': 'Der Verbund',
  'web.sites.notWatching': 'Diese Instanz beobachtet keinen Verbund.',
  'web.sites.notWatchingHow':
    'Um alle Standorte zu sehen: Geben Sie unter <link>Einstellungen, Standorte</link> die Adresse des Brokers an und schalten Sie <strong>Verbund beobachten</strong> ein (Einstellungen {watch} und {broker}).',
  'web.sites.find': 'Standort suchen',
  'web.sites.more': 'Weitere Standorte',
  'web.sites.shown': '{shown} von {total} Standorten angezeigt',
  'web.sites.loadingMore': 'Weitere werden geladen…',
  'web.sites.showMore': 'Mehr anzeigen',
  'web.sites.table.scrollable': 'Standorte, scrollbar',
  'web.sites.table.caption': 'Standorte',
  'web.sites.col.site': 'Standort',
  'web.sites.col.state': 'Zustand',
  'web.sites.col.addresses': 'Adressen',
  'web.sites.col.since': 'Adresse seit',
  'web.sites.col.health': 'Status',
  'web.sites.col.lastSeen': 'Zuletzt gesehen',
  'web.sites.unknown': 'unbekannt',
  'web.sites.site': 'Standort {name}',
  'web.sites.detail': '{since}; {addresses}; Status: {health}.',
  'web.sites.detailVersion': '{since}; {addresses}; Status: {health}; IPWatch {version}.',
  'web.sites.noEvents': 'Von diesem Standort ist noch kein Ereignis gespeichert.',
  'web.sites.events.scrollable': 'Ereignisse von {name}, scrollbar',
  'web.sites.events.caption': 'Ereignisse von {name}',
  'web.sites.events.when': 'Wann',
  'web.sites.events.what': 'Was',
  'web.sites.forgetNote':
    'Vergessen: Diese Instanz verwirft den Standort und seine Ereignisse (der Broker behält seinen Zustand); er erscheint wieder, sobald er erneut sendet.',
  'web.sites.forget': 'Vergessen',
  'web.sites.forgetWhich': 'den Standort {name}',
  'web.sites.close': 'Schließen',
  'web.sites.notForgotten': 'Nicht vergessen:',
} as const satisfies Area<typeof source>;
