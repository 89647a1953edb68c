/**
 * The audit log is bounded (issues 58 and 73), through the real history store on a fake clock: by
 * rows, each kind of row on its own (the newest of each kind stay, whatever writes them, so a
 * flood of one kind leaves the others whole); one principal's rows of a lower kind to its share
 * (its own oldest go, never another's); the owner's changes in a class of their own; and by age
 * (AUDIT_KIND_DAYS, the owner's changes AUDIT_CHANGE_DAYS), measured so that a wall clock set
 * forward, while running or before a start, drops nothing early. Before the bound every row stayed
 * forever; before the kinds, a flood of sign-ins pushed an admin's changes out; before issue 73 a
 * viewer's sign-outs everywhere were changes, and one principal could fill a kind alone.
 */
import { describe, expect, it } from 'vitest';

import {
  AUDIT_CHANGE_DAYS,
  AUDIT_CHANGE_ROWS,
  AUDIT_KIND_DAYS,
  AUDIT_KIND_ROWS,
  AUDIT_KINDS,
  AUDIT_MAX_ROWS,
  auditKind,
  principalRows,
} from '../../../../electron/engine/store/audit';
import { FakeClock } from '../../../helpers/fake-clock';
import { DAY, openTest } from './helpers';

describe('auditKind', () => {
  it.each([
    ['session.sign-in', 'ok', 'access'],
    ['session.sign-out', 'ok', 'access'],
    ['session.sign-out-everywhere', 'ok', 'access'],
    ['session.end', 'applied', 'access'],
    ['session.role', 'applied', 'access'],
    ['session.sign-in', 'refused', 'refused'],
    ['pause', 'refused', 'refused'],
    ['setSettings', 'applied', 'change'],
    ['settings.write', 'applied', 'change'],
    ['token.revoke', 'applied', 'change'],
    ['session.revoke', 'ok', 'change'],
    ['discord pause', 'done', 'bot'],
  ] as const)('%s, %s: %s', (action, result, kind) => expect(auditKind(action, result)).toBe(kind));
});

const change = { actor: 'ops (admin, token)', action: 'setSettings', detail: null, result: 'applied' } as const;

describe('the audit log bound', () => {
  it(`keeps the newest ${AUDIT_KIND_ROWS} rows of a kind written past it, and every row of the others`, async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    store.audit(change);
    const extra = 25;
    for (let i = 0; i < AUDIT_KIND_ROWS + extra; i++)
      store.audit({ actor: `someone ${i}`, action: 'session.sign-in', detail: null, result: 'refused' });
    expect(store.auditTotal()).toBe(AUDIT_KIND_ROWS + 1);
    const newest = store.auditLog({ limit: 1 })[0]!;
    expect(newest.actor).toBe(`someone ${AUDIT_KIND_ROWS + extra - 1}`);
    // The oldest refusal left is the first of the newest AUDIT_KIND_ROWS; the admin's change stays.
    const [oldest, kept] = store.auditLog({ limit: 2, offset: AUDIT_KIND_ROWS - 1 });
    expect(oldest!.actor).toBe(`someone ${extra}`);
    expect(kept).toMatchObject(change);
    await store.close();
  }, 60_000);

  it(`holds ${AUDIT_MAX_ROWS} rows at most in all`, () =>
    expect(AUDIT_MAX_ROWS).toBe((AUDIT_KINDS.length - 1) * AUDIT_KIND_ROWS + AUDIT_CHANGE_ROWS));

  it("keeps one principal's rows of a kind to its share: its own oldest go, never another's", async () => {
    const kindRows = 50;
    const share = principalRows(kindRows);
    const { store } = await openTest({ dataDir: ':memory:', auditKindRows: kindRows });
    store.audit({ actor: 'ada (viewer, session)', action: 'session.sign-out', detail: null, result: 'ok' });
    for (let i = 0; i < 10 * kindRows; i++)
      store.audit({ actor: 'eve (viewer, token)', action: 'session.sign-out', detail: `#${i}`, result: 'ok' });
    const rows = store.auditLog({ limit: 1000 });
    const eve = rows.filter((r) => r.actor === 'eve (viewer, token)');
    expect(eve.map((r) => r.detail)).toEqual(
      Array.from({ length: share }, (_, k) => `#${10 * kindRows - 1 - k}`), // her newest, newest first
    );
    expect(rows.filter((r) => r.actor === 'ada (viewer, session)')).toHaveLength(1);
    await store.close();
  });

  it("keeps the owner's changes apart: no number of other rows removes them, and they have no share", async () => {
    const kindRows = 20;
    const { store } = await openTest({ dataDir: ':memory:', auditKindRows: kindRows, auditChangeRows: 30 });
    for (let i = 0; i < 30; i++) store.audit({ ...change, detail: `change ${i}` });
    for (let i = 0; i < 40 * kindRows; i++) {
      const actor = `viewer ${i % 40}`;
      store.audit({ actor, action: 'session.sign-out-everywhere', detail: null, result: 'ok' });
      store.audit({ actor, action: 'pause', detail: null, result: 'refused' });
      store.audit({ actor: `discord:${i % 40}`, action: 'discord /status', detail: null, result: 'ok' });
    }
    const rows = store.auditLog({ limit: 1000 });
    expect(rows.filter((r) => r.action === 'setSettings')).toHaveLength(30);
    expect(rows).toHaveLength(30 + 3 * kindRows);
    // Past their own bound the changes drop their oldest.
    store.audit({ ...change, detail: 'change 30' });
    const changes = store.auditLog({ limit: 1000 }).filter((r) => r.action === 'setSettings');
    expect(changes.map((r) => r.detail)).toEqual(Array.from({ length: 30 }, (_, k) => `change ${30 - k}`));
    await store.close();
  });
});

describe('the audit log by age', () => {
  it(`drops a lower kind's rows past ${AUDIT_KIND_DAYS} days and the owner's changes past ${AUDIT_CHANGE_DAYS}`, async () => {
    const { store, clock } = await openTest();
    store.audit({ actor: 'old', action: 'settings.update', result: 'ok' });
    store.audit({ actor: 'old', action: 'session.sign-in', result: 'ok' });
    await clock.advance(100 * DAY);
    store.audit({ actor: 'younger', action: 'settings.update', result: 'ok' });
    await clock.advance((AUDIT_KIND_DAYS - 100) * DAY + 1);
    store.audit({ actor: 'now', action: 'settings.update', result: 'ok' });
    // The sign-in is past its kind's age; the change is not past the owner's.
    expect(store.auditLog().map((e) => `${e.actor} ${e.action}`)).toEqual([
      'now settings.update',
      'younger settings.update',
      'old settings.update',
    ]);
    await clock.advance((AUDIT_CHANGE_DAYS - AUDIT_KIND_DAYS) * DAY);
    store.audit({ actor: 'later', action: 'settings.update', result: 'ok' });
    expect(store.auditLog().map((e) => e.actor)).toEqual(['later', 'now', 'younger']);
    await store.close();
  });

  it('drops nothing early when the wall clock is set forward while running', async () => {
    const { store, clock } = await openTest();
    store.audit({ actor: 'first', action: 'session.sign-in', result: 'ok' });
    store.audit({ actor: 'first', action: 'settings.update', result: 'ok' });
    // Ten years ahead at once (a bad RTC read, a typo): the monotonic clock has not moved.
    clock.jump(10 * 365 * DAY);
    store.audit({ actor: 'stepped', action: 'session.sign-in', result: 'ok' });
    store.audit({ actor: 'stepped', action: 'settings.update', result: 'ok' });
    expect(store.auditLog().map((e) => e.actor)).toEqual(['stepped', 'stepped', 'first', 'first']);
    // Time that really passes ages them as it should.
    await clock.advance(AUDIT_CHANGE_DAYS * DAY + 1);
    store.audit({ actor: 'after', action: 'settings.update', result: 'ok' });
    expect(store.auditLog().map((e) => e.actor)).toEqual(['after', 'stepped', 'stepped']);
    await store.close();
  });

  it('drops nothing early when the runner starts with the wall clock set forward', async () => {
    const { store, clock, dataDir } = await openTest();
    store.audit({ actor: 'kept', action: 'settings.update', result: 'ok' });
    store.audit({ actor: 'kept', action: 'session.sign-in', result: 'ok' });
    await store.close();
    const ahead = new FakeClock(clock.now() + 5 * 365 * DAY);
    const again = await openTest({ dataDir, clock: ahead });
    again.store.audit({ actor: 'ahead', action: 'settings.update', result: 'ok' });
    expect(again.store.auditLog().map((e) => e.actor)).toEqual(['ahead', 'kept', 'kept']);
    await again.store.close();
  });

  it('keeps a row stamped in the past by a clock set back until the rows written before it age', async () => {
    const { store, clock } = await openTest();
    store.audit({ actor: 'before', action: 'session.sign-in', result: 'ok' });
    const at = clock.now();
    clock.set(at - 2 * 365 * DAY); // set back: this row's stamp says two years ago
    store.audit({ actor: 'set back', action: 'session.sign-in', result: 'ok' });
    clock.set(at);
    store.audit({ actor: 'after', action: 'session.sign-in', result: 'ok' });
    expect(store.auditLog().map((e) => e.actor)).toEqual(['after', 'before', 'set back']);
    await store.close();
  });
});
