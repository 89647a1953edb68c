/**
 * German (en/charts.ts). The Charts page and the forecast.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { charts as source } from '../en/charts';

export const charts = {
  'web.charts.title': 'Diagramme',
  'web.charts.period': 'Zeitraum',
  'web.charts.period.day': 'Letzte 24 Stunden',
  'web.charts.period.week': 'Letzte 7 Tage',
  'web.charts.period.month': 'Letzte 30 Tage',
  'web.charts.period.year': 'Letztes Jahr',
  'web.charts.period.day.phrase': 'der letzten 24 Stunden',
  'web.charts.period.week.phrase': 'der letzten 7 Tage',
  'web.charts.period.month.phrase': 'der letzten 30 Tage',
  'web.charts.period.year.phrase': 'des letzten Jahres',
  'web.charts.period.other.phrase': 'der letzten {duration}',
  'web.charts.legend': '{title}: Legende',
  'web.charts.control.checkNow': 'Jetzt prüfen',
  'web.charts.control.runSpeedTest': 'Speedtest starten',
  'web.charts.control.speedSettings': 'Speedtest',
  'web.charts.empty.noAddressYet':
    'Noch keine Adresse erfasst: Die erste Prüfung, die eine findet, beginnt den Verlauf („{checkNow}“ im Dashboard startet eine).',
  'web.charts.empty.noAddressInPeriod':
    'In diesem Zeitraum wurde keine Adresse erfasst: Ein längerer Zeitraum enthält die älteren.',
  'web.charts.empty.noChangesNoAddress': 'Keine Änderungen in diesem Zeitraum: Es wurde keine Adresse erfasst.',
  'web.charts.empty.noChanges':
    'Keine Änderungen in diesem Zeitraum: Keine Adresse hat eine andere abgelöst (die erste gesehene Adresse ist keine Änderung). Eine neue Adresse zeichnet hier einen Balken.',
  'web.charts.empty.uptimeImported':
    'Die Verfügbarkeit pro Tag braucht Prüfungen von IPWatch: Die Tage dieses Zeitraums enthalten nur importierte Adressen. Ab jetzt füllen ihn die eigenen Prüfungen.',
  'web.charts.empty.uptimeNone':
    'In diesem Zeitraum noch nichts überwacht: Jede Prüfung während der Überwachung füllt ihn („{checkNow}“ im Dashboard startet eine).',
  'web.charts.empty.latencyFailed':
    'In diesem Zeitraum hat keine Quelle geantwortet, daher gibt es keine Antwortzeit: Die Karte „Quellen“ im Dashboard nennt für jede den Grund.',
  'web.charts.empty.latencyImported':
    'Die Latenz der Quellen braucht Prüfungen von IPWatch: Der Verlauf dieses Zeitraums enthält nur importierte Adressen. Ab jetzt füllen ihn die eigenen Prüfungen.',
  'web.charts.empty.latencyNone':
    'In diesem Zeitraum noch keine Antwortzeit: Jede Prüfung fügt eine pro antwortender Quelle hinzu („{checkNow}“ im Dashboard startet eine).',
  'web.charts.notMonitored': 'nicht überwacht',
  'web.charts.notMonitoredImported': 'nicht überwacht (importierte Tage enthalten nur Adressen)',
  'web.charts.empty.speedOff':
    'Kein Speedtest in diesem Zeitraum: Die Tests sind aus. Schalten Sie sie unter Einstellungen, „{speedSettings}“ ein; dann startet „{runSpeedTest}“ im Dashboard einen.',
  'web.charts.empty.speedNext':
    'Kein Speedtest in diesem Zeitraum: „{runSpeedTest}“ im Dashboard startet einen, und der nächste geplante läuft {next}.',
  'web.charts.empty.speedNoSchedule':
    'Kein Speedtest in diesem Zeitraum: „{runSpeedTest}“ im Dashboard startet einen, oder legen Sie unter Einstellungen, „{speedSettings}“ einen Zeitplan fest.',
  'web.charts.empty.speedFailedOne': 'Der Speedtest dieses Zeitraums ist fehlgeschlagen: {error}.',
  'web.charts.empty.speedFailedAll':
    'Alle {count} Speedtests dieses Zeitraums sind fehlgeschlagen; der letzte: {error}.',
  'web.charts.timeline.title': 'Adressen im Zeitverlauf',
  'web.charts.timeline.summary':
    '{count, plural, one {# Adresse} other {# Adressen}} in diesem Zeitraum ({families}), unten nach Dauer sortiert. Zeigen Sie auf einen Abschnitt für seine Zeiten.',
  'web.charts.timeline.runs': 'IPv{family}: {runs, plural, one {# Abschnitt} other {# Abschnitte}}',
  'web.charts.timeline.runsInPrefixes':
    'IPv{family}: {runs, plural, one {# Abschnitt} other {# Abschnitte}} in {prefixes} /64-Netzen',
  'web.charts.timeline.span': '{ip}: {from} bis {to} ({held})',
  'web.charts.timeline.spanShort': '{ip}, {from} bis {to}',
  'web.charts.timeline.prefixTrack': 'IPv6 {prefix} im Zeitverlauf',
  'web.charts.timeline.track': 'IPv{family}-Adressen im Zeitverlauf',
  'web.charts.timeline.noFamily': 'Keine IPv{family}-Adresse in diesem Zeitraum.',
  'web.charts.held.title': 'Dauer pro Adresse',
  'web.charts.held.longest': 'Die {shown} längsten von {count} Adressen.',
  'web.charts.held.every': 'Alle Adressen des Zeitraums, die längste zuerst.',
  'web.charts.held.fullPeriod': 'Ein voller Balken: gehalten während {period}.',
  'web.charts.held.fullSinceFirst':
    'Ein voller Balken: gehalten während der {shown} seit der ersten gesehenen Adresse, innerhalb {period}.',
  'web.charts.held.fullLeast':
    'Ein voller Balken: gehalten während der letzten {shown}, die der Zeitverlauf zeigt; die erste Adresse wurde vor {ago} gesehen.',
  'web.charts.held.overRuns': '{ip}: {time} in {runs} Abschnitten',
  'web.charts.changes.titleDay': 'Änderungen pro Tag',
  'web.charts.changes.titleWeek': 'Änderungen pro Woche',
  'web.charts.changes.weekOf': 'Woche vom {day}',
  'web.charts.changes.summary':
    '{total, plural, one {# Änderung} other {# Änderungen}} in diesem Zeitraum (IPv4 {v4}, IPv6 {v6}).',
  'web.charts.changes.summaryDay':
    '{total, plural, one {# Änderung} other {# Änderungen}} in diesem Zeitraum (IPv4 {v4}, IPv6 {v6}); die meisten am {day} ({most}).',
  'web.charts.changes.summaryWeek':
    '{total, plural, one {# Änderung} other {# Änderungen}} in diesem Zeitraum (IPv4 {v4}, IPv6 {v6}); die meisten in der Woche vom {day} ({most}).',
  'web.charts.changes.readout':
    '{period}: {count, plural, one {# Änderung} other {# Änderungen}} (IPv4 {v4}, IPv6 {v6})',
  'web.charts.changes.readoutNone': '{period}: 0 Änderungen',
  'web.charts.uptime.title': 'Verfügbarkeit pro Tag (überwachte Zeit)',
  'web.charts.uptime.legend': 'Anteil der überwachten Zeit online',
  'web.charts.uptime.none': 'Nichts überwacht.',
  'web.charts.uptime.summary': '{uptime} online in {monitored} überwachter Zeit.',
  'web.charts.uptime.dayNone': '{day}: {why}',
  'web.charts.uptime.day': '{day}: {uptime} online in {monitored} überwachter Zeit (offline {offline})',
  'web.charts.latency.title': 'Latenz der Quellen pro Stunde',
  'web.charts.latency.summary':
    'Mittlere Antwortzeit pro Stunde von {sources, plural, one {# Quelle} other {# Quellen}}; blenden Sie eine in der Legende aus.',
  'web.charts.latency.summarySince':
    'Mittlere Antwortzeit pro Stunde von {sources, plural, one {# Quelle} other {# Quellen}} seit {when} (die ersten Werte); blenden Sie eine in der Legende aus.',
  'web.charts.latency.summarySinceHour':
    'Mittlere Antwortzeit pro Stunde von {sources, plural, one {# Quelle} other {# Quellen}} seit der Stunde ab {when} (die ersten Werte); blenden Sie eine in der Legende aus.',
  'web.charts.latency.figure': '{source} {ms} ms',
  'web.charts.speed.title': 'Speedtests',
  'web.charts.speed.download': 'Download',
  'web.charts.speed.upload': 'Upload',
  'web.charts.speed.at': 'am {time}',
  'web.charts.speed.summary':
    'Download- und Upload-Geschwindigkeit von {count, plural, one {# Test} other {# Tests}} in diesem Zeitraum (90. Perzentil der Übertragungen jedes Tests).',
  'web.charts.speed.failed': '{time}: fehlgeschlagen ({error})',
  'web.charts.forecast.title': 'Wann sich die Adresse ändert',
  'web.charts.forecast.empty':
    'Noch keine Adressänderung erfasst: Das Muster wird aus den Änderungen gelernt, die IPWatch aufzeichnet.',
  'web.charts.forecast.readout': 'Änderungen des letzten Jahres, Stunden und Wochentage in {zone}.',
  'web.charts.forecast.next': 'Nächste Änderung',
  'web.charts.forecast.nextAt': '{at} (zwischen {from} und {to}), Zuverlässigkeit {confidence} %',
  'web.charts.forecast.none': 'Keine Vorhersage',
  'web.charts.forecast.why': 'Warum',
  'web.charts.forecast.tooShort': 'zu kurzer Verlauf: {count} Haltedauern gemessen, {needed} nötig für eine Vorhersage',
  'web.charts.forecast.held': 'Adresse gehalten',
  'web.charts.forecast.holds': 'Median {median}, die Hälfte zwischen {q1} und {q3} ({count} Haltedauern)',
  'web.charts.forecast.period': 'Lease- oder Zwangstrennungs-Intervall',
  'web.charts.forecast.about': 'etwa {duration}',
  'web.charts.forecast.usualHour': 'Übliche Tageszeit',
  'web.charts.forecast.around': 'gegen {hour}:00 Uhr ({share} % der Änderungen innerhalb einer Stunde davon)',
  'web.charts.forecast.leftOut': 'Nicht gezählt',
  'web.charts.forecast.untimed':
    '{count} Änderungen erst nach einer Überwachungspause bemerkt: Ihr Zeitpunkt ist unbekannt',
  'web.charts.forecast.perHour': 'IPv{family}-Änderungen pro Tagesstunde',
  'web.charts.forecast.perWeekday': 'IPv{family}-Änderungen pro Wochentag',
  'web.charts.empty.uptimeZero':
    'Es gibt nichts darzustellen: IPWatch war in diesem Zeitraum während der gesamten überwachten Zeit ({monitored}) offline, jeder Tag liegt bei 0 % online.',
  // The Map page (renderer/src/pages/Map.tsx, shared/map/).
  'web.charts.map.title': 'Karte',
  'web.charts.map.image': 'Karte der Länder, in denen die öffentlichen Adressen registriert waren, {period}',
  'web.charts.map.summary':
    '{countries, plural, =0 {Kein Land} one {# Land} other {# Länder}}, {runs, plural, one {# Adresslaufzeit} other {# Adresslaufzeiten}} und {moves, plural, one {# Wechsel des Landes} other {# Wechsel des Landes}} in {period}.',
  'web.charts.map.empty': 'In {period} war keine Adresse gehalten.',
  'web.charts.map.unknownTime': 'Für {duration} des Zeitraums ist kein Land bekannt.',
  'web.charts.map.newest': 'Die Karte zeichnet die neuesten {shown} von {total} Laufzeiten.',
  'web.charts.map.tableNewest': 'Die Tabelle listet die neuesten {shown} von {total} Laufzeiten.',
  'web.charts.map.legend':
    'Färbung: Zeit, die Adressen im Land gehalten wurden. Punkt: wo die Laufzeiten einer Familie standen (die Mitte des Landes, mehr sagen die Datenbanken nicht). Dicker Punkt: ein Land, zu klein für die Umrisse der Karte. Linie: ein Wechsel, in der Farbe der Familie.',
  'web.charts.map.offline': 'Aus Umrissen gezeichnet, die IPWatch mitbringt; nichts wird abgerufen.',
  'web.charts.map.held': 'Gehaltene Zeit je Land',
  'web.charts.map.table': 'Adresslaufzeiten',
  'web.charts.map.col.country': 'Land',
  'web.charts.map.col.address': 'Adresse',
  'web.charts.map.col.from': 'Von',
  'web.charts.map.col.to': 'Bis',
  'web.charts.map.col.held': 'Gehalten',
  'web.charts.map.country.AN': 'Niederländische Antillen (ehemals, 2010 aufgelöst)',
  'web.charts.map.unknownCountry': 'unbekannt',
  'web.charts.map.marker': '{country}, IPv{family}: {runs, plural, one {# Laufzeit} other {# Laufzeiten}}',
  'web.charts.map.move': 'IPv{family}: {from} nach {to}, {count, plural, one {# Wechsel} other {# Wechsel}}',

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
} as const satisfies Area<typeof source>;
