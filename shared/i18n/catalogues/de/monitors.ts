/**
 * German (en/monitors.ts). Service monitors: their lines, states, reasons, page and editor.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { monitors as source } from '../en/monitors';

export const monitors = {
  'monitor.state.up': 'erreichbar',
  'monitor.state.down': 'ausgefallen',
  'monitor.state.unknown': 'noch unbekannt',
  'monitor.state.off': 'aus',
  'monitor.line': '{name}: {state}',
  'monitor.line.notForwarded': '{name}: {state}, aber der Router leitet nichts an seinen Port weiter',
  'monitor.line.down': '{name}: {state}{why}',
  'monitor.line.downAfterChange': '{name}: {state} seit der Adressänderung{why}',
  'monitor.line.downNotForwarded': '{name}: {state}{why}, aber der Router leitet nichts an seinen Port weiter',
  'monitor.line.downAfterChangeNotForwarded':
    '{name}: {state} seit der Adressänderung{why}, aber der Router leitet nichts an seinen Port weiter',
  'monitor.why': ' ({why})',

  'editors.monitor.inside': 'Eine Prüfung von hier zeigt, dass der Dienst läuft, nicht, dass das Internet ihn erreicht',
  'editors.monitor.list': 'Dienste',
  'editors.monitor.legend': 'Dienst',
  'editors.monitor.new': 'Neuer Dienst',
  'editors.monitor.empty': 'Keine Dienste: Hinter der Adresse wird nichts geprüft.',
  'editors.monitor.adderKind': 'Art des neuen Dienstes',
  'editors.monitor.add': 'Dienst hinzufügen',
  'editors.monitor.kind': 'Art der Prüfung',
  'editors.monitor.timing': 'Zeiten',
  'editors.monitor.testThis': 'Diesen Dienst testen',
  'editors.monitor.up': 'Erreichbar: {detail} ({ms} ms)',
  'editors.monitor.down': 'Ausgefallen ({ms} ms):',
  'editors.monitor.tcp': 'TCP-Port',
  'editors.monitor.tcp.blurb':
    'Erreichbar, wenn der Port eine Verbindung annimmt (SSH, ein Spieleserver, eine Datenbank). Es wird nichts gesendet.',
  'editors.monitor.http': 'Webseite (HTTP oder HTTPS)',
  'editors.monitor.http.blurb':
    'Erreichbar, wenn die Seite mit dem erwarteten Status antwortet (standardmäßig jeder 2xx- oder 3xx-Status) und Ihren Text enthält, falls Sie einen angeben.',
  'editors.monitor.dns': 'DNS-Name',
  'editors.monitor.dns.blurb':
    'Erreichbar, wenn der Name zu der Adresse auflöst, die IPWatch bestätigt hat: ein dynamischer DNS-Name, der mit dem Wechsel Schritt gehalten hat.',

  'reason.monitor.off': 'in den Einstellungen ausgeschaltet',
  'reason.monitor.timeout': 'keine Antwort innerhalb der Zeitgrenze',
  'reason.monitor.noAddressYet': 'noch keine bestätigte IPv{family}-Adresse zum Vergleichen',
  'reason.monitor.resolves': '{host} löst zur aktuellen Adresse auf',
  'reason.monitor.resolvesElsewhere': '{host} löst zu {found} auf, nicht zur aktuellen {current}',
  'reason.monitor.status': 'antwortete mit Status {status}',
  'reason.monitor.statusNotExpected':
    'antwortete mit Status {status}, erwartet: {expected, select, any {eine 2xx- oder 3xx-Antwort} other {Status {expected}}}',
  'reason.monitor.textMissing': 'antwortete mit Status {status}, aber ohne den erwarteten Text',
  'reason.monitor.portOpen': 'Port {port} nimmt Verbindungen an',
  'reason.monitor.failed': '{error}',
  'reason.monitor.failedLine': '{errorLine}',
  'reason.monitor.checkFailed': 'die Prüfung ist fehlgeschlagen: {said}',

  'web.monitor.down': 'Nicht erreichbar',
  'web.monitor.downAfterChange': 'Nicht erreichbar seit der Adressänderung',
  'web.monitor.noReason': 'kein Grund genannt',
  'web.monitor.failedOnce': 'Antwortete, ist seitdem einmal gescheitert',
  'web.monitor.answered': 'Antwort in {ms} ms',
  'web.monitor.failing': 'Scheitert, noch nicht als ausgefallen gezählt',
  'web.monitor.notForwarded': 'vom Router nicht weitergeleitet',
  'web.monitor.notForwardedLine':
    'Der Router hat für diesen Port keine Portfreigabe: Aus dem Internet ist er nicht erreichbar.',
  'web.monitor.insideNote':
    'Diese Prüfungen laufen von diesem Rechner aus, innerhalb Ihres Netzwerks. Gelingt eine, läuft der Dienst und antwortet von hier, aber ob er aus dem Internet erreichbar ist, zeigt sie nicht. Eine Prüfung Ihrer öffentlichen Adresse oder Ihres Namens von innen geht über das Hairpin-NAT des Routers (NAT-Loopback), nicht über den Weg von außen: Ein Router ohne diese Funktion lässt eine solche Prüfung scheitern, auch wenn Zugriffe von außen durchkommen. Nur eine Prüfung aus einem anderen Netz (ein Handy im Mobilfunknetz) zeigt, dass der Dienst von außen erreichbar ist.',

  'web.monitors.title': 'Dienste',
  'web.monitors.since': '{state} seit {time} ({ago})',
  'web.monitors.notChecked': 'noch nicht geprüft',
  'web.monitors.lastChecked': ' · zuletzt geprüft {ago}',
} as const satisfies Area<typeof source>;
