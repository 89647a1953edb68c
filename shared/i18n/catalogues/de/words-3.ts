import type { Area } from '../area';
import type { words3 as source } from '../en/words-3';

export const words3 = {
  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'V8-Heap {used} belegt (von {total}); nativ {native} (außerhalb des Heaps)',
  'uptime.percent': '{value} %',
  'uptime.notMonitored': 'in diesem Zeitraum nicht überwacht',
  'uptime.noSource': 'nicht überwacht: keine Quelle',
  'uptime.over': 'in {duration} Überwachung',
  'uptime.overUnderSecond': 'in unter 1 Sek. Überwachung',
  'uptime.underSecond': 'unter 1 Sek.',
  'uptime.offline': '{over} · {duration} offline',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'noch nicht überwacht',
  'uptime.tile.noSourceCovers': 'keine Quelle eingerichtet, daher wird nichts geprüft',
  'uptime.tile.noCheck': 'noch keine Prüfung',
  'uptime.tile.nowNoSource': '{covers} · jetzt {noSource}',
  'uptime.tile.since': 'seit {time}',
  'uptime.tile.day': 'letzte 24 Std.',
  'uptime.tile.days': 'letzte {days} Tage',
  'uptime.tile.year': 'letzte 365 Tage',
  'sourceState.notAsked': 'Bei der letzten Prüfung nicht gefragt.',
  'sourceState.usual': 'Übliche Antwortzeit {seconds} s',
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
  'forecast.unit.day': '{n} Tg.',
  'forecast.unit.hour': '{n} Std.',
  'forecast.unit.minute': '{n} Min.',
  'forecast.unit.second': '{n} Sek.',
  'forecast.reason.tooShort': 'zu kurzer Verlauf: {count} Haltedauern gemessen, {needed} nötig für eine Prognose',
  'forecast.reason.noPattern':
    'kein Muster: nur {share} % von {count} Haltedauern lagen bei der üblichen Dauer von {usual} (±{window})',
  'forecast.reason.pattern': '{share} % von {count} Haltedauern lagen bei der üblichen Dauer von {usual} (±{window})',
  'forecast.reason.overdue':
    '{reason}; die Adresse wird schon länger als üblich gehalten, daher das nächste Fenster, falls der Rhythmus bleibt',
} satisfies Area<typeof source>;
