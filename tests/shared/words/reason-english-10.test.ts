/**
 * The `reasons-10` codes' English is what the engine wrote before it had them (issue 62): why a
 * person signing in with Discord got a role or was refused (discord-sign-in/roles.ts), and the
 * audit row's detail around it (callback.ts). The literals are the engine's at the commit before
 * these codes, built from the same values, so the log and the stored detail keep their bytes.
 */
import { describe, expect, it } from 'vitest';

import { decideSignInRole } from '../../../electron/engine/api/discord-sign-in/roles';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const SERVER = '81384788765712384';
const ROLE = '81384788765712385';
const served = { servers: [{ id: SERVER, admin: { roles: [], users: [] } }], admins: ['7'], viewerRoles: [ROLE] };

/** The decision's code for these servers and roles. */
function causeOf(guilds: { id: string; permissions: string; name?: string | null }[], roles: string[], userId = '5') {
  return decideSignInRole({ userId, guilds, memberRoles: { [SERVER]: roles } }, served).cause;
}

const BEFORE: [string, Reason, string][] = [
  ['listed admin', causeOf([], [], '7'), 'listed as an admin in the sign-in settings'],
  [
    'server admin, named',
    causeOf([{ id: SERVER, permissions: '32', name: 'Home' }], []),
    `an admin of the Discord server "Home" (server id ${SERVER})`,
  ],
  [
    'server admin, no name',
    causeOf([{ id: SERVER, permissions: '8', name: null }], []),
    `an admin of the Discord server this IPWatch serves (server id ${SERVER})`,
  ],
  [
    'viewer role, named',
    causeOf([{ id: SERVER, permissions: '0', name: 'Home' }], [ROLE]),
    `holds a viewer role listed in the sign-in settings in the Discord server "Home" (role id ${ROLE}, server id ${SERVER})`,
  ],
  [
    'viewer role, no name',
    causeOf([{ id: SERVER, permissions: '0' }], [ROLE]),
    `holds a viewer role listed in the sign-in settings in the Discord server this IPWatch serves (role id ${ROLE}, server id ${SERVER})`,
  ],
  [
    'refused: no server set up',
    decideSignInRole({ userId: '5', guilds: [], memberRoles: {} }, { servers: [], admins: [], viewerRoles: [] }).cause,
    'Your Discord account is not listed as an admin here, and no Discord server is set up for this IPWatch.',
  ],
  [
    'refused: not a member',
    causeOf([], []),
    'Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.',
  ],
  [
    'refused: no role',
    causeOf([{ id: SERVER, permissions: '0' }], []),
    'You are a member of the Discord server, but you hold neither Manage Server nor one of the roles allowed to view this IPWatch.',
  ],
  [
    'the audit detail of a sign-in',
    reason('reason.signIn.withDiscord', { from: '::ffff:127.0.0.1' }, reason('reason.signIn.listedAdmin')),
    'with Discord, from ::ffff:127.0.0.1; listed as an admin in the sign-in settings',
  ],
  [
    'the audit detail of a refusal',
    reason('reason.signIn.refusedWithDiscord', { from: '127.0.0.1' }, reason('reason.signIn.noRole')),
    'with Discord, from 127.0.0.1: You are a member of the Discord server, but you hold neither Manage Server nor one of the roles allowed to view this IPWatch.',
  ],
  [
    'a session ended by the settings',
    reason(
      'reason.signIn.sessionEnded',
      { name: 'sam', userId: '6', was: 'admin' },
      reason('reason.signIn.bySettings', { changed: 'no' }),
    ),
    'session ended: no longer allowed by the sign-in settings; sam (Discord user id 6), signed in as admin',
  ],
  [
    'a session ended by Discord',
    reason(
      'reason.signIn.sessionEnded',
      { name: 'vic', userId: '5', was: 'viewer' },
      reason('reason.signIn.byDiscord', { changed: 'no' }),
    ),
    'session ended: no longer allowed by what Discord says of the member; vic (Discord user id 5), signed in as viewer',
  ],
  [
    'a session ended by a revoke',
    reason('reason.signIn.sessionEnded', { name: 'vic', userId: '5', was: 'viewer' }, reason('reason.signIn.revoked')),
    'session ended: Discord refused its access (signed out of Discord, or the app deauthorized); vic (Discord user id 5), signed in as viewer',
  ],
  [
    'a role changed by Discord',
    reason(
      'reason.signIn.roleChanged',
      { name: 'Ada', userId: '4', was: 'admin', now: 'viewer' },
      reason('reason.signIn.byDiscord', { changed: 'yes' }),
    ),
    'session role changed from admin to viewer: as decided by what Discord says of the member; Ada (Discord user id 4)',
  ],
  [
    'a role changed by the settings',
    reason(
      'reason.signIn.roleChanged',
      { name: 'Ada', userId: '4', was: 'viewer', now: 'admin' },
      reason('reason.signIn.bySettings', { changed: 'yes' }),
    ),
    'session role changed from viewer to admin: as decided by the sign-in settings; Ada (Discord user id 4)',
  ],
];

describe('each reasons-10 code says in English what the engine wrote before', () => {
  it.each(BEFORE)('%s', (_, r, before) => {
    expect(reasonWords(r, english)).toBe(before);
  });
});
