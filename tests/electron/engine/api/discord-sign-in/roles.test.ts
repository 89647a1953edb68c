import { describe, expect, it } from 'vitest';

import { discordInForce } from '../../../../../electron/engine/api/discord-sign-in/config';
import { decideSignInRole, type SignInRules } from '../../../../../electron/engine/api/discord-sign-in/roles';
import { guildSchema } from '../../../../../shared/settings/discord';

const SERVER = '111111111111111111';
const OTHER = '222222222222222222';
const ADMIN_ID = '333333333333333333';
const VIEW_ROLE = '444444444444444444';
const ADMIN_ROLE = '555555555555555555';
const served = (id: string, adminRoles: string[] = []) => ({ id, admin: { roles: adminRoles, users: [] } });
const rules: SignInRules = { servers: [served(SERVER, [ADMIN_ROLE])], admins: [ADMIN_ID], viewerRoles: [VIEW_ROLE] };
const MANAGE = String(0x20);
const ALL_BUT_ADMIN_BITS = (2n ** 53n - 1n - 0x20n - 0x8n).toString();

describe('decideSignInRole', () => {
  it.each([
    // name, user, guilds [id, permissions], member roles by guild, expected
    ['a listed admin in no server', ADMIN_ID, [], {}, 'admin'],
    ['Manage Server in the served server', '5', [[SERVER, MANAGE]], {}, 'admin'],
    ['Manage Server among other bits, as a large string', '5', [[SERVER, (2n ** 40n + 0x28n).toString()]], {}, 'admin'],
    ['Manage Server only in another server', '5', [[OTHER, MANAGE]], {}, 'refused'],
    ['every bit but Manage Server and Administrator', '5', [[SERVER, ALL_BUT_ADMIN_BITS]], {}, 'refused'],
    ['a viewer role in the served server', '5', [[SERVER, '0']], { [SERVER]: [VIEW_ROLE] }, 'viewer'],
    ['the viewer role id, but in another server', '5', [[OTHER, '0']], { [OTHER]: [VIEW_ROLE] }, 'refused'],
    ['a member with other roles', '5', [[SERVER, '0']], { [SERVER]: ['9'] }, 'refused'],
    ['admin wins over viewer', '5', [[SERVER, MANAGE]], { [SERVER]: [VIEW_ROLE] }, 'admin'],
    ['Administrator (0x8) in the served server', '5', [[SERVER, '8']], {}, 'admin'],
    ["a role in the server's admin list (the bot's rule)", '5', [[SERVER, '0']], { [SERVER]: [ADMIN_ROLE] }, 'admin'],
    ['an unreadable permissions field', '5', [[SERVER, 'lots']], {}, 'refused'],
    ['a negative-looking permissions field', '5', [[SERVER, '-32']], {}, 'refused'],
    // Digits only, whole: BigInt itself would read "32 " and "32\n" as Manage Server.
    ['Manage Server with a space after it', '5', [[SERVER, `${MANAGE} `]], {}, 'refused'],
    ['Manage Server with a line after it', '5', [[SERVER, `${MANAGE}\n8`]], {}, 'refused'],
  ] as const)('%s: %s', (_name, userId, guilds, memberRoles, expected) => {
    const d = decideSignInRole(
      { userId, guilds: guilds.map(([id, permissions]) => ({ id, permissions })), memberRoles },
      rules,
    );
    expect(d.ok ? d.role : 'refused').toBe(expected);
  });

  it('says why in words when refused: not a member, or a member without the right', () => {
    const outside = decideSignInRole({ userId: '5', guilds: [], memberRoles: {} }, rules);
    expect(outside).toEqual({
      ok: false,
      reason: expect.stringMatching(/not a member of the Discord server/),
      cause: { code: 'reason.signIn.notMember', values: {} },
    });
    const member = decideSignInRole(
      { userId: '5', guilds: [{ id: SERVER, permissions: '0' }], memberRoles: {} },
      rules,
    );
    expect(member).toEqual({
      ok: false,
      reason: expect.stringMatching(/neither Manage Server nor one of the roles/),
      cause: { code: 'reason.signIn.noRole', values: {} },
    });
    const noServer = decideSignInRole({ userId: '5', guilds: [], memberRoles: {} }, { ...rules, servers: [] });
    expect(noServer).toEqual({
      ok: false,
      reason: expect.stringMatching(/no Discord server is set up/),
      cause: { code: 'reason.signIn.noServerSetUp', values: {} },
    });
  });

  // The reason a person got in, for the log and the audit log: the server by the name Discord gave
  // (else what it is here), the role by what it is to IPWatch, the ids only after.
  it.each([
    ['a listed admin', ADMIN_ID, undefined, {}, 'listed as an admin in the sign-in settings'],
    [
      'an admin of a named server',
      '5',
      'Home Lab',
      {},
      `an admin of the Discord server "Home Lab" (server id ${SERVER})`,
    ],
    [
      'an admin of a server Discord gave no name for',
      '5',
      null,
      {},
      `an admin of the Discord server this IPWatch serves (server id ${SERVER})`,
    ],
    [
      'a viewer in a named server',
      '6',
      'Home Lab',
      { [SERVER]: [VIEW_ROLE] },
      `holds a viewer role listed in the sign-in settings in the Discord server "Home Lab" (role id ${VIEW_ROLE}, server id ${SERVER})`,
    ],
    [
      'a viewer in a server without a name',
      '6',
      undefined,
      { [SERVER]: [VIEW_ROLE] },
      `holds a viewer role listed in the sign-in settings in the Discord server this IPWatch serves (role id ${VIEW_ROLE}, server id ${SERVER})`,
    ],
  ] as const)('says why in words: %s', (_name, userId, name, memberRoles, why) => {
    const permissions = userId === '5' ? MANAGE : '0';
    const d = decideSignInRole({ userId, guilds: [{ id: SERVER, permissions, name }], memberRoles }, rules);
    expect(d).toMatchObject({ ok: true, why });
  });
});

describe('discordInForce', () => {
  const stored = { guilds: [guildSchema.parse({ id: SERVER })], apiBase: 'https://discord.com/api' };
  it.each([
    ['the stored servers and address', [], [SERVER], 'https://discord.com/api'],
    [
      'IPWATCH_DISCORD_GUILDS and IPWATCH_DISCORD_API in force',
      [
        { path: 'discord.guilds', from: 'IPWATCH_DISCORD_GUILDS', value: [{ id: OTHER, channel: null }] },
        { path: 'discord.apiBase', from: 'IPWATCH_DISCORD_API', value: 'http://127.0.0.1:9/api/v10/' },
      ],
      [OTHER],
      'http://127.0.0.1:9/api',
    ],
  ] as const)('%s', (_name, inForce, servers, apiBase) => {
    const r = discordInForce(stored, [...inForce]);
    expect({ servers: r.servers.map((s) => s.id), apiBase: r.apiBase }).toEqual({ servers, apiBase });
    expect(r.servers[0]!.admin).toEqual({ roles: [], users: [] });
  });
});
