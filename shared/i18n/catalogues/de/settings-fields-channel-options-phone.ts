/** German: the settings' words from shared/settings/channel-options-phone.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptionsPhone as source } from '../en/settings-fields-channel-options-phone';

export const settingsFieldsChannelOptionsPhone = {
  'setting.label.account-sid-c2b358': 'Account SID',
  'setting.help.on-the-twilio-console-75492e':
    'Auf der ersten Seite der Twilio-Konsole: AC und 32 Buchstaben und Ziffern.',
  'setting.label.auth-token-463842': 'Auth-Token',
  'setting.help.beside-the-account-sid-76122d':
    'Neben der Account SID in der Twilio-Konsole; wird als Geheimnis gespeichert.',
  'setting.label.from-187435': 'Von',
  'setting.help.your-twilio-number-14155552671-261b5b':
    'Ihre Twilio-Nummer (+14155552671), eine alphanumerische Absenderkennung, wo das Land sie erlaubt, oder eine Messaging-Service-SID (MG…).',
  'setting.label.to-41f596': 'An',
  'setting.help.the-phone-that-gets-6930ce': 'Das Telefon, das die SMS bekommt, mit Ländervorwahl: +4915112345678.',
  'setting.label.api-server-5f7d4d': 'API-Server',
  'setting.help.twilio-itself-change-it-592626': 'Twilio selbst; nur für einen Stellvertreter oder einen Proxy ändern.',
  'setting.label.homeserver-54b0e0': 'Homeserver',
  'setting.help.the-address-of-your-5fca60': 'Die Adresse Ihres Matrix-Servers, z. B. https://matrix.example.org.',
  'setting.label.room-b8297e': 'Raum',
  'setting.help.the-room-s-id-3bb8e3':
    'Die ID des Raums (!abc…:example.org, in den Raumeinstellungen unter Erweitert) oder ein Alias (#home:example.org). Das Konto muss dem Raum beigetreten sein.',
  'setting.label.access-token-7e4e05': 'Zugriffstoken',
  'setting.help.of-the-account-that-7aa173':
    'Des Kontos, das schreibt (am besten ein eigenes Bot-Konto): in Element unter Einstellungen, Hilfe & Info, Zugriffstoken.',
  'setting.label.send-as-a-notice-86ad42': 'Als Hinweis senden',
  'setting.help.as-m-notice-the-3b3f03':
    'Als m.notice, wie Bots senden: Clients zeigen ihn zurückhaltender, andere Bots übergehen ihn.',
  'setting.label.signal-cli-rest-api-a75306': 'signal-cli-rest-api',
  'setting.help.where-signal-cli-rest-0af081': 'Wo signal-cli-rest-api läuft, z. B. http://signal-api.lan:8080.',
  'setting.label.number-61e9ea': 'Nummer',
  'setting.help.the-signal-account-registered-d7ec31':
    'Das in signal-cli-rest-api registrierte oder verknüpfte Signal-Konto, mit Ländervorwahl.',
  'setting.label.recipients-83c854': 'Empfänger',
  'setting.help.phone-numbers-with-their-d44d42':
    'Telefonnummern mit Ländervorwahl oder eine Gruppe, wie signal-cli-rest-api sie nennt (group.…), nicht beides.',
  'setting.label.server-6d7302': 'Server',
  'setting.help.api-day-app-or-27fe54': 'api.day.app oder Ihr eigener bark-server.',
  'setting.label.device-key-a56452': 'Geräteschlüssel',
  'setting.help.the-key-the-bark-23815e':
    'Der Schlüssel, den die Bark-App in ihrer Serverliste zeigt (der Teil nach dem Server in ihrer URL).',
  'setting.label.group-057490': 'Gruppe',
  'setting.help.bark-groups-notices-under-e55c1c': 'Bark fasst Meldungen unter diesem Namen zusammen.',
  'setting.label.interruption-level-54ca21': 'Unterbrechungsstufe',
  'setting.help.how-the-phone-alerts-5d1752':
    'Wie das Telefon meldet; standardmäßig zeitkritisch bei schlechten Nachrichten, sonst aktiv.',
  'setting.choice.passive-no-sound-no-31b3b3': 'Passiv (kein Ton, kein Licht)',
  'setting.choice.active-1f8913': 'Aktiv',
  'setting.choice.time-sensitive-through-focus-9192c0': 'Zeitkritisch (auch im Fokus)',
  'setting.choice.critical-sounds-even-when-cbc584': 'Kritisch (klingt auch stummgeschaltet)',
} satisfies Area<typeof source>;
