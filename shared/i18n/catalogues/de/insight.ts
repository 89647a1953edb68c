/**
 * German (en/insight.ts). The insight card and the outages.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { insight as source } from '../en/insight';

export const insight = {
  'reason.outage.noSource':
    'keine Quelle hat eine Adresse für {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 und IPv6}} geliefert',
  'reason.outage.noSourceAny': 'keine Quelle hat eine Adresse geliefert',

  // The dashboard's insight (renderer/src/pages/insight-view.ts, dashboard-insight.tsx).
  'web.insight.result.unchanged': 'ok, Adresse unverändert',
  'web.insight.result.confirmed': 'ok, Adresse bestätigt',
  'web.insight.result.changed': 'Adresse geändert',
  'web.insight.result.uncertain': 'unsicher: Die Quellen waren uneins',
  'web.insight.result.unavailable': 'fehlgeschlagen: Keine Quelle hat geantwortet',
  'web.insight.result.disabled': 'abgeschaltet',
  'web.insight.beat.ok': 'ok',
  'web.insight.beat.changed': 'geändert',
  'web.insight.beat.uncertain': 'unsicher',
  'web.insight.beat.failed': 'fehlgeschlagen',
  'web.insight.beat.off': 'aus',
  'web.insight.noChecks': 'noch keine Prüfungen',
  'web.insight.count': '{count} {kind}',
  'web.insight.uptime': 'Verfügbarkeit',
  'web.insight.uptimeCovers':
    'Bezogen auf die überwachte Zeit ab der ersten Prüfung; solange die Überwachung gestoppt oder pausiert war oder keine Quelle eingerichtet war, zählt nichts.',
  'web.insight.held': 'Wie lange eine Adresse bleibt',
  'web.insight.heldFamily': 'IPv{family}, im Mittel',
  'web.insight.heldNone': 'noch keine Änderung gesehen',
  'web.insight.heldMean': '{mean} ({addresses, plural, one {# Adresse} other {# Adressen}})',
  'web.insight.heldCovers': 'Von der ersten Sichtung einer Adresse bis zur nächsten.',
  'web.insight.recent': 'Letzte Prüfungen',
  'web.insight.noChecksYet': 'Noch keine Prüfungen: „Jetzt prüfen“ oben startet eine.',
  'web.insight.strip': 'IPv{family}, die letzten {count} Prüfungen: {summary}',
  'web.insight.beatTitle': '{time}: {result}',
  'web.insight.legend': 'Was die Markierungen bedeuten',
  'web.insight.outages': 'Ausfälle',
  'web.insight.noOutage': 'Kein Ausfall erfasst.',
  'web.insight.outagesScrollable': 'Ausfälle, scrollbar',
  'web.insight.latestOutages': 'Letzte Ausfälle',
  'web.insight.start': 'Beginn',
  'web.insight.end': 'Ende',
  'web.insight.duration': 'Dauer',
  'web.insight.cause': 'Ursache',
  'web.insight.goingOn': 'dauert an',
  'web.insight.latestOf': 'Die letzten {shown} von {total}; der Export auf der Seite Verlauf enthält alle.',
} as const satisfies Area<typeof source>;
