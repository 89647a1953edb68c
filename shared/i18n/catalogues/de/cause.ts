/** Warum eine Prüfung keine Adresse fand (en/cause.ts). */
import type { Area } from '../area';
import type { cause as source } from '../en/cause';

export const cause = {
  'reason.cause.network': 'keine Quelle erreichbar: das Netzwerk ist getrennt oder hat keinen Weg nach draußen',
  'reason.cause.noAddress':
    'Quellen haben geantwortet, aber ohne Adresse: womöglich steht eine Anmeldeseite oder ein Filter im Weg',
  'reason.cause.differ': 'die Quellen nannten verschiedene Adressen',
  'reason.cause.tooFew': 'zu wenige Quellen nannten dieselbe Adresse',
  'reason.cause.noIpv6': 'IPv4 funktioniert, aber keine IPv6-Quelle ist erreichbar: dieses Netzwerk hat wohl kein IPv6',
  'reason.cause.noIpv4': 'IPv6 funktioniert, aber keine IPv4-Quelle ist erreichbar: dieses Netzwerk hat wohl kein IPv4',
  'reason.cause.noSource': 'keine Quelle eingerichtet',
  'cause.advice.network': 'Prüfen Sie die Netzwerkverbindung dieses Rechners (Kabel, WLAN, VPN).',
  'cause.advice.noAddress': 'Im WLAN eines Hotels oder Cafés melden Sie sich auf dessen Portalseite an.',
  'cause.advice.noIpv6': 'Dann schalten Sie IPv6 in den Einstellungen aus.',
  'cause.advice.noIpv4': 'Dann schalten Sie IPv4 in den Einstellungen aus.',
  'cause.offline': 'Kein Internet: {cause}. Die Prüfungen wiederholen sich von selbst.',
  'cause.note': '{family}: {cause}.',
  'sourceError.builtInNameNotFound':
    'Der Name einer eingebauten Quelle wurde nicht gefunden (DNS): Der Namensdienst dieses Netzwerks ist womöglich ausgefallen oder filtert ihn. An ihren Einstellungen ist nichts zu ändern.',
} as const satisfies Area<typeof source>;
