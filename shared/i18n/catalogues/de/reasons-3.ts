import type { Area } from '../area';
import type { reasons3 as source } from '../en/reasons-3';

export const reasons3 = {
  'reason.ddns.off': 'in den Einstellungen ausgeschaltet',
  'reason.ddns.noAddressYet': 'wartet auf eine bestätigte Adresse',
  'reason.ddns.providerWait': 'wartet auf den Zeitpunkt, den der Anbieter genannt hat',
  'reason.ddns.tryingAgain': 'neuer Versuch',
  'reason.ddns.noReason': 'kein Grund angegeben',
  'reason.ddns.stopped': 'angehalten',
  'reason.ddns.noRoute': 'kein autoritativer Server ist von hier erreichbar (keine Route): {servers}',
  'reason.ddns.noRouteNone': 'kein autoritativer Server ist von hier erreichbar (keine Route): keiner gefunden',
  'reason.ddns.proxied': 'über den Cloudflare-Proxy; der DNS-Eintrag enthält {address}',
  'reason.ddns.http':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage so ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}} ({statusName})',
  'reason.ddns.httpSaid':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage so ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}}: {said} ({statusName})',
  'reason.ddns.duckdnsKo': '{label}: KO (Token oder Domain falsch)',

  'reason.outage.noSource':
    'keine Quelle hat eine Adresse für {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 und IPv6}} geliefert',
  'reason.outage.noSourceAny': 'keine Quelle hat eine Adresse geliefert',
} satisfies Area<typeof source>;
