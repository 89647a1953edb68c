import type { Area } from '../area';
import type { reasons12 as source } from '../en/reasons-12';

export const reasons12 = {
  'reason.bot.tokenRejected':
    'Discord hat das Bot-Token abgelehnt; legen Sie ein neues fest (der Bot versucht es erst nach einer Änderung erneut)',
  'reason.bot.waitToLogin': 'keine Verbindung: Discord bittet, {seconds} s bis zur nächsten Anmeldung zu warten',
  'reason.bot.gatewayClosed': 'Gateway endgültig geschlossen (Code {code})',
} as const satisfies Area<typeof source>;
