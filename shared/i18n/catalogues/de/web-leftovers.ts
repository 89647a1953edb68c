import type { Area } from '../area';
import type { webLeftovers as source } from '../en/web-leftovers';

export const webLeftovers = {
  'web.activity.notice.named': '„{name}“',

  'web.apiError.noAnswer':
    'keine Antwort von IPWatch (es wurde vielleicht beendet, oder das Netz zwischen Ihnen und IPWatch ist gestört)',
  'web.apiError.signedOut': 'abgemeldet',
  'web.apiError.internal': 'die Anfrage ist fehlgeschlagen; den Grund nennt das Protokoll',
  'web.apiError.crossSite': 'Anfragen von anderen Websites werden abgelehnt',
  'web.apiError.forbidden': 'die App hat das abgelehnt: Ihre Anmeldung darf das nicht (HTTP 403)',
  'web.apiError.notFound': 'das gibt es in der App nicht (HTTP 404): vielleicht wurde es inzwischen entfernt',
  'web.apiError.conflict': 'das geht in der App gerade nicht (HTTP 409)',
  'web.apiError.tooLarge': 'die App lehnt eine so große Anfrage ab (HTTP 413)',
  'web.apiError.busy': 'die App ist ausgelastet (HTTP {status}): versuchen Sie es gleich noch einmal',
  'web.apiError.refused': 'die App hat die Anfrage abgelehnt (HTTP {status})',
  'web.apiError.failed': 'in der App ist ein Fehler aufgetreten (HTTP {status})',
  'web.apiError.diskFull':
    'der Datenträger ist voll: die Einstellungen wurden nicht gespeichert, nichts wurde geändert. Geben Sie auf dem Datenträger des Datenordners Speicherplatz frei und speichern Sie dann erneut',
  'web.apiError.foreignSchema':
    'diese Datei enthält Datenbankobjekte (eine View, einen Trigger, eine Tabelle oder einen Index), die IPWatch nicht oder anders anlegt; sie wird nicht verwendet',
  'web.apiError.answered': 'Antwort der App: „{said}“',
  'web.apiError.said': '{refusal}; Antwort der App: „{said}“',
} satisfies Area<typeof source>;
