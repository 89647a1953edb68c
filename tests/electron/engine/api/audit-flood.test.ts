/**
 * The audit log cannot be flushed (issue 58), through the real API server over HTTP on the real
 * store, its bound made small through the store's option (each kind keeps KIND_ROWS rows) and
 * a fake clock moving time: a metrics token gets no browser session (403 in words, one refused
 * row); a viewer token's 500 sign-ins in a loop are one row with their count; and a flood of
 * sign-ins and refusals far past the bound, each a minute apart so none is counted on another's
 * row, leaves an admin's older change in the log (a pause: the settings' own row is written by the
 * settings file's writer, which this server's in-memory settings stand in for), and fills only the
 * viewer's own share of each kind (issue 73).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { METRICS_NO_SESSION_WORDS } from '../../../../electron/engine/api/door/auth-hook';
import { principalRows } from '../../../../electron/engine/store/audit';
import type { AuditEntry } from '../../../../shared/contract/history';
import { type ApiServer, errorMessage, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

const KIND_ROWS = 20;
const clock = new FakeClock(Date.UTC(2026, 10, 27, 1));
let server: ApiServer<'admin' | 'viewer' | 'metrics'>;

beforeAll(async () => {
  server = await startApiServer({
    name: 'audit-flood',
    clock,
    auditKindRows: KIND_ROWS,
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer', 'grafana'],
      ['metrics', 'metrics', 'prometheus'],
    ],
  });
}, 60_000);
afterAll(() => server?.close());

const signIn = (token: string) => server.call('/session', null, { json: { token } });

/** The whole audit log, newest first, as the API gives it to an admin. */
async function auditRows(): Promise<AuditEntry[]> {
  const res = await server.call('/audit?limit=1000', server.tokens.admin);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: AuditEntry[] }).items;
}

describe('the audit log against a flood', () => {
  it('refuses a metrics token a browser session, in words, on one refused row', async () => {
    const res = await signIn(server.tokens.metrics);
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await errorMessage(res)).toBe(METRICS_NO_SESSION_WORDS);
    const rows = (await auditRows()).filter((r) => r.actor === 'prometheus (metrics, token)');
    expect(rows).toMatchObject([{ action: 'session.sign-in', result: 'refused', detail: METRICS_NO_SESSION_WORDS }]);
  });

  it("counts a viewer token's 500 sign-ins in a loop on one row", async () => {
    for (let i = 0; i < 500; i++) expect((await signIn(server.tokens.viewer)).status).toBe(204);
    const rows = (await auditRows()).filter((r) => r.actor === 'grafana (viewer, token)');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'session.sign-in', result: 'ok' });
    expect(rows[0]!.detail).toMatch(/^with a token, from 127\.0\.0\.1 \(signed in 500 times in under a second, each/);
  });

  it("keeps an admin's older change through a flood of sign-ins and refusals past the bound", async () => {
    // An admin's change: a pause (monitor.pause, applied), as a settings change is a change row too.
    expect((await server.call('/pause', server.tokens.admin, { method: 'POST' })).status).toBe(200);
    expect((await server.call('/resume', server.tokens.admin, { method: 'POST' })).status).toBe(200);
    const change = (await auditRows()).find((r) => r.actor === 'ops (admin, token)' && r.action === 'monitor.pause');
    expect(change).toMatchObject({ result: 'applied' });
    for (let i = 0; i < 3 * KIND_ROWS; i++) {
      await clock.advance(61_000);
      expect((await signIn(server.tokens.viewer)).status).toBe(204);
      expect((await server.call('/pause', server.tokens.viewer, { method: 'POST' })).status).toBe(403);
    }
    const rows = await auditRows();
    // The flood filled the viewer's own share of each kind (issue 73), and no further: the metrics
    // token's refusal, another principal's, stays.
    const viewer = rows.filter((r) => r.actor === 'grafana (viewer, token)');
    expect(viewer.filter((r) => r.result === 'ok')).toHaveLength(principalRows(KIND_ROWS));
    expect(viewer.filter((r) => r.result === 'refused')).toHaveLength(principalRows(KIND_ROWS));
    expect(rows.filter((r) => r.actor === 'prometheus (metrics, token)')).toHaveLength(1);
    expect(rows.find((r) => r.id === change!.id)).toEqual(change);
  });
});
