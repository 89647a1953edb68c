/**
 * The engine's reasons, continued (issue 62, shared/contract/reason.ts): why a person signing in
 * with Discord got a role, or was refused one (electron/engine/api/discord-sign-in/roles.ts), and
 * the audit row's detail around it (`from` the browser's address, `inner` the why). A server is
 * named by the name Discord gave (`server`, with `named` yes) or else by what it is here; `roleId`
 * and `serverId` are Discord's ids. A session followed (follow.ts) that ends or changes role: `was`
 * and `now` the roles, `name` and `userId` the member, `inner` why (`changed` yes for a new role).
 */
export const reasons10 = {
  'reason.signIn.withDiscord': 'with Discord, from {from}; {inner}',
  'reason.signIn.refusedWithDiscord': 'with Discord, from {from}: {inner}',
  'reason.signIn.listedAdmin': 'listed as an admin in the sign-in settings',
  'reason.signIn.serverAdmin':
    'an admin of {named, select, yes {the Discord server "{server}"} other {the Discord server this IPWatch serves}} (server id {serverId})',
  'reason.signIn.viewerRole':
    'holds a viewer role listed in the sign-in settings in {named, select, yes {the Discord server "{server}"} other {the Discord server this IPWatch serves}} (role id {roleId}, server id {serverId})',
  'reason.signIn.noServerSetUp':
    'Your Discord account is not listed as an admin here, and no Discord server is set up for this IPWatch.',
  'reason.signIn.notMember':
    'Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.',
  'reason.signIn.noRole':
    'You are a member of the Discord server, but you hold neither Manage Server nor one of the roles allowed to view this IPWatch.',
  'reason.signIn.sessionEnded':
    'session ended: {inner}; {name} (Discord user id {userId}), signed in as {was, select, admin {admin} viewer {viewer} other {{was}}}',
  'reason.signIn.roleChanged':
    'session role changed from {was, select, admin {admin} viewer {viewer} other {{was}}} to {now, select, admin {admin} viewer {viewer} other {{now}}}: {inner}; {name} (Discord user id {userId})',
  'reason.signIn.bySettings': '{changed, select, yes {as decided} other {no longer allowed}} by the sign-in settings',
  'reason.signIn.byDiscord':
    '{changed, select, yes {as decided} other {no longer allowed}} by what Discord says of the member',
  'reason.signIn.revoked': 'Discord refused its access (signed out of Discord, or the app deauthorized)',
} as const;
