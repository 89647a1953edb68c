/**
 * German (en/serving.ts). How the dashboard is served: its certificate, host link and refused hosts.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { serving as source } from '../en/serving';

export const serving = {
  'serving.certificate.generated': 'Zertifikat (von IPWatch erstellt) SHA-256',
  'serving.certificate.configured': 'Zertifikat (aus „{setting}“) SHA-256',
  'serving.certificateLine': '{label}: {fingerprint}',
  'serving.plainHttp': 'Unverschlüsseltes HTTP ist im Netz erlaubt: Token und Dashboard werden lesbar übertragen',

  'web.hostLink.title': 'Bestätigen, dass Sie an diesem Computer sind',
  'web.hostLink.unknown':
    'Dieser Link wurde schon benutzt, oder dieses IPWatch hat ihn nicht erstellt: Ein Link von `ipwatch open` gilt einmal.',
  'web.hostLink.expired':
    'Dieser Link kam zu spät: Ein Link von `ipwatch open` gilt innerhalb von 2 Minuten nach seiner Erstellung.',
  'web.hostLink.signIn':
    'Dieser Browser ist nicht als Admin im Dashboard angemeldet, daher gab es nichts zu bestätigen, und der Link ist verbraucht. Melden Sie sich zuerst mit einem Admin-Token an.',
  'web.hostLink.next': 'Führen Sie auf diesem Computer erneut `ipwatch open` aus.',

  'web.hostRefused.title': 'Unter diesem Namen nicht erreichbar',
  'web.hostRefused.whyOff':
    'IPWatch antwortet nur auf diesem Rechner, unter localhost und 127.0.0.1, da „{setting}“ aus ist.',
  'web.hostRefused.nextOff':
    'Öffnen Sie es auf diesem Rechner über localhost, oder schalten Sie in den Einstellungen „{setting}“ ein, um es von anderen Geräten aus zu erreichen.',
  'web.hostRefused.whyPlain':
    'Über unverschlüsseltes HTTP antwortet IPWatch auf diesem Rechner nur unter localhost, 127.0.0.1 und [::1], nicht unter einem anderen Namen, der hierher führt.',
  'web.hostRefused.whyCertificate':
    'IPWatch antwortet unter den Namen und Adressen seines Zertifikats und unter localhost. Öffnen Sie es unter einem davon.',

  'web.serving.certificate': 'Zertifikat dieser Seite',
  'web.serving.compare':
    'Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Browser für diese Seite zeigt (Schloss-Symbol oder Warnung, dann die Details des Zertifikats), und mit dem, den <code>ipwatch status</code> auf dem Rechner ausgibt, auf dem IPWatch läuft. Weichen sie ab, hat etwas zwischen Ihnen und diesem Rechner an Stelle von IPWatch geantwortet und gesehen, wie Sie sich angemeldet haben: Hören Sie hier auf, erneuern Sie auf diesem Rechner das verwendete Token (<code>ipwatch token rotate NAME</code>) und melden Sie sich dann überall ab.',
} as const satisfies Area<typeof source>;
