import type { Area } from '../area';
import type { reasons13 as source } from '../en/reasons-13';

export const reasons13 = {
  'audit.repeated':
    '({verb, select, refused {{times}-mal abgelehnt} signedOut {{times}-mal abgemeldet} signedOutEverywhere {{times}-mal überall abgemeldet} other {{times}-mal angemeldet}} in {short, select, yes {unter einer Sekunde} other {{span}}}, jeweils binnen einer Minute nach dem vorigen Mal)',
  'reason.audit.tokenSignIn': 'mit einem Token, von {from}{here, select, yes { (dieser Host)} other {}}',
  'reason.audit.tokenGone':
    'Sitzungen beendet: Token {name} ({id}) {why, select, revoked {widerrufen} rotated {erneuert} roleChanged {mit neuer Rolle} other {gilt nicht mehr}}; {count} {count, plural, one {Browsersitzung} other {Browsersitzungen}}',
  'reason.audit.viewerChange':
    'Betrachter lesen alles und ändern nichts: „{method}“ ist eine Änderung und braucht einen Admin',
  'reason.audit.viewerAct':
    'Betrachter lesen alles und ändern nichts: „{method}“ sendet eine Anfrage nach außen oder verbraucht eine. Betrachter können keine Tests oder Prüfungen auslösen: das kann nur ein Admin.',
  'reason.audit.metricsMay':
    'Ein Metrik-Token erreicht nur /metrics, /healthz und das Badge: „{method}“ darf es nicht; nutzen Sie ein Betrachter- oder Admin-Token',
  'reason.audit.metricsNoSession':
    "Ein Metrik-Token erreicht nur /metrics, /healthz und das Badge, nicht das Dashboard: Mit ihm kann man sich nicht anmelden. Senden Sie es als „Authorization: Bearer '<token>'“ an /metrics, oder melden Sie sich mit einem Betrachter- oder Admin-Token an",
} as const satisfies Area<typeof source>;
