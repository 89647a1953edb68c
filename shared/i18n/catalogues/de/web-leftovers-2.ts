import type { Area } from '../area';
import type { webLeftovers2 as source } from '../en/web-leftovers-2';

export const webLeftovers2 = {
  'settingName.within': '{group} › {label}',
  'settingName.either': '{first} oder {second}',
  'settingName.item': '{label} › {item}',
  'error.egressRefused':
    '{known, select, yes {IPWatch hat keine Verbindung zu {place} aufgebaut} other {IPWatch hat keine Verbindung aufgebaut}}: Die Verbindung ist nicht gelistet, und „{setting}“ ist an.',
  'error.egressLocal':
    '{known, select, yes {IPWatch hat keine Verbindung zu {place} aufgebaut} other {IPWatch hat keine Verbindung aufgebaut}}: Der Name ergab eine Adresse dieses Rechners oder seines lokalen Netzes, für die er nicht angegeben ist, und „{setting}“ ist an.',
  'error.network':
    '{known, select, yes {Die Anfrage an {place} ist im Netzwerk gescheitert} other {Die Anfrage ist im Netzwerk gescheitert}}: Versuchen Sie es erneut; ist dieser Rechner online?',
  'error.httpStatus':
    '{known, select, yes {{place} hat mit einem Fehler geantwortet} other {Der Dienst hat mit einem Fehler geantwortet}}: Versuchen Sie es später erneut; hält es an, prüfen Sie die Adresse.',
  'error.rateLimited':
    '{known, select, yes {{place} bittet IPWatch, seltener zu fragen} other {Der Dienst bittet IPWatch, seltener zu fragen}}: Die nächste Anfrage wartet länger.',
  'error.unreadable':
    '{known, select, yes {Die Antwort von {place} war nicht lesbar} other {Die Antwort war nicht lesbar}}: Vielleicht sendet der Dienst inzwischen etwas anderes.',
  'error.short.proxyRefused': 'der Proxy hat die Verbindung abgelehnt',
  'error.short.proxyUnusable': 'der Proxy aus der Umgebung ist nicht nutzbar',
  'error.short.cancelled': 'vor einer Antwort abgebrochen',
  'error.short.tooLarge': 'die Antwort war zu groß',
  'web.hostRefused.title': 'Unter diesem Namen nicht erreichbar',
  'web.hostRefused.whyOff':
    'IPWatch antwortet nur auf diesem Rechner, unter localhost und 127.0.0.1, da „{setting}“ aus ist.',
  'web.hostRefused.nextOff':
    'Öffnen Sie es auf diesem Rechner über localhost, oder schalten Sie in den Einstellungen „{setting}“ ein, um es von anderen Geräten aus zu erreichen.',
  'web.hostRefused.whyPlain':
    'Über unverschlüsseltes HTTP antwortet IPWatch auf diesem Rechner nur unter localhost, 127.0.0.1 und [::1], nicht unter einem anderen Namen, der hierher führt.',
  'web.hostRefused.whyCertificate':
    'IPWatch antwortet unter den Namen und Adressen seines Zertifikats und unter localhost. Öffnen Sie es unter einem davon.',
} as const satisfies Area<typeof source>;
