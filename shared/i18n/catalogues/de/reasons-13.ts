import type { Area } from '../area';
import type { reasons13 as source } from '../en/reasons-13';

export const reasons13 = {
  'audit.repeated':
    '({verb, select, refused {{times}-mal abgelehnt} other {{times}-mal angemeldet}} in {short, select, yes {unter einer Sekunde} other {{span}}}, jeweils binnen einer Minute nach dem vorigen Mal)',
  'reason.audit.tokenSignIn': 'mit einem Token, von {from}{here, select, yes { (dieser Host)} other {}}',
  'reason.audit.tokenGone':
    'Sitzungen beendet: Token {name} ({id}) gilt nicht mehr; {count} {count, plural, one {Browsersitzung} other {Browsersitzungen}}',
} as const satisfies Area<typeof source>;
