/**
 * German (en/checks.ts). The Checks card: a check's result, trigger and the monitor's figures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { checks as source } from '../en/checks';

export const checks = {
  'check.result.unchanged': 'unverändert',
  'check.result.confirmed': 'bestätigt',
  'check.result.changed': 'geändert',
  'check.result.uncertain': 'unsicher',
  'check.result.unavailable': 'keine Quelle hat geantwortet',
  'check.result.disabled': 'ausgeschaltet',
  'check.result.noSource': 'nicht überwacht: keine Quelle',
  'check.noSourceLine': '{family} nicht überwacht: keine Quelle',

  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'V8-Heap {used} belegt (von {total}); nativ {native} (außerhalb des Heaps)',
  'memory.part.heap': 'Der V8-Heap',
  'memory.part.native': 'Der native Speicher',
  'memory.part.wasm': 'Der Wasm-Speicher des Verlaufs',
  'memory.bound.setting': '{bound}, so in den Einstellungen gesetzt',
  'memory.bound.cgroup-v2': '{bound}: {share} % der Grenze des Containers von {limit} (cgroup v2 memory.max)',
  'memory.bound.cgroup-v1':
    '{bound}: {share} % der Grenze des Containers von {limit} (cgroup v1 memory.limit_in_bytes)',
  'memory.bound.machine': '{bound}: {share} % des Arbeitsspeichers der Maschine von {limit} (keine Container-Grenze)',
  'memory.bound.machine-floor':
    '{floor, select, yes {{bound}: die kleinste voreingestellte Grenze, denn ein Viertel des Arbeitsspeichers der Maschine von {limit} ist weniger, als ein gesundes IPWatch brauchen kann} other {{bound}: {share} % des Arbeitsspeichers der Maschine von {limit}, denn ein Viertel ist weniger, als ein gesundes IPWatch brauchen kann}} (keine Container-Grenze)',
  'memory.summary': 'RSS über die gemessenen {duration}: jetzt {now}, höchstens {peak}. Grenze: {bound}.',
  'memory.above': 'Der RSS liegt über seiner Grenze: ein Speicherhinweis wurde gesendet.',
  'memory.app.type':
    '{type, select, browser {der Hauptprozess} tab {Seiten} gpu {der GPU-Prozess} utility {Hilfsprozesse} zygote {der Prozessstarter} sandbox {Sandbox-Helfer} pepper {Plugins} pepperBroker {der Plugin-Vermittler} unknown {unbekannte Prozesse} rest {die übrigen} other {{name}}}',
  'memory.app.part': '{type} {size}{count, plural, =1 {} other { (# Prozesse)}}',
  'memory.app.line': '{total}: {parts}',

  // The Checks card (renderer/src/pages/ChecksCard.tsx).
  'web.checks.title': 'Prüfungen',
  'web.checks.last': 'Letzte Prüfung',
  'web.checks.next': 'Nächste Prüfung',
  'web.checks.when': '{time} ({ago})',
  'web.checks.paused': 'pausiert',
  'web.checks.networkChanges': 'Netzänderungen',
  'web.checks.lastChange': '; zuletzt {ago}',
  'web.checks.router': 'Router',
  'web.checks.nat': 'NAT',
  'web.checks.runningFor': 'Überwachung läuft seit',
  'web.checks.memory': 'Belegter Arbeitsspeicher',
  'web.checks.memoryChart.title': 'Speicher im Zeitverlauf',
  'web.checks.memoryChart.rss': 'Belegter Arbeitsspeicher (RSS)',
  'web.checks.memoryChart.bound': 'Grenze',
  'web.checks.memoryChart.noBound': 'noch keine Grenze',
  'web.checks.memoryChart.empty':
    'Der Speicher wird alle {seconds} s gelesen; das Diagramm erscheint nach der zweiten Messung.',
  'web.checks.memoryChart.point': '{time}: RSS {rss}; V8-Heap {heap}; nativ {native}; Wasm {wasm}',
  'web.checks.memoryChart.table':
    '{count, plural, one {Die letzte Messung} other {Die letzten # Messungen}} als Tabelle',
  'web.checks.memoryChart.col.time': 'Zeit',
  'web.checks.memoryChart.col.rss': 'RSS',
  'web.checks.memoryChart.col.heap': 'V8-Heap in Gebrauch',
  'web.checks.memoryChart.col.native': 'Nativ',
  'web.checks.memoryChart.col.wasm': 'Wasm',
  'web.checks.memoryChart.app': 'Die übrigen Prozesse der App',
  'web.checks.memoryChart.pointApp': '{point}; übrige Prozesse der App {app}',
  'web.checks.memoryChart.col.app': 'Übrige Prozesse',
  'web.checks.memoryChart.appUnknown': 'unbekannt',
} as const satisfies Area<typeof source>;
