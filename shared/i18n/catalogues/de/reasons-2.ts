/** German: a source's reasons (en/reasons-2.ts). */
import type { Area } from '../area';
import type { reasons2 as source } from '../en/reasons-2';

export const reasons2 = {
  'reason.source.empty': 'leere Antwort',
  'reason.source.html': 'eine HTML-Seite statt einer Adresse',
  'reason.source.severalAddresses': 'mehrere Adressen in einer Antwort ({count})',
  'reason.source.notAnAddress': 'keine Adresse: {said}',
  'reason.source.wrongFamily': '{expected} erwartet, {got} erhalten: {address}',
  'reason.source.bogon':
    '{address} ist {kind, select, unspecified {unspezifiziert ({range})} private {privat ({range})} loopback {Loopback ({range})} linkLocal {Link-Local ({range})} multicast {Multicast ({range})} documentation {für Dokumentation reserviert ({range})} benchmarking {für Benchmarks reserviert ({range})} reserved {reserviert ({range})} cgnat {CGNAT ({range})} nonGlobal {nicht global (außerhalb von {range})} other {{kind} ({range})}}',
  'reason.source.outvoted': 'antwortete {address}, die anderen Quellen einigten sich auf eine andere Adresse',
  'reason.source.failed': '{said}',

  'sourceError.title': 'Fehler der Quellen',
  'sourceError.line': '{source}: {error}',
} as const satisfies Area<typeof source>;
