/**
 * A row counted several times (repeated-rows.ts) keeps its count apart from its English detail
 * (issue 62, migration 19), through the real API server over HTTP on the real store, a fake clock
 * moving time: a viewer token signing in again and again, and its refused pause again and again.
 * The API's detail keeps its English bytes; the Audit page's words (renderer/src/pages/audit-words.ts)
 * say the whole row, the count and its duration too, in German and Indonesian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import type { AuditEntry } from '../../../../shared/contract/history';
import { english, translator } from '../../../../shared/i18n/translators';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

const clock = new FakeClock(Date.UTC(2026, 10, 27, 1));
let server: ApiServer<'admin' | 'viewer'>;

beforeAll(async () => {
  server = await startApiServer({
    name: 'repeated-audit',
    clock,
    tokens: [
      ['admin', 'admin', 'ops'],
      ['viewer', 'viewer', 'grafana'],
    ],
  });
}, 60_000);
afterAll(() => server?.close());

/** The viewer's rows, newest first, as the API gives them to an admin. */
async function viewerRows(): Promise<AuditEntry[]> {
  const res = await server.call('/audit?limit=1000', server.tokens.admin);
  expect(res.status).toBe(200);
  const items = ((await res.json()) as { items: AuditEntry[] }).items;
  return items.filter((r) => r.actor === 'grafana (viewer, token)');
}

describe('a row counted several times, in the reader’s language', () => {
  it('a token signing in three times over 40 s: one row, its count kept, said in German and Indonesian', async () => {
    for (let i = 0; i < 3; i++) {
      if (i > 0) await clock.advance(20_000);
      expect((await server.call('/session', null, { json: { token: server.tokens.viewer } })).status).toBe(204);
    }
    const [row, ...others] = await viewerRows();
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      action: 'session.sign-in',
      detail: 'with a token, from 127.0.0.1 (signed in 3 times in 40 s, each within a minute of the one before)',
      reason: { code: 'reason.audit.tokenSignIn', values: { from: '127.0.0.1', here: 'no' } },
      repeated: { times: 3, spanMs: 40_000 },
    });
    expect(auditWords(row!, english).detail).toBe(row!.detail);
    expect(auditWords(row!, translator('de')).detail).toBe(
      'mit einem Token, von 127.0.0.1 (3-mal angemeldet in 40 Sek., jeweils binnen einer Minute nach dem vorigen Mal)',
    );
    expect(auditWords(row!, translator('id')).detail).toBe(
      'dengan token, dari 127.0.0.1 (masuk 3 kali dalam 40 dtk, masing-masing kurang dari satu menit setelah yang sebelumnya)',
    );
  });

  it('a refused pause repeated under a second: the count in German and Indonesian', async () => {
    for (let i = 0; i < 4; i++)
      expect((await server.call('/pause', server.tokens.viewer, { method: 'POST' })).status).toBe(403);
    const [row] = await viewerRows();
    expect(row).toMatchObject({ action: 'pause', result: 'refused', repeated: { times: 4, spanMs: 0 } });
    expect(row!.detail).toMatch(/ \(refused 4 times in under a second, each within a minute of the one before\)$/);
    expect(auditWords(row!, english).detail).toBe(row!.detail);
    expect(auditWords(row!, translator('de')).detail).toMatch(
      / \(4-mal abgelehnt in unter einer Sekunde, jeweils binnen einer Minute nach dem vorigen Mal\)$/,
    );
    expect(auditWords(row!, translator('id')).detail).toMatch(
      / \(ditolak 4 kali dalam kurang dari satu detik, masing-masing kurang dari satu menit setelah yang sebelumnya\)$/,
    );
  });
});
