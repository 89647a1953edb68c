/**
 * German (en/dashboard.ts). The Dashboard page's address cards and health.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { dashboard as source } from '../en/dashboard';

export const dashboard = {
  // The Dashboard page (renderer/src/pages/Dashboard.tsx, DashboardActions.tsx).
  'web.dash.what.status': 'Status',
  'web.dash.what.changes': 'Änderungen',
  'web.dash.what.insight': 'Verfügbarkeit und letzte Prüfungen',
  'web.dash.noChange': 'Noch keine Änderung gesehen.',
  'web.dash.recentChanges': 'Letzte Änderungen',
  'web.dash.changeRow': 'IPv{family} · seit {since} · {note}',
  'web.dash.sources': 'Quellen',
  'web.dash.notifications': 'Benachrichtigungen',
  'web.dash.copyFamily': 'IPv{family} kopieren',
  'web.dash.checking': 'Prüft…',
  'web.dash.checkNow': 'Jetzt prüfen',
  'web.dash.resumeMonitoring': 'Überwachung fortsetzen',
  'web.dash.pauseMonitoring': 'Überwachung pausieren',
  'web.dash.resume': 'Fortsetzen',
  'web.dash.pause': 'Pause',
  'web.dash.changedWas': 'Geändert {ago}: vorher {was}',
  'web.dash.changedAt': 'IPv{family} hat sich um {time} geändert; die alte Adresse war {was}.',
  'web.dash.switchedOff': 'In den Einstellungen abgeschaltet.',
  'web.dash.lastKnown': 'Zuletzt bekannt',
  'web.dash.confirmedBefore': '{why}; zuletzt vor den letzten Prüfungen bestätigt.',
  'web.dash.confirmedAt': '{why}; zuletzt bestätigt {time} ({ago}).',
  'web.dash.copyAddress': 'IPv{family}-Adresse kopieren',
  'web.dash.heldSince': 'Gehalten seit',
  'web.dash.for': 'Dauer',
  'web.dash.toLastConfirmation': '(bis zur letzten Bestätigung)',
  'web.dash.network': 'Netz',
  'web.dash.behindCgnat': 'Hinter CGNAT',
  // `result` is the check's result in shared words, `witness` who vouched for the address (a router's protocol).
  'web.dash.lastCheck': 'Letzte Prüfung {ago}: {result}, {ms} ms',
  'web.dash.lastCheckVouched':
    'Letzte Prüfung {ago}: {result}, bestätigt durch {witness} (keine öffentliche Anfrage), {ms} ms',
  'web.dash.what.moreCards': 'die weiteren Karten',
  'web.dash.map.title': 'Karte',
  'web.dash.map.text':
    'Wo Ihre öffentlichen Adressen registriert waren, Land für Land, über einen Zeitraum Ihrer Wahl.',
  'web.dash.map.open': 'Karte öffnen',

  // Each family's address (renderer/src/pages/address-view.ts): `result` and `noSource` are shared words.
  'web.address.noAddress': 'Keine Adresse ({result}).',
  'web.address.notCheckedYet': 'Noch nicht geprüft.',
  'web.address.why.notConfirmed': 'nicht bestätigt',
  'web.address.why.disagreed': 'die letzte Prüfung konnte sie nicht bestätigen: Die Quellen waren uneins',
  'web.address.why.noAnswer': 'die letzte Prüfung konnte sie nicht bestätigen: Keine Quelle hat geantwortet',
  'web.address.why.off': 'nicht geprüft: abgeschaltet',
  'web.address.why.noSource': 'die letzte Prüfung hat keine Anfrage gesendet: {noSource}',
  'web.address.why.notSinceStart': 'seit dem Start der Überwachung nicht geprüft',
  'web.address.noFormer': 'keine frühere Adresse erfasst, keine Änderung',
  'web.address.firstSeen': 'erste gesehene Adresse, keine Änderung',
  'web.address.was': 'vorher {address}',
  'web.address.noChangeRecorded': 'keine Änderung erfasst',

  'web.health.badge': 'Überwachung: {health}',
  'web.health.since': 'Seit {time} ({ago}).',
} as const satisfies Area<typeof source>;
