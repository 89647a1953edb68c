import type { Area } from '../area';
import type { reasons10 as source } from '../en/reasons-10';

export const reasons10 = {
  'reason.signIn.withDiscord': 'mit Discord, von {from}; {inner}',
  'reason.signIn.refusedWithDiscord': 'mit Discord, von {from}: {inner}',
  'reason.signIn.listedAdmin': 'in den Anmeldeeinstellungen als Admin eingetragen',
  'reason.signIn.serverAdmin':
    'Admin {named, select, yes {des Discord-Servers „{server}“} other {des Discord-Servers, den dieses IPWatch bedient}} (Server-ID {serverId})',
  'reason.signIn.viewerRole':
    'hat eine in den Anmeldeeinstellungen eingetragene Betrachterrolle {named, select, yes {im Discord-Server „{server}“} other {im Discord-Server, den dieses IPWatch bedient}} (Rollen-ID {roleId}, Server-ID {serverId})',
  'reason.signIn.noServerSetUp':
    'Ihr Discord-Konto ist hier nicht als Admin eingetragen, und für dieses IPWatch ist kein Discord-Server eingerichtet.',
  'reason.signIn.notMember':
    'Ihr Discord-Konto ist weder Mitglied des Discord-Servers, den dieses IPWatch bedient, noch als Admin eingetragen.',
  'reason.signIn.noRole':
    'Sie sind Mitglied des Discord-Servers, haben aber weder „Server verwalten“ noch eine der Rollen, die dieses IPWatch sehen dürfen.',
  'reason.signIn.sessionEnded':
    'Sitzung beendet: {inner}; {name} (Discord-Benutzer-ID {userId}), angemeldet als {was, select, admin {Admin} viewer {Betrachter} other {{was}}}',
  'reason.signIn.roleChanged':
    'Rolle der Sitzung von {was, select, admin {Admin} viewer {Betrachter} other {{was}}} zu {now, select, admin {Admin} viewer {Betrachter} other {{now}}} geändert: {inner}; {name} (Discord-Benutzer-ID {userId})',
  'reason.signIn.bySettings':
    '{changed, select, yes {so entschieden durch die Anmeldeeinstellungen} other {laut den Anmeldeeinstellungen nicht mehr erlaubt}}',
  'reason.signIn.byDiscord':
    '{changed, select, yes {so entschieden nach Discords Angaben zum Mitglied} other {laut Discords Angaben zum Mitglied nicht mehr erlaubt}}',
  'reason.signIn.revoked': 'Discord hat den Zugriff verweigert (von Discord abgemeldet oder die App getrennt)',
} as const satisfies Area<typeof source>;
