/**
 * German (en/sources.ts). Sources: the Sources card, a source's state and its errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { sources as source } from '../en/sources';

export const sources = {
  'reason.source.empty': 'leere Antwort',
  'reason.source.html': 'eine HTML-Seite statt einer Adresse',
  'reason.source.severalAddresses': 'mehrere Adressen in einer Antwort ({count})',
  'reason.source.notAnAddress': 'keine Adresse: {said}',
  'reason.source.wrongFamily': '{expected} erwartet, {got} erhalten: {address}',
  'reason.source.bogon':
    '{address} ist {kind, select, unspecified {unspezifiziert ({range})} private {privat ({range})} loopback {Loopback ({range})} linkLocal {Link-Local ({range})} multicast {Multicast ({range})} documentation {für Dokumentation reserviert ({range})} benchmarking {für Benchmarks reserviert ({range})} reserved {reserviert ({range})} cgnat {CGNAT ({range})} nonGlobal {nicht global (außerhalb von {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'antwortete {address}, die anderen Quellen einigten sich auf eine andere Adresse',
  'reason.source.failed': '{said}',
  'reason.source.filtered':
    '{address} liegt {why, select, excluded {in {range}, einem nie zu nehmenden Bereich} other {außerhalb der zu nehmenden Bereiche}}',
  'reason.source.noEgress':
    '{why, select, noInterface {es gibt keine Schnittstelle {choice}} noAddress {die Schnittstelle {choice} hat keine IPv{family}-Adresse} notHeld {keine Schnittstelle hat die Adresse {choice}} wrongFamily {{choice} ist keine IPv{family}-Adresse} other {{choice} ist nicht nutzbar}}',
  'reason.source.noGlobal': 'die Schnittstelle {interface} hat keine globale IPv{family}-Adresse',

  'sourceError.title': 'Fehler der Quellen',
  'sourceError.line': '{source}: {error}',
  'sourceError.builtInNameNotFound':
    'Der Name einer eingebauten Quelle wurde nicht gefunden (DNS): Der Namensdienst dieses Netzwerks ist womöglich ausgefallen oder filtert ihn. An ihren Einstellungen ist nichts zu ändern.',

  'sourceState.notAsked': 'Bei der letzten Prüfung nicht gefragt.',
  'sourceState.usual': 'Übliche Antwortzeit {seconds} s',

  // A source's state and last answer (renderer/src/components/SourceActivity.tsx; shared/source-state.ts).
  'web.source.state.answering': 'antwortet',
  'web.source.state.slow': 'langsam',
  'web.source.state.failing': 'gestört',
  'web.source.state.resting': 'pausiert nach Fehlern',
  'web.source.state.notAskedYet': 'noch nicht gefragt',
  'web.source.state.notAnswering': 'antwortet nicht',
  'web.source.state.noAgreement': 'keine Einigkeit',
  'web.source.notAskedBefore': 'Bisher nicht gefragt',
  'web.source.neverAnswered': 'Nie geantwortet',
  'web.source.answered': 'Geantwortet',
  'web.source.lastAnswer': 'Letzte Antwort',
  'web.source.askedAgainNextCheck': 'Wird bei der nächsten Prüfung erneut gefragt',
  'web.source.askedAgain': 'Wird erneut gefragt',
  'web.source.why': 'Warum',
  'web.source.isState': '{source}: {state}',

  // The Sources table (renderer/src/pages/SourcesGrid.tsx, sources-view.ts).
  'web.sources.none': 'Keine Quellen eingerichtet.',
  'web.sources.success': '{pct} %',
  'web.sources.successBefore': '{pct} % vor diesem Ausfall',
  'web.sources.scrollable': 'Zustand der Quellen, scrollbar',
  'web.sources.source': 'Quelle',
  'web.sources.family': 'IP-Version',
  'web.sources.state': 'Zustand',
  'web.sources.successCol': 'Erfolg',
  'web.sources.latency': 'Latenz',
  'web.sources.ms': '{ms} ms',
  'web.sources.sparkline': 'Letzte Latenzen von {source}',
  // `families`: "IPv4", "IPv4 and IPv6".
  'web.sources.noneGaveAddress':
    'Keine {families}-Quelle hat bei der letzten Prüfung eine Adresse geliefert ({asked} gefragt): Jede Zeile zeigt, was ihre Quelle geantwortet hat.',
  'web.sources.uncertainUnknown':
    'IPv{family} ist unsicher: Bei der letzten Prüfung wurde keine Adresse bestätigt. Jede Zeile zeigt, was ihre Quelle geantwortet hat und welche dasselbe antworteten.',
  // `cause`: the engine's cause of the check (reason.cause.*), when the counts are not known.
  'web.sources.uncertainCause':
    'IPv{family} ist unsicher: {cause}. Jede Zeile zeigt, was ihre Quelle geantwortet hat und welche dasselbe antworteten.',
  'web.sources.uncertain':
    'IPv{family} ist unsicher: {of} müssen dieselbe Adresse liefern; bei der letzten Prüfung {most}. Jede Zeile zeigt, was ihre Quelle geantwortet hat und welche dasselbe antworteten.',
  'web.sources.needOfSources': '{need} ihrer {count, plural, one {# Quelle} other {# Quellen}}',
  'web.sources.needOfProviders':
    '{need} ihrer {count, plural, one {# Anbieter} other {# Anbieter}} (Quellen eines Anbieters zählen einmal)',
  'web.sources.noTwoDid': 'taten das keine zwei',
  'web.sources.atMostDid': 'taten das höchstens {did}',
  'web.sources.answeredSame': 'Antwort: {ip}, wie bei {others}',
  'web.sources.answeredAlone': 'Antwort: {ip}, als einzige',
  'web.sources.gaveNoAddress': 'Keine Adresse geliefert',
  'web.sources.notAsked': 'Bei der letzten Prüfung nicht gefragt',

  'web.sourcesCard.all.offline': 'Keine Quelle hat geantwortet: Das Netz ist nicht erreichbar.',
  'web.sourcesCard.all.failing':
    '{count, plural, one {Die einzige Quelle ist gestört: {what}.} other {Alle # Quellen sind gestört: {what}.}}',
  'web.sourcesCard.all.noAgreement': 'Die Quellen haben geantwortet, aber zu wenige mit derselben Adresse.',
  'web.sourcesCard.all.notAsked':
    '{count, plural, one {Die einzige Quelle wurde noch nicht gefragt.} other {Keine der # Quellen wurde bisher gefragt.}}',
  'web.sourcesCard.all.answering':
    '{count, plural, one {Die einzige Quelle antwortet.} other {Alle # Quellen antworten.}}',
  'web.sourcesCard.showTable': '{count, plural, one {Quelle anzeigen} other {Alle # Quellen anzeigen}}',
  'web.sourcesCard.summary': '{count, plural, one {# Quelle} other {# Quellen}}: {parts}.',
  'web.sourcesCard.part': '{state} ({count})',
  'web.sourcesCard.group.offline':
    'Keine {families}-Quelle hat bei der letzten Prüfung geantwortet: Das Problem ist das Netz, nicht die Quellen',
  'web.sourcesCard.group.failing': 'Gestört: {what}',
  'web.sourcesCard.group.noAgreement': 'Geantwortet, aber zu wenige mit derselben Adresse',
  'web.sourcesCard.group.notAsked': 'Noch nicht gefragt',
  'web.sourcesCard.group.answering': 'Antworten',
  'web.sourcesCard.kind.unusable': 'die Antwort enthielt keine brauchbare Adresse',
  'web.sourcesCard.kind.outvoted': 'die anderen Quellen nannten eine andere Adresse',
} as const satisfies Area<typeof source>;
