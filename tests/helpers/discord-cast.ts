/**
 * The people and ids of the Discord sign-in tests (issue 50), one copy for the route test
 * (tests/electron/engine/api/discord-sign-in/flow.test.ts) and the e2e
 * (tests/e2e/discord-sign-in.test.ts). The users are what tests/fakes/discord-oauth.ts serves:
 * Discord's user object (https://discord.com/developers/docs/resources/user#user-object) with the
 * guilds it belongs to, their permission bits and the member's roles.
 */

/** The configured server. */
export const SERVER = '100000000000000001';
/** Its name, as Discord gives it with the user's servers. */
export const SERVER_NAME = 'Home Lab';
/** A role the settings list as viewers. */
export const VIEW_ROLE = '200000000000000002';
/** The OAuth2 application's client id. */
export const CLIENT = '300000000000000003';
/** The OAuth2 client secret: no log, page or response may ever hold it. */
export const SECRET = 'client-secret-for-the-stand-in';

/** An admin: Manage Server (0x20) in the configured server. */
export const ADMIN = {
  id: '400000000000000004',
  username: 'ada',
  global_name: 'Ada',
  guilds: [{ id: SERVER, name: SERVER_NAME, permissions: 0x20n | 0x400n, roles: [] }],
};
/** A viewer: no Manage Server, but the listed viewer role. */
export const VIEWER = {
  id: '500000000000000005',
  username: 'vic',
  guilds: [{ id: SERVER, name: SERVER_NAME, permissions: 0x400n, roles: [VIEW_ROLE] }],
};
/** Neither: Manage Server only in another server. */
export const STRANGER = {
  id: '600000000000000006',
  username: 'sam',
  guilds: [{ id: '700000000000000007', permissions: 0x20n, roles: [] }],
};
