import { describe, expect, it } from 'vitest';

import { checkAccess, type Level, type Member } from '../../../../electron/engine/bot/access';
import { MAX_LIMITED_USERS, RateLimiter } from '../../../../electron/engine/bot/rate-limit';
import { guildSchema } from '../../../../shared/settings/discord';

const open = guildSchema.parse({ id: '100000000000000001' });
const narrowed = guildSchema.parse({
  id: '100000000000000001',
  read: { roles: ['500000000000000001'], users: ['300000000000000009'] },
  admin: { roles: ['500000000000000002'], users: ['300000000000000008'] },
});
const m = (over: Partial<Member> = {}): Member => ({
  userId: '300000000000000001',
  roles: [],
  permissions: 0n,
  ...over,
});
const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

describe('checkAccess', () => {
  it.each<[string, typeof open | null, Member, Level, boolean]>([
    ['any member reads in an open guild', open, m(), 'read', true],
    ['a plain member cannot administer', open, m(), 'admin', false],
    ['Manage Server administers', open, m({ permissions: MANAGE_GUILD }), 'admin', true],
    ['Administrator administers', open, m({ permissions: ADMINISTRATOR }), 'admin', true],
    ['an unconfigured guild allows nothing', null, m({ permissions: ADMINISTRATOR }), 'read', false],
    ['narrowed: an unlisted member cannot read', narrowed, m(), 'read', false],
    ['narrowed: a listed role reads', narrowed, m({ roles: ['500000000000000001'] }), 'read', true],
    ['narrowed: a listed user reads', narrowed, m({ userId: '300000000000000009' }), 'read', true],
    ['narrowed: a reader cannot administer', narrowed, m({ roles: ['500000000000000001'] }), 'admin', false],
    ['an admin role administers and reads', narrowed, m({ roles: ['500000000000000002'] }), 'read', true],
    ['an admin user administers', narrowed, m({ userId: '300000000000000008' }), 'admin', true],
    ['Manage Server reads in a narrowed guild', narrowed, m({ permissions: MANAGE_GUILD }), 'read', true],
    ['no permissions (outside a guild) cannot administer', open, m({ permissions: null }), 'admin', false],
  ])('%s', (_name, guild, member, level, ok) => {
    expect(checkAccess(guild, member, level).ok).toBe(ok);
  });
});

describe('RateLimiter', () => {
  it('allows one use per window per user and kind, and says how long to wait', () => {
    const r = new RateLimiter((k) => (k === 'check' ? 30_000 : 60_000));
    expect(r.take('check', 'a', 0)).toEqual({ ok: true });
    expect(r.take('check', 'a', 1_000)).toEqual({ ok: false, retryInSec: 29 });
    expect(r.take('check', 'b', 1_000)).toEqual({ ok: true });
    expect(r.take('export', 'a', 1_000)).toEqual({ ok: true });
    expect(r.take('check', 'a', 29_999)).toEqual({ ok: false, retryInSec: 1 });
    expect(r.take('check', 'a', 30_000)).toEqual({ ok: true });
  });

  it(`keeps at most ${MAX_LIMITED_USERS} uses, forgetting those out of their window first, then the oldest`, () => {
    const r = new RateLimiter(() => 60_000);
    // All within one window: none can be forgotten for age.
    for (let i = 0; i < 3 * MAX_LIMITED_USERS; i++) r.take('check', `u${i}`, i);
    expect(r.size).toBe(MAX_LIMITED_USERS);
    expect(r.take('check', `u${3 * MAX_LIMITED_USERS - 1}`, 3 * MAX_LIMITED_USERS)).toMatchObject({ ok: false });
    expect(r.take('check', 'u0', 3 * MAX_LIMITED_USERS)).toEqual({ ok: true });
    // A window later, one new use clears every stale one.
    for (let i = 0; i < MAX_LIMITED_USERS; i++) r.take('export', `v${i}`, 100_000);
    r.take('export', 'late', 200_000);
    expect(r.size).toBe(1);
  });
});
