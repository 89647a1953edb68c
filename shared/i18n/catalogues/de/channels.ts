/**
 * German (en/channels.ts). Notification channels: their editor, types, events, masking and states.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { channels as source } from '../en/channels';

export const channels = {
  'editors.addDiscord.legend': 'Discord hinzufügen',
  'editors.addDiscord.webhook': 'Ein Webhook: nur Beiträge',
  'editors.addDiscord.webhookHelp':
    'Jede Benachrichtigung geht an einen Discord-Kanal. Sie müssen nichts installieren: Öffnen Sie in Discord die Kanaleinstellungen, dann Integrationen, Webhooks, Neuer Webhook, und fügen Sie die URL hier ein.',
  'editors.addDiscord.bot': 'Der Bot: auch Befehle',
  'editors.addDiscord.botHelp':
    'Postet auf Ihren Servern und beantwortet dort /ip, /status und die anderen Befehle. Braucht einen eigenen Bot: Token und Server legen Sie im Abschnitt Discord-Bot fest.',

  'editors.channel.title': '{type}: {name}',
  'editors.channel.newName': 'neuer Kanal',
  'editors.channel.type': 'Typ',
  'editors.channel.name': 'Name',
  'editors.channel.nameHelp':
    'Benennt ihn im Status, im Protokoll und im Postausgang: Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich.',
  'editors.channel.enabled': 'Aktiv',
  'editors.channel.enabledOff': 'Abgeschaltet: Es wird nichts gesendet, ein Test aber schon.',
  'editors.channel.gets': 'Was er bekommt: {events}; {mask}',
  'editors.channel.eventsAll': 'alle Ereignisse',
  'editors.channel.eventsNone': 'keine Ereignisse',
  'editors.channel.eventsSome': '{count} von {total} Ereignissen',
  'editors.channel.eventsSent': 'Gesendete Ereignisse',
  'editors.channel.noEvents': 'Keine Ereignisse: Es wird nichts gesendet.',
  'editors.channel.fixFirst': 'Korrigieren Sie die markierten Felder, um einen Test zu senden.',
  'editors.channel.sendTest': 'Test senden',
  'editors.channel.sending': 'Sende…',
  'editors.channel.sent': 'In {ms} ms gesendet: Prüfen Sie, ob er angekommen ist.',
  'editors.channel.notSent': 'Nicht gesendet:',

  'editors.channelType.discord-webhook': 'Discord-Webhook',
  'editors.channelType.discord-webhook.blurb':
    'Postet ein Embed in einen Discord-Kanal. In Discord: Kanaleinstellungen, Integrationen, Webhooks, Neuer Webhook.',
  'editors.channelType.telegram': 'Telegram',
  'editors.channelType.telegram.blurb':
    'Sendet eine Nachricht Ihres Telegram-Bots an einen Chat, eine Gruppe oder einen Kanal. Den Bot erstellen Sie mit @BotFather.',
  'editors.channelType.telegram.chatId': '-1001234567890 oder @meinkanal',
  'editors.channelType.slack': 'Slack',
  'editors.channelType.slack.blurb':
    'Postet über einen eingehenden Webhook in einen Slack-Kanal (Ihre Slack-App, Incoming Webhooks).',
  'editors.channelType.ntfy': 'ntfy',
  'editors.channelType.ntfy.blurb': 'Veröffentlicht in einem ntfy-Topic; abonnieren Sie es in der ntfy-App.',
  'editors.channelType.gotify': 'Gotify',
  'editors.channelType.gotify.blurb': 'Sendet Push-Nachrichten an Ihren Gotify-Server.',
  'editors.channelType.email': 'E-Mail (SMTP)',
  'editors.channelType.email.blurb': 'Sendet eine Nur-Text-Mail über Ihren SMTP-Server.',
  'editors.channelType.email.requireTls': 'Wenn es ein Passwort gibt (empfohlen)',
  'editors.channelType.webhook': 'Webhook',
  'editors.channelType.webhook.blurb':
    'Sendet jede Benachrichtigung als JSON (oder nach Ihrer Vorlage) an Ihre eigene URL, signiert, wenn Sie ein Geheimnis angeben: wie bei Standard Webhooks (ein Empfänger prüft sie mit dem Paket standardwebhooks) oder wie bei GitHub (X-Hub-Signature-256). Die Benachrichtigung samt Ereignis steht im signierten Body.',
  'editors.channelType.mqtt': 'MQTT / Home Assistant',
  'editors.channelType.mqtt.blurb':
    'Hält die Adressen und den Verbindungsstatus in Retained-Topics und sendet jede Benachrichtigung als Ereignis; mit Discovery zeigt Home Assistant sie als Sensoren eines Geräts.',
  'editors.channelType.teams': 'Microsoft Teams',
  'editors.channelType.teams.blurb':
    'Postet eine Karte über einen Workflows-Webhook in einen Teams-Kanal. In Teams: das …-Menü des Kanals, Workflows, „Webhookwarnungen an einen Kanal senden“.',
  'editors.channelType.pushover': 'Pushover',
  'editors.channelType.pushover.blurb':
    'Sendet an die Pushover-App. Legen Sie auf pushover.net eine Anwendung an, um deren Token zu erhalten; Ihr User Key steht auf dem Dashboard.',
  'editors.channelType.apprise': 'Apprise',
  'editors.channelType.apprise.blurb':
    'Sendet über Ihren Apprise-API-Server an jedes Ziel, das Apprise kennt: eine unter einem Schlüssel gespeicherte Konfiguration oder die hier angegebenen Apprise-URLs.',
  'editors.channelType.twilio': 'SMS (Twilio)',
  'editors.channelType.twilio.blurb':
    'Sendet eine kurze SMS über Twilio: Account SID und Auth-Token aus der Twilio-Konsole, eine Twilio-Nummer als Absender.',
  'editors.channelType.matrix': 'Matrix',
  'editors.channelType.matrix.blurb':
    'Schreibt in einen Matrix-Raum als ein Konto Ihres Homeservers, mit dessen Zugriffstoken; das Konto muss dem Raum beigetreten sein.',
  'editors.channelType.signal': 'Signal',
  'editors.channelType.signal.blurb':
    'Sendet Signal-Nachrichten über Ihren signal-cli-rest-api-Server, als das dort registrierte oder verknüpfte Konto.',
  'editors.channelType.bark': 'Bark',
  'editors.channelType.bark.blurb':
    'Sendet Push-Nachrichten an die Bark-App auf dem iPhone: mit dem Geräteschlüssel aus der App, über api.day.app oder Ihren eigenen bark-server.',
  'editors.channelType.plugin': 'Plugin',
  'editors.channelType.plugin.blurb':
    'Übergibt jede Benachrichtigung an ein eigenes Programm, benannt durch sein Manifest im Plugin-Ordner.',
  'editors.channelType.desktop': 'Desktop-Benachrichtigung',
  'editors.channelType.desktop.blurb':
    'Eine Benachrichtigung auf dem Desktop dieses Rechners; ein Server ohne Desktop-Sitzung schaltet sie ab und sagt, warum.',
  'editors.channelType.discord-bot': 'Discord-Bot',
  'editors.channelType.discord-bot.blurb':
    'Postet über den Discord-Bot in den Kanal jedes Servers (siehe Discord). Er ist von selbst da, sobald der Bot ein Token hat; fügen Sie ihn hier nur hinzu, um seine Beiträge abzuschalten, seine Ereignisse zu wählen oder Adressen zu verbergen.',
  'editors.channelType.bark.levelAuto': 'Automatisch (zeitkritisch bei schlechten Nachrichten)',
  'editors.channelType.priorityAuto': 'Automatisch (hoch bei schlechten Nachrichten)',

  'editors.event.ipv4-changed': 'IPv4-Adresse geändert',
  'editors.event.ipv6-changed': 'IPv6-Adresse geändert',
  'editors.event.flap': 'Geändert und zurückgeändert (Flattern)',
  'editors.event.offline': 'Offline',
  'editors.event.online': 'Wieder online',
  'editors.event.degraded': 'Erkennung gestört oder wiederhergestellt',
  'editors.event.frequent-changes': 'Häufige Wechsel (instabile Leitung)',
  'editors.event.started': 'Überwachung gestartet (wenn „startup“ an ist)',
  'editors.event.nat-changed': 'NAT geändert (z. B. jetzt hinter CGNAT)',
  'editors.event.provider-changed': 'Netz geändert (anderes AS oder Land)',
  'editors.event.service-down': 'Ein Dienst ist ausgefallen',
  'editors.event.service-up': 'Ein Dienst ist wieder erreichbar',
  'editors.event.ddns-stopped': 'Ein DNS-Eintrag abgeschaltet (Sie sind gefragt)',
  'editors.event.ddns-waiting': 'Ein DNS-Eintrag wartet auf einen neuen Versuch',
  'editors.event.ddns-failed': 'Ein DNS-Eintrag ist nicht aktuell',
  'editors.event.ddns-in-step': 'Ein DNS-Eintrag ist wieder aktuell',
  'editors.event.site-changed': 'Ein anderer Standort hat eine neue Adresse',
  'editors.event.site-offline': 'Ein anderer Standort ist offline',
  'editors.event.site-online': 'Ein anderer Standort ist wieder da',
  'editors.event.memory-high': 'Der Speicher von IPWatch überschritt seine Grenze',

  'editors.mask.label': 'Adressen in Nachrichten',
  'editors.mask.none': 'Adressen vollständig zeigen',
  'editors.mask.partial': 'Ende verbergen (203.0.113.xxx)',
  'editors.mask.hidden': 'Adressen ganz verbergen',
  'editors.mask.inline.none': 'Adressen vollständig',
  'editors.mask.inline.partial': 'Ende verborgen (203.0.113.xxx)',
  'editors.mask.inline.hidden': 'Adressen verborgen',

  'reason.channel.unknownType': 'unbekannter Kanaltyp „{type}“',
  'reason.channel.duplicateId': 'doppelte Kanal-ID „{id}“: Nur der erste Kanal wird verwendet',

  'reason.desktop.container': 'keine Desktop-Sitzung: läuft in einem Container',
  'reason.desktop.waylandNoSocket': 'keine Desktop-Sitzung: WAYLAND_DISPLAY nennt keinen Socket ({display})',
  'reason.desktop.noDisplay': 'keine Desktop-Sitzung: DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt',
  'reason.desktop.windowsService': 'keine Desktop-Sitzung: läuft als Windows-Dienst',
  'reason.desktop.none': 'keine Desktop-Sitzung',
  'reason.desktop.noNotifySend': 'notify-send fehlt (installieren Sie libnotify-bin)',
  'reason.desktop.notSupported': 'Desktop-Benachrichtigungen werden auf diesem System nicht unterstützt',
  'reason.desktop.noNotifier': 'dieser Prozess kann keine Desktop-Benachrichtigungen zeigen',

  'shell.desktop.test': 'Testbenachrichtigung: Desktop-Benachrichtigungen funktionieren.',
  'shell.desktop.unsupported': 'Desktop-Benachrichtigungen werden auf diesem System nicht unterstützt',

  // The notification channels (renderer/src/pages/channels-list.tsx).
  'web.channel.state.ok': 'ok',
  'web.channel.state.retrying': 'neuer Versuch',
  'web.channel.state.failing': 'gestört',
  'web.channel.state.invalid': 'ungültig',
  'web.channel.state.paused': 'pausiert',
  'web.channel.state.disabled': 'deaktiviert',
  'web.channel.state.removed': 'entfernt',
  'web.channel.sendTestTo': 'Test senden: {channel}',
  'web.channel.sending': 'Wird gesendet…',
  'web.channel.sendTest': 'Test senden',
  'web.channel.sentIn': 'Gesendet in {ms} ms',
  'web.channel.notSent': 'Nicht gesendet:',
  'web.channel.lastError': 'Letzter Fehler{recovered, select, yes {, inzwischen behoben} other {}}',
  'web.channel.lastErrorAgo': 'Letzter Fehler {ago}{recovered, select, yes {, inzwischen behoben} other {}}',
  'web.channel.none': 'Keine Benachrichtigungskanäle. Fügen Sie einen in den Einstellungen hinzu.',
  'web.channel.counts': '{pending} ausstehend · {sent} gesendet · {expired} verfallen',
  'web.channel.lastSent': ' · zuletzt gesendet {ago}',
} as const satisfies Area<typeof source>;
