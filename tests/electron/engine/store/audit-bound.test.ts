/**
 * The audit log is bounded (issue 58): by rows (the newest AUDIT_MAX_ROWS stay, whatever writes
 * them) and by age (a row older than AUDIT_MAX_AGE_DAYS goes at a later write), through the real
 * history store on a fake clock. Before the bound every row stayed forever.
 */
import { describe, expect, it } from 'vitest';

import { AUDIT_MAX_AGE_DAYS, AUDIT_MAX_ROWS } from '../../../../electron/engine/store/audit';
import { DAY, openTest } from './helpers';

describe('the audit log bound', () => {
  it(`keeps the newest ${AUDIT_MAX_ROWS} rows when more are written`, async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    const extra = 25;
    for (let i = 0; i < AUDIT_MAX_ROWS + extra; i++)
      store.audit({ actor: `someone ${i}`, action: 'session.sign-in', detail: null, result: 'refused' });
    expect(store.auditTotal()).toBe(AUDIT_MAX_ROWS);
    const newest = store.auditLog({ limit: 1 })[0]!;
    expect(newest.actor).toBe(`someone ${AUDIT_MAX_ROWS + extra - 1}`);
    // The oldest left is the first of the newest AUDIT_MAX_ROWS.
    const oldest = store.auditLog({ limit: 1, offset: AUDIT_MAX_ROWS - 1 })[0]!;
    expect(oldest.actor).toBe(`someone ${extra}`);
    await store.close();
  }, 60_000);

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
