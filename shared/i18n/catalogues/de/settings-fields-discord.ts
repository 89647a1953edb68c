/** German: the settings' words from shared/settings/discord.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDiscord as source } from '../en/settings-fields-discord';

export const settingsFieldsDiscord = {
  'setting.help.from-the-discord-developer-e05b1f':
    'Aus dem Discord Developer Portal (Bot, Reset Token); leer: kein Bot.',
  'setting.label.where-commands-are-registered-74eb0a': 'Befehle registrieren',
  'setting.help.in-each-listed-server-ae7aaf':
    'In jedem aufgeführten Server sofort oder in allen Servern nach der Verzögerung durch Discord.',
  'setting.choice.in-each-listed-server-93fdae': 'In jedem aufgeführten Server',
  'setting.choice.globally-in-every-server-b34451': 'Global, in allen Servern',
  'setting.label.servers-cd0cf1': 'Server',
  'setting.help.the-discord-servers-the-593711':
    'Die Discord-Server, die der Bot bedient, mit ihrem Kanal und wer was darf.',
  'setting.label.server-id-135a41': 'Server-ID',
  'setting.help.the-server-guild-id-d772db':
    'Die ID des Servers (Guild): Entwicklermodus an, dann „Server-ID kopieren“.',
  'setting.label.channel-for-change-posts-52646c': 'Kanal für Meldungen',
  'setting.help.id-of-the-text-d0dad6':
    'ID des Textkanals für die Meldungen; Antworten dort sind öffentlich. Leer: keine Meldungen.',
  'setting.label.events-posted-0a5dc4': 'Gemeldete Ereignisse',
  'setting.help.what-is-posted-to-188d38':
    'Was in diesem Kanal gemeldet wird; standardmäßig Adress- und NAT-Änderungen, dazu die Standorte des Verbunds, wenn er beobachtet wird.',
  'setting.label.address-masking-d5d0ee': 'Adressen maskieren',
  'setting.help.how-addresses-appear-in-4279df':
    'Wie Adressen in Antworten, Meldungen und Exporten dieses Servers erscheinen.',
  'setting.choice.shown-in-full-4373b2': 'Vollständig angezeigt',
  'setting.choice.partly-hidden-203-0-86d1a5': 'Teilweise verborgen (203.0.113.xxx)',
  'setting.choice.hidden-3c2dfe': 'Verborgen',
  'setting.label.who-may-read-91b015': 'Wer lesen darf',
  'setting.help.roles-and-members-who-47bcba':
    'Rollen und Mitglieder, die die lesenden Befehle nutzen dürfen; keine angegeben: alle Mitglieder.',
  'setting.label.role-ids-278aaf': 'Rollen-IDs',
  'setting.help.the-server-roles-allowed-65e1ac': 'Die zugelassenen Serverrollen.',
  'setting.label.member-ids-77c790': 'Mitglieder-IDs',
  'setting.help.the-members-allowed-whatever-9b623b': 'Die zugelassenen Mitglieder, unabhängig von ihren Rollen.',
  'setting.label.who-may-administer-d0c855': 'Wer verwalten darf',
  'setting.help.config-pause-and-resume-9d3830':
    '/config, /pause und /resume: diese Rollen und Mitglieder sowie „Server verwalten“.',
  'setting.label.command-rate-limits-3ba2d7': 'Befehlslimits',
  'setting.help.how-long-a-member-386fc7': 'Wie lange ein Mitglied zwischen zwei aufwendigen Befehlen wartet.',
  'setting.label.between-two-check-seconds-aecfc1': 'Zwischen zwei /check (Sekunden)',
  'setting.help.time-a-member-waits-55acc4': 'Wartezeit eines Mitglieds zwischen zwei /check-Befehlen; 0: keine.',
  'setting.label.between-two-export-seconds-728d00': 'Zwischen zwei /export (Sekunden)',
  'setting.help.time-a-member-waits-7a2dc0': 'Wartezeit eines Mitglieds zwischen zwei /export-Befehlen; 0: keine.',
  'setting.label.discord-api-address-8d7737': 'Discord-API-Adresse',
  'setting.help.discord-s-rest-base-7b2c81':
    'Die REST-Basis von Discord; nur ein Proxy oder ein lokaler Ersatz tritt an ihre Stelle.',
  'setting.label.more-bots-32e82f': 'Weitere Bots',
  'setting.help.other-discord-applications-this-a63562':
    'Weitere Discord-Anwendungen, die dieses IPWatch betreibt, jede mit eigenem Token und eigenen Servern.',
  'setting.label.bot-id-715b8f': 'Bot-ID',
  'setting.help.a-short-name-of-a0d689':
    'Ein kurzer eigener Name für diesen Bot (Buchstaben, Ziffern, Bindestriche); sein Beitragskanal nennt ihn.',
  'setting.label.label-9eccf2': 'Bezeichnung',
  'setting.help.how-this-page-calls-aaf4d8':
    'Wie diese Seite den Bot nennt; leer: sein Discord-Name, sobald er verbunden ist.',
} satisfies Area<typeof source>;
