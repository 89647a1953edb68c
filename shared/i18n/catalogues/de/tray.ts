/**
 * German (en/tray.ts). The tray's tooltip and menu.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { tray as source } from '../en/tray';

export const tray = {
  'tray.tooltip.head': 'IPWatch: {state}',
  'tray.tooltip.changedRecently': 'Adresse kürzlich geändert',
  'tray.tooltip.checking': 'wird geprüft…',
  'tray.family.notWatched': '{family}: nicht überwacht',
  'tray.family.address': '{family}: {ip}',
  'tray.family.notChecked': '{family}: noch nicht geprüft',
  'tray.family.noSource': '{family}: nicht überwacht: keine Quelle',
  'tray.family.noAnswer': '{family}: keine Antwort',
  'tray.family.unknown': '{family}: unbekannt',
  'tray.nat.direct': 'Direkt: kein NAT dazwischen',
  'tray.nat.nat': 'NAT: Ports am Router freigeben',
  'tray.nat.doubleNat': 'Doppeltes NAT: an beiden freigeben',
  'tray.nat.cgnat': 'CGNAT: keine Portfreigabe möglich',
  'tray.nat.vpn': 'VPN: Portfreigabe am Router umgangen',
  'tray.lastCheck': 'Letzte Prüfung: {ago}',
  'tray.lastCheck.never': 'Letzte Prüfung: noch keine',
  'tray.updateReady': 'Update {version} bereit: Neustart über das Menü',
  'tray.why': 'Grund: {reason}',
  'tray.dnsTrouble': 'DNS: {records}',
  'tray.dnsRecord': '{name} {type} {state}',
  'tray.dnsRecordLine': '{name} {type}: {state}',
  'tray.speedAge': '{speed} ({ago})',
  'tray.menu.address': '{family}: {ip}',
  'tray.menu.clickToCopy': 'Zum Kopieren klicken',
  'tray.menu.noAddress': 'Noch keine Adresse',
  'tray.menu.checkNow': 'Jetzt prüfen',
  'tray.menu.resume': 'Überwachung fortsetzen',
  'tray.menu.pause': 'Überwachung pausieren',
  'tray.menu.dashboard': 'Dashboard öffnen',
  'tray.menu.history': 'Verlauf',
  'tray.menu.settings': 'Einstellungen…',
  'tray.menu.startAtLogin': 'Bei der Anmeldung starten',
  'tray.menu.restartToUpdate': 'Neu starten für Update ({version})',
  'tray.menu.quit': 'IPWatch beenden',
} as const satisfies Area<typeof source>;
