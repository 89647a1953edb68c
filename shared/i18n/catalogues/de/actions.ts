/**
 * German (en/actions.ts). What a person did or asked for, as the audit log and refusals name it.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { actions as source } from '../en/actions';

export const actions = {
  'action.pause': 'Überwachung pausieren',
  'action.resume': 'Überwachung fortsetzen',
  'action.checkNow': 'jetzt prüfen',
  'action.saveSettings': 'Einstellungen ändern',
  'action.testChannel': 'Testbenachrichtigung senden',
  'action.testSource': 'Quelle testen',
  'action.testDdnsRecord': 'DNS-Eintrag testen',
  'action.retryDdnsRecord': 'DNS-Eintrag erneut versuchen',
  'action.testMonitor': 'Dienst testen',
  'action.runSpeedTest': 'Speedtest starten',
  'action.tracePath': 'Weg verfolgen',
  'action.setQuiet': 'ein Ruhefenster beginnen oder beenden',
  'action.testHook': 'Hook testweise ausführen',
  'action.testHeartbeat': 'Heartbeat-Ping senden',
  'action.testFleet': 'Broker des Verbunds testen',
  'action.revokeSession': 'Browser-Sitzung widerrufen',
  'action.backup': 'Verlauf sichern',
  'action.restore': 'Verlauf wiederherstellen',
  'action.importHistory': 'Verlauf importieren',
  'action.endFirstRun': 'Ersteinrichtung beenden',
  'action.forgetSite': 'Standort des Verbunds vergessen',
} as const satisfies Area<typeof source>;
