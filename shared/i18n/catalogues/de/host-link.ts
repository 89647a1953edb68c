import type { Area } from '../area';
import type { hostLink as source } from '../en/host-link';

export const hostLink = {
  'web.apiError.dangerous':
    'Diese Änderung darf nur vornehmen, wer an dem Computer sitzt, auf dem IPWatch läuft (sie ändert, wohin ein gespeichertes Geheimnis geht, was dort ausgeführt wird, wer sich anmelden darf, oder senkt einen Schutz). Führen Sie auf diesem Computer `ipwatch open` aus, um zu bestätigen, dass Sie es sind, und versuchen Sie es innerhalb von 5 Minuten erneut. Mit Discord angemeldet: melden Sie sich neu an und versuchen Sie es innerhalb von 5 Minuten erneut.',
  'web.hostLink.title': 'Bestätigen, dass Sie an diesem Computer sind',
  'web.hostLink.unknown':
    'Dieser Link wurde schon benutzt, oder dieses IPWatch hat ihn nicht erstellt: Ein Link von `ipwatch open` gilt einmal.',
  'web.hostLink.expired':
    'Dieser Link kam zu spät: Ein Link von `ipwatch open` gilt innerhalb von 2 Minuten nach seiner Erstellung.',
  'web.hostLink.signIn':
    'Dieser Browser ist nicht als Admin im Dashboard angemeldet, daher gab es nichts zu bestätigen, und der Link ist verbraucht. Melden Sie sich zuerst mit einem Admin-Token an.',
  'web.hostLink.next': 'Führen Sie auf diesem Computer erneut `ipwatch open` aus.',
} as const satisfies Area<typeof source>;
