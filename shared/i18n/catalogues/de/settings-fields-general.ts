/** German: the settings' words from shared/settings/index.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsGeneral as source } from '../en/settings-fields-general';

export const settingsFieldsGeneral = {
  'setting.label.failures-before-a-source-e5fea5': 'Fehler, bis eine Quelle zurückgestellt wird',
  'setting.help.failures-in-a-row-929340':
    'Fehler in Folge, die den Schutzschalter (Circuit Breaker) einer Quelle auslösen.',
  'setting.label.first-retry-of-a-441452': 'Erster neuer Versuch einer zurückgestellten Quelle (Sekunden)',
  'setting.help.doubles-after-each-failed-45bd7f':
    'Verdoppelt sich nach jedem gescheiterten Versuch, mit etwas Zufall, bis zur längsten Wartezeit.',
  'setting.label.longest-wait-before-a-d036bd': 'Längste Wartezeit vor einem neuen Versuch (Sekunden)',
  'setting.label.daily-backups-kept-1bd48b': 'Aufbewahrte tägliche Sicherungen',
  'setting.help.daily-copies-of-the-0bf1f8': 'Tägliche Kopien des Verlaufs, aufbewahrt unter backups im Datenordner.',
  'setting.label.hourly-statistics-kept-days-febc8c': 'Stündliche Statistik aufbewahren (Tage)',
  'setting.help.days-of-hourly-source-c24920':
    'Tage mit stündlicher Statistik der Quellen; ältere Tage behalten nur ihre Summen.',
  'setting.label.log-level-4e99dd': 'Protokollstufe',
  'setting.help.the-least-severe-messages-e42ba2': 'Die unwichtigsten Meldungen, die das Protokoll noch aufnimmt.',
  'setting.choice.debug-everything-ababbd': 'Debug (alles)',
  'setting.choice.info-8fe1e6': 'Info',
  'setting.choice.warnings-and-errors-8263a1': 'Warnungen und Fehler',
  'setting.choice.errors-only-fafb79': 'Nur Fehler',
  'setting.label.check-every-seconds-4858b1': 'Prüfen alle (Sekunden)',
  'setting.help.time-between-two-regular-d3aa91':
    'Zeit zwischen zwei regulären Prüfungen; nach einem Netzwerkwechsel oder dem Aufwachen aus dem Ruhezustand wird sofort geprüft.',
  'setting.label.watch-ipv4-d1e057': 'IPv4 überwachen',
  'setting.help.check-and-report-the-b518d8': 'Die öffentliche IPv4-Adresse prüfen und melden.',
  'setting.label.watch-ipv6-d3e05b': 'IPv6 überwachen',
  'setting.help.check-and-report-the-29f7b2': 'Die öffentliche IPv6-Adresse prüfen und melden.',
  'setting.label.a-new-ipv6-address-ccbd95': 'Als neue IPv6-Adresse gilt',
  'setting.help.whether-a-new-privacy-7bcc44': 'Ob eine neue Privacy-Adresse im selben /64-Präfix als Änderung zählt.',
  'setting.choice.a-new-64-prefix-5f497d': 'Ein neues /64-Präfix (Privacy-Adressen sind keine Änderung)',
  'setting.choice.any-new-address-053a51': 'Jede neue Adresse',
  'setting.label.sources-that-must-agree-97ce71': 'Quellen, die übereinstimmen müssen',
  'setting.help.answers-from-different-providers-ba3f4c':
    'Antworten verschiedener Anbieter, die eine neue Adresse bestätigen müssen.',
  'setting.label.ask-public-sources-at-69823a': 'Öffentliche Quellen fragen, mindestens alle (Minuten)',
  'setting.help.while-the-router-or-07154f':
    'Solange der Router oder eine Schnittstelle die Adresse bestätigt, senden Prüfungen dazwischen keine Anfrage; 0: immer fragen.',
  'setting.label.request-timeout-ms-145bb0': 'Zeitlimit je Anfrage (ms)',
  'setting.help.how-long-one-source-7efdde':
    'Wie lange eine Quelle für die Antwort brauchen darf, bevor sie als gescheitert gilt.',
  'setting.label.check-when-the-network-5745b2': 'Bei Netzwerkwechsel prüfen',
  'setting.help.watch-the-network-interfaces-079255':
    'Die Netzwerkschnittstellen beobachten und bei Änderungen sofort prüfen.',
  'setting.label.network-sampling-ms-7e90b4': 'Netzwerk-Abfrageintervall (ms)',
  'setting.help.how-often-interfaces-and-e83f5b':
    'Wie oft Schnittstellen und Uhr gelesen werden, wo das Betriebssystem keine Ereignisse meldet (Windows, ohne iproute2).',
  'setting.label.wait-after-a-network-e99187': 'Warten nach Netzwerkwechsel (ms)',
  'setting.help.time-given-to-a-cb3858': 'Zeit, die eine neue Verbindung zum Aufbau bekommt, bevor geprüft wird.',
  'setting.label.mark-a-change-for-67cad3': 'Änderung markieren für (Minuten)',
  'setting.help.how-long-the-dashboard-c3a54c':
    'Wie lange Adresskarte, Seitentitel und Symbol des Dashboards eine neue Adresse als geändert zeigen; 0: nie.',
  'setting.label.settings-format-112076': 'Format der Einstellungen',
  'setting.help.set-by-ipwatch-an-88eb54':
    "Von IPWatch gesetzt; eine ältere Datei wird einmal umgestellt, ihr alter Text bleibt als settings.v'<'N>.json erhalten.",
  'setting.label.monitoring-37d11c': 'Überwachung',
  'setting.help.how-often-and-how-da6433': 'Wie oft und wie IPWatch Ihre öffentlichen Adressen abfragt.',
  'setting.label.source-health-afa464': 'Zustand der Quellen',
  'setting.help.when-a-failing-source-5a45a4':
    'Wann eine fehlerhafte Quelle zurückgestellt und wie bald sie erneut gefragt wird.',
  'setting.label.sources-a2c773': 'Quellen',
  'setting.help.the-services-asked-for-70f504': 'Die Dienste, die nach Ihrer Adresse gefragt werden.',
  'setting.label.history-7d9659': 'Verlauf',
  'setting.help.how-long-backups-and-51baef': 'Wie lange Sicherungen und Statistiken des Verlaufs aufbewahrt werden.',
  'setting.label.web-dashboard-and-api-50b73e': 'Web-Dashboard und API',
  'setting.help.this-dashboard-in-a-5c1b52': 'Dieses Dashboard im Browser und die HTTP-API für Skripte und Prometheus.',
  'setting.help.the-home-router-s-1fbe77':
    'Was der Heimrouter über seine externe Adresse sagt: sofortige Prüfungen, weniger Anfragen, die Einschätzung des NAT.',
  'setting.label.logging-63e9d3': 'Protokoll',
  'setting.help.what-the-log-keeps-5ea1c8': 'Was das Protokoll aufnimmt.',
  'setting.label.notifications-381d19': 'Benachrichtigungen',
  'setting.help.when-to-notify-and-aab31d': 'Wann benachrichtigt wird und wie Zustellungen wiederholt werden.',
  'setting.label.discord-bot-97fe8c': 'Discord-Bot',
  'setting.help.slash-commands-and-change-f99e4b':
    'Slash-Befehle und Änderungsmeldungen in Ihrem Server; aus, bis ein Token gesetzt ist.',
  'setting.label.dynamic-dns-cfb063': 'Dynamisches DNS',
  'setting.help.host-names-kept-pointing-5fa4af':
    'Hostnamen, die auf diese Adresse zeigen sollen, geprüft an ihren autoritativen Servern.',
  'setting.label.network-identity-4f0fa2': 'Netz und Anbieter',
  'setting.help.who-gives-you-each-3593ac':
    'Wer Ihnen jede Adresse gibt und wo: AS, Organisation, Land, VPN-Kennzeichen.',
  'setting.label.service-monitors-5c1e18': 'Dienste',
  'setting.help.whether-your-services-are-b01a31': 'Ob Ihre Dienste nach einer Änderung noch erreichbar sind.',
  'setting.label.program-on-change-bad061': 'Programm bei Änderung',
  'setting.help.a-program-of-yours-767335': 'Ein eigenes Programm, bei jeder Änderung mit dem Ereignis gestartet.',
  'setting.label.heartbeat-4e62a3': 'Heartbeat',
  'setting.help.pings-to-a-service-b19a8d': 'Pings an einen Dienst, der bemerkt, wenn IPWatch selbst stoppt.',
  'setting.label.speed-test-af21bd': 'Speedtest',
  'setting.help.download-and-upload-speed-d9ca28':
    'Download- und Upload-Geschwindigkeit, auf Wunsch oder nach Zeitplan; standardmäßig aus.',
  'setting.label.path-eb66e4': 'Weg',
  'setting.help.the-route-to-a-3e3a15':
    'Der Weg zu einem öffentlichen Ziel, verfolgt bei jedem Wechsel und auf Wunsch; standardmäßig aus.',
  'setting.label.fleet-8b5615': 'Verbund',
  'setting.help.sites-published-to-and-0cdacf': 'Standorte, über einen MQTT-Broker veröffentlicht und beobachtet.',
  'setting.label.memory-58f879': 'Speicher',
  'setting.help.ipwatch-s-own-memory-194a2f':
    'Der eigene Speicher von IPWatch: wie oft er gemessen wird, und die Grenze, die einen Hinweis sendet.',
} satisfies Area<typeof source>;
