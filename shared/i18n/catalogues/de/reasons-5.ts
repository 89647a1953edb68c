import type { Area } from '../area';
import type { reasons5 as source } from '../en/reasons-5';

export const reasons5 = {
  'reason.speed.cancelled': 'abgebrochen',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'Speedtest-Server nicht erreichbar: {said}',
  'reason.speed.refused':
    '{kind, select, wait {der Speedtest-Server bittet, vor dem nächsten Test zu warten (HTTP 429)} forbidden {der Speedtest-Server hat die Anfrage abgelehnt (HTTP 403)} other {der Speedtest-Server antwortete mit HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {der Speedtest-Server bittet, vor dem nächsten Test zu warten (HTTP 429)} forbidden {der Speedtest-Server hat die Anfrage abgelehnt (HTTP 403)} other {der Speedtest-Server antwortete mit HTTP {status}}}: {said}',
  'reason.speed.short': 'der Speedtest-Server schickte {received} der {expected} angefragten Bytes',

  'reason.desktop.container': 'keine Desktop-Sitzung: läuft in einem Container',
  'reason.desktop.waylandNoSocket': 'keine Desktop-Sitzung: WAYLAND_DISPLAY nennt keinen Socket ({display})',
  'reason.desktop.noDisplay': 'keine Desktop-Sitzung: DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt',
  'reason.desktop.windowsService': 'keine Desktop-Sitzung: läuft als Windows-Dienst',
  'reason.desktop.none': 'keine Desktop-Sitzung',
  'reason.desktop.noNotifySend': 'notify-send fehlt (installieren Sie libnotify-bin)',

  'settings.schemaSays.duckdnsSubName': 'nur die Subdomain, z. B. myhome für myhome.duckdns.org',
  'settings.schemaSays.zoneOrId': 'geben Sie die Zone oder ihre ID an',
  'settings.schemaSays.aaaaOnly':
    'nur ein AAAA-Eintrag wählt seine Adresse: Ein A-Eintrag enthält die beobachtete IPv4-Adresse',
  'settings.schemaSays.program': 'geben Sie das auszuführende Programm mit vollständigem Pfad an',
} as const satisfies Area<typeof source>;
