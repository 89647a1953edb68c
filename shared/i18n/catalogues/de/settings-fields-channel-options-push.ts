/** German: the settings' words from shared/settings/channel-options-push.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsChannelOptionsPush as source } from '../en/settings-fields-channel-options-push';

export const settingsFieldsChannelOptionsPush = {
  'setting.label.workflow-url-6a80a6': 'Workflow-URL',
  'setting.help.in-teams-the-channel-b3f8cc':
    'In Teams: die Workflows des Kanals, „Webhookwarnungen an einen Kanal senden“, dann dessen URL kopieren. Ihr Teil sig= ist geheim: Wer ihn kennt, kann posten.',
  'setting.label.application-token-d857c0': 'Anwendungstoken',
  'setting.help.pushover-net-your-applications-c1baaf':
    'pushover.net, Your Applications, Create an Application: dessen API-Token.',
  'setting.label.user-key-f41bce': 'Benutzerschlüssel',
  'setting.help.your-user-key-on-778338':
    'Ihr Benutzerschlüssel (im pushover.net-Dashboard) oder ein Gruppenschlüssel.',
  'setting.label.devices-27acf3': 'Geräte',
  'setting.help.only-these-devices-comma-a3b40c':
    'Nur diese Geräte (Namen, durch Kommas getrennt); leer: alle Ihre Geräte.',
  'setting.label.priority-e68d9f': 'Priorität',
  'setting.help.how-pushover-alerts-by-160d25':
    'Wie Pushover alarmiert; standardmäßig hoch bei schlechten Nachrichten, sonst normal.',
  'setting.choice.0-normal-8d7b2a': '0 (normal)',
  'setting.choice.1-high-bypasses-quiet-67f116': '1 (hoch, auch in Ruhezeiten)',
  'setting.choice.2-no-alert-75798e': '-2 (kein Alarm)',
  'setting.choice.1-quiet-77e203': '-1 (leise)',
  'setting.label.sound-b3ca9a': 'Ton',
  'setting.help.a-sound-name-from-3b3864': 'Ein Tonname aus der Pushover-App (z. B. siren, none); leer: Ihr Standard.',
  'setting.label.link-8e08e5': 'Link',
  'setting.help.shown-with-each-message-f3acf9':
    'Erscheint bei jeder Nachricht, z. B. die Adresse des IPWatch-Dashboards.',
  'setting.help.pushover-itself-change-it-a58d65': 'Pushover selbst; nur für einen Ersatz oder einen Proxy ändern.',
  'setting.label.apprise-api-server-d994ac': 'Apprise-API-Server',
  'setting.help.where-the-apprise-api-ed56a1': 'Wo die Apprise-API läuft, z. B. http://apprise.lan:8000.',
  'setting.label.configuration-key-4a418c': 'Konfigurationsschlüssel',
  'setting.help.the-key-of-a-67191d':
    "Der '{'KEY'}' einer in Apprise gespeicherten Konfiguration (POST /notify/'{'KEY'}').",
  'setting.label.apprise-urls-6b069a': 'Apprise-URLs',
  'setting.help.without-a-key-the-d6271b':
    'Ohne Schlüssel: die zu benachrichtigenden Dienste als Apprise-URLs, durch Kommas oder Leerzeichen getrennt (z. B. tgram://…, mailto://…). Leer: APPRISE_STATELESS_URLS des Servers. Wird geheim gehalten.',
  'setting.label.tag-f88354': 'Tag',
  'setting.help.with-a-key-only-eee453':
    'Mit Schlüssel: nur die Dienste mit diesem Tag („a, b“: eines davon; „a b“: beide).',
} satisfies Area<typeof source>;
