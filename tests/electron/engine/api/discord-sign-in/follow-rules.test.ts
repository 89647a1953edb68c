/** The follower's pure decisions (issue 50): a kept session's role under the rules in force, and when Discord is asked again. */
import { describe, expect, it } from 'vitest';

import { followedRole, RECHECK_MS, recheckDue } from '../../../../../electron/engine/api/discord-sign-in/follow';

const SERVER = '100';
const ROLE = '200';
const facts = (permissions: string, roles: string[]) => ({
  guilds: [{ id: SERVER, permissions, name: 'Home Lab' }],
  memberRoles: { [SERVER]: roles },
  accessToken: 'token',
  tokenExpiresAt: 10 * RECHECK_MS,
  checkedAt: 0,
});
const served = [{ id: SERVER, admin: { roles: [], users: [] } }];

describe('followedRole', () => {
  it.each([
    ['listed admin, still listed', '0', [], ['42'], [], 'admin'],
    ['listed admin, unlisted, no role', '0', [], [], [ROLE], null],
    ['listed admin, unlisted, holds the viewer role', '0', [ROLE], [], [ROLE], 'viewer'],
    ['Manage Server', '32', [], [], [], 'admin'],
    ['viewer role, still listed', '0', [ROLE], [], [ROLE], 'viewer'],
    ['viewer role, unlisted', '0', [ROLE], [], [], null],
  ] as const)('%s', (_name, permissions, roles, admins, viewerRoles, role) => {
    const s = { id: 'discord:42', discord: facts(permissions, [...roles]) };
    expect(followedRole(s, { servers: served, admins, viewerRoles })).toBe(role);
  });

  it('ends a session whose server is no longer served', () => {
    expect(
      followedRole({ id: 'discord:42', discord: facts('32', []) }, { servers: [], admins: [], viewerRoles: [] }),
    ).toBeNull();
  });
});

describe('recheckDue', () => {
  it.each([
    [RECHECK_MS - 1, 10 * RECHECK_MS, false],
    [RECHECK_MS, 10 * RECHECK_MS, true],
    [RECHECK_MS, RECHECK_MS, false], // the access token has ended: Discord cannot be asked
  ])('at %d with the token ending at %d: %s', (now, tokenExpiresAt, due) => {
    expect(recheckDue({ checkedAt: 0, tokenExpiresAt }, now)).toBe(due);
  });
});
