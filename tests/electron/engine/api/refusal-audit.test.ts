/**
 * Refused changes leave a row in the audit log (issue 50), through the real API server over HTTP
 * on the real store: a viewer's and a metrics token's writes refused at the door, and a dangerous
 * change refused by the 5-minute rule, each a "refused" row with who, what and why in words (as
 * the Activity page reads it: renderer/src/pages/audit-words.ts). A client repeating a refused
 * write in a loop counts on one row while it keeps at it within a minute (a fake clock moves
 * time); a minute's pause starts a new row. A refused read writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import type { AuditEntry } from '../../../../shared/contract/history';
import { english } from '../../../../shared/i18n/translators';
import { type ApiCallInit, type ApiServer, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

const SECOND = 1000;
const clock = new FakeClock(Date.UTC(2026, 10, 27, 1));
let server: ApiServer<'admin' | 'viewer' | 'metrics'>;
let tokens: typeof server.tokens;

beforeAll(async () => {
  server = await startApiServer({
    name: 'refusals',
    clock,
    live: ['hook'],
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer', 'grafana'],
      ['metrics', 'metrics', 'prometheus'],
    ],
  });
  tokens = server.tokens;
}, 60_000);

afterAll(() => server?.close());

const call = (p: string, token: string, init?: ApiCallInit) => server.call(p, token, init);

/** The audit log's refused rows, newest first, as the API gives them to an admin. */
async function refusedRows(): Promise<AuditEntry[]> {
  const res = await call('/audit?limit=1000', tokens.admin);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: AuditEntry[] }).items.filter((e) => e.result === 'refused');
}

/** The settings as the dashboard sends them back, with the hook's program set. */
async function withHook(program: string) {
  const view = (await (await call('/settings', tokens.admin)).json()) as { settings: Record<string, unknown> };
  return { settings: { ...view.settings, hook: { ...(view.settings.hook as object), program } } };
}

describe('a refused write in the audit log', () => {
  it("a viewer's pause and a metrics token's settings write: one row each, who, what and why in words", async () => {
    expect((await call('/pause', tokens.viewer, { method: 'POST' })).status).toBe(403);
    expect((await call('/settings', tokens.metrics, { method: 'PUT', json: await withHook('') })).status).toBe(403);
    const [metrics, viewer] = await refusedRows();
    expect(viewer).toMatchObject({ actor: 'grafana (viewer, token)', action: 'pause', result: 'refused' });
    expect(auditWords(viewer!, english)).toEqual({
      who: 'grafana, with a viewer token',
      what: 'Tried to pause monitoring',
      detail: 'a viewer reads everything and changes nothing: pause monitoring is a change, which needs an admin',
      result: 'Refused',
    });
    expect(auditWords(metrics!, english)).toMatchObject({
      who: 'prometheus, with a metrics token',
      what: 'Tried to change the settings',
      detail:
        'a metrics token reaches /metrics, /healthz and the badge only: it may not change the settings; use a viewer or admin token',
      result: 'Refused',
    });
    expect(server.runtime.services.monitor.status().pausedSince).toBeNull();
  });

  it('a loop of the same refused write counts on its row while it repeats within a minute; a pause starts a new row', async () => {
    const before = (await refusedRows()).length;
    for (let i = 0; i < 20; i++) expect((await call('/resume', tokens.viewer, { method: 'POST' })).status).toBe(403);
    let rows = await refusedRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]!.detail).toMatch(/needs an admin \(refused 20 times in under a second, each within a minute/);

    // Repeats 50 s apart keep to the row: it says how long the loop has gone on.
    for (let i = 0; i < 3; i++) {
      await clock.advance(50 * SECOND);
      expect((await call('/resume', tokens.viewer, { method: 'POST' })).status).toBe(403);
    }
    rows = await refusedRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]!.detail).toMatch(/\(refused 23 times in 2 min 30 s, each within a minute of the one before\)$/);

    // Another who or another what is a row of its own; a minute's pause starts a new one.
    expect((await call('/resume', tokens.metrics, { method: 'POST' })).status).toBe(403);
    await clock.advance(60 * SECOND);
    expect((await call('/resume', tokens.viewer, { method: 'POST' })).status).toBe(403);
    rows = await refusedRows();
    expect(rows).toHaveLength(before + 3);
    expect(rows[0]).toMatchObject({ actor: 'grafana (viewer, token)', action: 'resume' });
    expect(rows[0]!.detail).not.toMatch(/times/);
  });

  it('a refused read writes nothing', async () => {
    const before = (await refusedRows()).length;
    expect((await call('/status', tokens.metrics)).status).toBe(403);
    expect(await refusedRows()).toHaveLength(before);
  });

  it("a dangerous change refused by its rule: the admin token's hook change, with what to do instead", async () => {
    const refused = await call('/settings', tokens.admin, { method: 'PUT', json: await withHook('/bin/true') });
    expect(refused.status).toBe(403);
    expect(server.settings().hook.program).toBe('');
    const [row] = await refusedRows();
    expect(row).toMatchObject({ actor: 'ops (admin, token)', action: 'saveSettings' });
    expect(auditWords(row!, english)).toMatchObject({
      who: 'ops, with an admin token',
      what: 'Tried to change the settings',
      detail: expect.stringMatching(/^the hook's program.*only from the CLI on this host/),
      result: 'Refused',
    });
  });
});
