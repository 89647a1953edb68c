/**
 * German (en/discord.ts). The Discord page and Settings' bot panel: the bot's state, servers and errors.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { discord as source } from '../en/discord';

export const discord = {
  'editors.discord.bot': 'Der Bot: {state}',
  'editors.discord.botState':
    '{state, select, off {aus} connecting {verbindet} connected {verbunden} reconnecting {verbindet neu} failed {fehlgeschlagen} other {Token abgelehnt}}',
  'editors.discord.as': 'als {user}',
  'editors.discord.inviteLater':
    'Sobald der Bot ein Token hat und verbunden ist, erscheint hier der Link, der ihn (mit den nötigen Berechtigungen) zu einem Server hinzufügt.',
  'editors.discord.invite': 'Bot zu einem Server hinzufügen',
  'editors.discord.copyInvite': 'Einladungslink kopieren',
  'editors.discord.saveFirst': 'Erst speichern: Der Testbeitrag geht über den laufenden Bot.',
  'editors.discord.mustConnect': 'Bot-Status: {state}; er muss verbunden sein.',
  'editors.discord.notKnown': 'noch unbekannt',
  'editors.discord.channelFirst': 'Geben Sie zuerst einem Server einen Kanal für Beiträge.',
  'editors.discord.stepInvite': 'Auf Ihren Server einladen',
  'editors.discord.stepServers': 'Server und Kanäle wählen',
  'editors.discord.ids':
    'IDs: In Discord unter Einstellungen, Erweitert den Entwicklermodus einschalten; dann Rechtsklick auf den Server oder Kanal, ID kopieren.',
  'editors.discord.stepTest': 'Speichern, dann einen Testbeitrag senden',
  'editors.discord.sendTest': 'Testbeitrag senden',
  'editors.discord.webhookInstead':
    'Nur Beiträge in einem Kanal? Ein Discord-Webhook braucht keinen Bot: <channels>unter Benachrichtigungskanäle hinzufügen</channels> (Discord hinzufügen, ein Webhook). Die <page>Discord-Seite</page> zeigt den laufenden Bot.',
  'editors.discord.stepCreate': 'Bot erstellen',
  'editors.discord.portal':
    'Im <portal>Discord Developer Portal</portal>: New Application, dann Bot, dann Reset Token. Ein privilegierter Intent ist nicht nötig.',
  'editors.discord.thenSteps':
    'Danach laden Sie ihn auf Ihren Server ein, wählen seine Server und Kanäle und senden einen Testbeitrag: Diese Schritte erscheinen, sobald er ein Token hat.',
  'editors.discord.more': 'Weitere Discord-Einstellungen',

  'editors.guild.in': 'Der Bot ist auf „{name}“.',
  'editors.guild.notIn': 'Der Bot ist noch nicht auf diesem Server: Laden Sie ihn mit dem Link oben ein.',
  'editors.guild.legend': 'Server {name}',
  'editors.guild.roles': '{count, plural, one {# Rolle} other {# Rollen}}',
  'editors.guild.members': '{count, plural, one {# Mitglied} other {# Mitglieder}}',
  'editors.guild.rolesAndMembers': '{roles}, {members}',
  'editors.guild.who': 'Befehle nutzen: {read}; verwalten: {admin}',
  'editors.guild.everyMember': 'alle Mitglieder',
  'editors.guild.adminListed': '{people} und „Server verwalten“',
  'editors.guild.adminDefault': 'Mitglieder mit „Server verwalten“',
  'editors.guild.list': 'Discord-Server',
  'editors.guild.empty': 'Noch kein Server: Der Bot antwortet nirgends und postet nichts.',
  'editors.guild.new': 'Neuer Server',
  'editors.guild.postsTo': 'Discord-Server · postet in {channel}',
  'editors.guild.noPosts': 'Discord-Server · keine Beiträge',
  'editors.guild.add': 'Server hinzufügen',

  'editors.bots.list': 'Weitere Bots',
  'editors.bots.intro':
    'Weitere Discord-Anwendungen, die dieses IPWatch betreibt, jede mit eigenem Token, eigenen Servern und Befehlen; jede postet in ihre eigenen Server.',
  'editors.bots.empty': 'Kein weiterer Bot: nur der oben.',
  'editors.bots.new': 'Neuer Bot',
  'editors.bots.add': 'Bot hinzufügen',
  'editors.bots.full': 'Höchstens {max} Bots in einem IPWatch.',
  'editors.bots.notConnected': 'nicht verbunden',
  'editors.bots.legend': 'Bot {name}',

  'reason.bot.tokenRejected':
    'Discord hat das Bot-Token abgelehnt; legen Sie ein neues fest (der Bot versucht es erst nach einer Änderung erneut)',
  'reason.bot.waitToLogin': 'keine Verbindung: Discord bittet, {seconds} s bis zur nächsten Anmeldung zu warten',
  'reason.bot.gatewayClosed': 'Gateway endgültig geschlossen (Code {code})',

  'web.discord.title': 'Discord',
  'web.discord.bot': 'Bot',
  'web.discord.state.off': 'aus',
  'web.discord.state.connecting': 'verbindet',
  'web.discord.state.reconnecting': 'verbindet neu',
  'web.discord.state.connected': 'verbunden',
  'web.discord.state.tokenRejected': 'Token abgelehnt',
  'web.discord.state.failed': 'fehlgeschlagen',
  'web.discord.as': 'als {user}',
  'web.discord.ping': '(Gateway-Ping {ms} ms)',
  'web.discord.off':
    'Der Bot bleibt aus, bis er einen Token hat. <link>Richten Sie ihn in den Einstellungen ein</link>: den Token, seine Server und deren Kanäle.',
  'web.discord.invite': 'Bot zu einem Server hinzufügen',
  'web.discord.invitePermissions': '(mit den Berechtigungen, die er braucht)',
  'web.discord.settings': 'Discord-Einstellungen',
  'web.discord.webhook':
    'Nur Beiträge, keine Befehle? Ein Discord-Webhook braucht keinen Bot: <link>Legen Sie einen unter Benachrichtigungskanäle an</link> (Discord hinzufügen).',
  'web.discord.servers': 'Server',
  'web.discord.noServer': 'Kein Server eingerichtet.',
  'web.discord.moreBots': 'Weitere Bots',
  'web.discord.botId': 'ID {id}',
  'web.discord.notJoined': 'noch nicht beigetreten',
  'web.discord.postsTo': 'postet in Kanal {channel}',
  'web.discord.commands': 'Befehle',
  'web.discord.commands.failed': 'Nicht registriert: {error}',
  'web.discord.commands.notYet': 'Noch nicht registriert.',
  'web.discord.commands.global':
    'Global registriert (Discord kann bis zu einer Stunde brauchen, bis sie überall erscheinen).',
  'web.discord.commands.guild': 'In jedem eingerichteten Server registriert.',
} as const satisfies Area<typeof source>;
