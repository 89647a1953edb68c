/** German: the settings' words from shared/settings/service-monitor.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsServiceMonitor as source } from '../en/settings-fields-service-monitor';

export const settingsFieldsServiceMonitor = {
  'setting.label.monitor-id-c3a627': 'Dienst-ID',
  'setting.help.names-the-monitor-in-f1b5ea':
    'Bezeichnet den Dienst im Protokoll, im Verlauf, im Status und in der API.',
  'setting.label.shown-as-83280e': 'Angezeigt als',
  'setting.help.what-people-read-home-d984d9': 'Was man liest: „Home Assistant“, „SSH“, „Nextcloud“.',
  'setting.label.check-this-service-8a9819': 'Diesen Dienst prüfen',
  'setting.help.off-kept-here-never-780ee9': 'Aus: bleibt hier, wird nie geprüft.',
  'setting.label.every-seconds-f1e4ab': 'Alle (Sekunden)',
  'setting.help.checked-this-often-and-1c0d32': 'So oft geprüft und sofort nach jeder bestätigten Adressänderung.',
  'setting.label.timeout-seconds-16306c': 'Zeitlimit (Sekunden)',
  'setting.help.no-answer-within-this-7546d5': 'Keine Antwort in dieser Zeit gilt als ausgefallen.',
  'setting.label.down-after-failures-c15a42': 'Ausgefallen nach (Fehlern)',
  'setting.help.failures-in-a-row-bc4158': 'Fehler in Folge, bevor der Dienst als ausgefallen gilt.',
  'setting.label.kind-of-check-439276': 'Art der Prüfung',
  'setting.help.what-is-checked-a-0780a4': 'Was geprüft wird: ein Port, eine Webseite oder ein DNS-Name.',
  'setting.choice.a-tcp-port-accepts-4cd786': 'Ein TCP-Port nimmt an',
  'setting.choice.a-web-page-answers-7e9b62': 'Eine Webseite antwortet',
  'setting.choice.a-dns-name-points-6d4bc9': 'Ein DNS-Name zeigt hierher',
  'setting.label.dns-name-375932': 'DNS-Name',
  'setting.help.must-resolve-to-the-691e3c':
    'Muss auf die aktuelle bestätigte Adresse auflösen, z. B. home.example.org.',
  'setting.label.address-family-0dffa6': 'IP-Version',
  'setting.help.ipv4-its-a-record-862509': 'IPv4: Der A-Eintrag wird abgefragt, IPv6: der AAAA-Eintrag.',
  'setting.choice.ipv4-a-c108c5': 'IPv4 (A)',
  'setting.choice.ipv6-aaaa-5cc17e': 'IPv6 (AAAA)',
  'setting.label.dns-server-68b7a7': 'DNS-Server',
  'setting.help.ask-this-server-host-f82700': 'Diesen Server fragen (host:port); leer: der Resolver des Systems.',
  'setting.label.page-address-90cd32': 'Adresse der Seite',
  'setting.help.the-url-asked-e-577b6e': 'Die abgefragte URL, z. B. https://cloud.example.org/status.php.',
  'setting.label.expected-status-9f3775': 'Erwarteter Status',
  'setting.help.empty-any-2xx-or-12b1f4': 'Leer: Jede 2xx- oder 3xx-Antwort gilt als erreichbar.',
  'setting.label.expected-text-990077': 'Erwarteter Text',
  'setting.help.up-only-if-the-16c960': 'Nur erreichbar, wenn die Seite diesen Text enthält (erste 64 KiB).',
  'setting.help.the-socket-is-forced-a772f0': 'Die Verbindung wird darauf festgelegt.',
  'setting.choice.ipv4-45fe76': 'IPv4',
  'setting.choice.ipv6-43fe73': 'IPv6',
  'setting.label.host-name-or-address-66628b': 'Hostname oder Adresse',
  'setting.help.where-the-service-listens-3c52cd':
    'Wo der Dienst erreichbar ist: seine LAN-Adresse oder sein öffentlicher Name.',
  'setting.help.the-port-e-g-b5cf96': 'Der Port, z. B. 22 oder 443.',
  'setting.help.each-service-checked-after-dce13c':
    'Jeder Dienst, geprüft nach einer Änderung und in seinem eigenen Intervall.',
} satisfies Area<typeof source>;
