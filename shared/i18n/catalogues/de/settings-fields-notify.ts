/** German: the settings' words from shared/settings/notify.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsNotify as source } from '../en/settings-fields-notify';

export const settingsFieldsNotify = {
  'setting.label.channel-id-3903fe': 'Kanal-ID',
  'setting.help.a-short-unique-name-8d4f18':
    'Ein kurzer, eindeutiger Name: Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich.',
  'setting.label.channel-type-151683': 'Kanaltyp',
  'setting.help.the-service-this-channel-fc2f13':
    'Der Dienst, an den dieser Kanal sendet: Desktop, Discord, Slack, Telegram, E-Mail …',
  'setting.label.send-through-this-channel-5b7778': 'Über diesen Kanal senden',
  'setting.help.off-keeps-the-channel-5109b6': 'Aus: Die Einstellungen des Kanals bleiben, gesendet wird nichts.',
  'setting.label.events-sent-e2978a': 'Gesendete Ereignisse',
  'setting.help.what-this-channel-is-ffdf5c':
    'Worüber dieser Kanal informiert wird; „gestartet“ braucht auch „Beim Start von IPWatch benachrichtigen“.',
  'setting.help.how-addresses-appear-in-baa3d9': 'Wie Adressen in den Nachrichten dieses Kanals erscheinen.',
  'setting.label.unconfirmed-checks-before-a-59c5cd': 'Unbestätigte Prüfungen bis zur Warnung',
  'setting.help.checks-in-a-row-faf4ea':
    'Prüfungen einer IP-Version in Folge, bei denen die Quellen nicht übereinstimmten.',
  'setting.label.set-aside-sources-before-04c3ed': 'Zurückgestellte Quellen bis zur Warnung',
  'setting.help.sources-whose-circuit-breaker-cc3cd8': 'Quellen, deren Schutzschalter gleichzeitig ausgelöst ist.',
  'setting.label.changes-that-make-a-f7e046': 'Änderungen bis zur Warnung',
  'setting.help.address-changes-of-one-d80fb8':
    'Adressänderungen einer IP-Version innerhalb des Zeitfensters, die auf eine instabile Leitung deuten.',
  'setting.label.within-seconds-9589ae': 'Innerhalb von (Sekunden)',
  'setting.help.the-time-those-changes-cc5fc6': 'Der Zeitraum, in den diese Änderungen fallen müssen.',
  'setting.label.time-zone-of-messages-b6b798': 'Zeitzone der Nachrichten',
  'setting.help.the-iana-zone-for-f1be6d':
    'Die IANA-Zeitzone für Uhrzeiten in Nachrichten, z. B. Europe/Berlin; leer: die dieses Rechners.',
  'setting.label.report-offline-after-seconds-dc98fe': 'Offline melden nach (Sekunden)',
  'setting.help.time-without-a-connection-b5f4f8':
    'Zeit ohne Verbindung bis zur Offline-Benachrichtigung; kurze Aussetzer bleiben still.',
  'setting.label.hold-changes-for-seconds-3134dd': 'Änderungen zurückhalten (Sekunden)',
  'setting.help.a-change-back-within-72d73f':
    'Ein Zurückwechseln in dieser Zeit ergibt eine einzige Benachrichtigung; 0 sendet jede Änderung sofort.',
  'setting.label.frequent-changes-ac9781': 'Häufige Änderungen',
  'setting.help.warn-of-a-flaky-132782': 'Vor einer instabilen Verbindung warnen, wenn sich die Adresse oft ändert.',
  'setting.label.unreliable-detection-ea71a4': 'Unzuverlässige Erkennung',
  'setting.help.warn-when-the-address-2bb82e': 'Warnen, wenn sich die Adresse nicht zuverlässig bestätigen lässt.',
  'setting.label.notify-when-ipwatch-starts-206b92': 'Beim Start von IPWatch benachrichtigen',
  'setting.help.send-a-started-notice-527de9':
    'Bei jedem Start eine Benachrichtigung „gestartet“ mit den aktuellen Adressen senden.',
  'setting.label.give-up-delivering-after-f06d4a': 'Zustellung aufgeben nach (Stunden)',
  'setting.help.a-notification-that-has-78d71c':
    'Eine Benachrichtigung, die so lange gewartet hat (solange IPWatch läuft), gilt beim nächsten gescheiterten Versuch als abgelaufen, nie ohne einen Versuch.',
  'setting.label.delivery-retries-a72ec0': 'Erneute Zustellversuche',
  'setting.help.how-a-delivery-that-af872f': 'Wie eine gescheiterte Zustellung wiederholt wird.',
  'setting.label.first-retry-after-seconds-5f74e7': 'Erste Wiederholung nach (Sekunden)',
  'setting.help.doubles-after-each-failed-298691':
    'Verdoppelt sich nach jedem gescheiterten Versuch, mit Zufallsanteil; das Retry-After eines Dienstes kann eine Wartezeit bis auf 6 h verlängern.',
  'setting.label.longest-wait-between-attempts-dc9329': 'Längste Wartezeit zwischen Versuchen (Sekunden)',
  'setting.help.the-cap-of-that-e84ee0': 'Obergrenze dieser Wartezeit; mindestens die erste Wiederholung.',
  'setting.label.failures-before-failing-cf9af9': 'Fehlversuche bis „schlägt fehl“',
  'setting.help.failed-attempts-in-a-854245':
    'Gescheiterte Versuche in Folge, nach denen ein Kanal als „schlägt fehl“ gilt statt als „neuer Versuch“.',
  'setting.label.delivery-timeout-seconds-326d42': 'Zeitlimit der Zustellung (Sekunden)',
  'setting.help.how-long-one-delivery-459f8a': 'Wie lange ein Zustellversuch dauern darf.',
  'setting.label.keep-delivered-notifications-days-52ba91': 'Zugestellte Benachrichtigungen behalten (Tage)',
  'setting.help.days-sent-and-expired-2185ce':
    'So viele Tage bleiben gesendete und abgelaufene Benachrichtigungen im Postausgang.',
  'setting.help.where-notifications-go-desktop-86efa1':
    'Wohin Benachrichtigungen gehen: Desktop, Discord, Slack, Telegram, E-Mail, Webhooks …',
  'setting.label.recurring-quiet-windows-3dc1ec': 'Wiederkehrende Ruhefenster',
  'setting.help.times-notices-wait-and-856cf6':
    'Zeiten, in denen Benachrichtigungen warten und am Ende des Fensters in einer Zusammenfassung gesagt werden, z. B. eine nächtliche Neueinwahl.',
  'setting.label.window-id-28e031': 'Fenster-ID',
  'setting.label.starts-cron-c56833': 'Beginnt (Cron)',
  'setting.help.when-each-window-starts-917611':
    'Wann jedes Fenster beginnt, als Cron: Minute Stunde Tag Monat Wochentag, z. B. 0 3 * * * für täglich 03:00 Uhr.',
  'setting.label.time-zone-of-the-51e323': 'Zeitzone des Fensters',
  'setting.help.the-iana-zone-the-cfd165':
    'Die IANA-Zone, in der der Cron gelesen wird, z. B. Europe/Berlin; leer: die dieses Rechners.',
  'setting.label.lasts-minutes-664344': 'Dauert (Minuten)',
  'setting.help.how-long-each-window-63585a': 'Wie lange jedes Fenster ruhig bleibt.',
  'setting.label.channels-kept-quiet-99a16f': 'Ruhige Kanäle',
  'setting.help.the-channel-ids-this-b0e53f':
    'Die Kanal-IDs, die dieses Fenster zurückhält; keine angegeben: alle Kanäle.',
  'setting.label.expected-change-320bb8': 'Erwarteter Wechsel',
  'setting.help.the-window-is-for-c2f52a':
    'Das Fenster gilt einem erwarteten Wechsel, etwa einer nächtlichen Neueinwahl: der Status sagt es.',
} satisfies Area<typeof source>;
