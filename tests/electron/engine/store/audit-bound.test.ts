/**
 * The audit log is bounded (issue 58): by rows, each kind of row on its own (the newest
 * AUDIT_KIND_ROWS of each kind stay, whatever writes them, so a flood of one kind leaves the others
 * whole) and by age (a row older than AUDIT_MAX_AGE_DAYS goes at a later write), through the real
 * history store on a fake clock. Before the bound every row stayed forever; before the kinds, a
 * flood of sign-ins pushed an admin's changes out.
 */
import { describe, expect, it } from 'vitest';

import {
  AUDIT_KIND_ROWS,
  AUDIT_KINDS,
  AUDIT_MAX_AGE_DAYS,
  AUDIT_MAX_ROWS,
  auditKind,
} from '../../../../electron/engine/store/audit';
import { DAY, openTest } from './helpers';

describe('auditKind', () => {
  it.each([
    ['session.sign-in', 'ok', 'access'],
    ['session.sign-out', 'ok', 'access'],
    ['session.end', 'applied', 'access'],
    ['session.sign-in', 'refused', 'refused'],
    ['pause', 'refused', 'refused'],
    ['setSettings', 'applied', 'change'],
    ['settings.write', 'applied', 'change'],
    ['token.revoke', 'applied', 'change'],
    ['session.sign-out-everywhere', 'ok', 'change'],
    ['discord pause', 'done', 'bot'],
  ] as const)('%s, %s: %s', (action, result, kind) => expect(auditKind(action, result)).toBe(kind));
});

describe('the audit log bound', () => {
  it(`keeps the newest ${AUDIT_KIND_ROWS} rows of a kind written past it, and every row of the others`, async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    store.audit({ actor: 'ops (admin, token)', action: 'setSettings', detail: null, result: 'applied' });
    const extra = 25;
    for (let i = 0; i < AUDIT_KIND_ROWS + extra; i++)
      store.audit({ actor: `someone ${i}`, action: 'session.sign-in', detail: null, result: 'refused' });
    expect(store.auditTotal()).toBe(AUDIT_KIND_ROWS + 1);
    const newest = store.auditLog({ limit: 1 })[0]!;
    expect(newest.actor).toBe(`someone ${AUDIT_KIND_ROWS + extra - 1}`);
    // The oldest refusal left is the first of the newest AUDIT_KIND_ROWS; the admin's change stays.
    const [oldest, change] = store.auditLog({ limit: 2, offset: AUDIT_KIND_ROWS - 1 });
    expect(oldest!.actor).toBe(`someone ${extra}`);
    expect(change).toMatchObject({ actor: 'ops (admin, token)', action: 'setSettings' });
    await store.close();
  }, 60_000);

  it(`holds ${AUDIT_MAX_ROWS} rows at most in all`, () =>
    expect(AUDIT_MAX_ROWS).toBe(AUDIT_KINDS.length * AUDIT_KIND_ROWS));

  it(`drops rows older than ${AUDIT_MAX_AGE_DAYS} days at a later write, and keeps the younger`, async () => {
    const { store, clock } = await openTest();
    store.audit({ actor: 'old', action: 'settings.update', result: 'ok' });
    await clock.advance(100 * DAY);
    store.audit({ actor: 'younger', action: 'settings.update', result: 'ok' });
    await clock.advance((AUDIT_MAX_AGE_DAYS - 100) * DAY + 1);
    store.audit({ actor: 'now', action: 'settings.update', result: 'ok' });
    expect(store.auditLog().map((e) => e.actor)).toEqual(['now', 'younger']);
    await store.close();
  });
});
