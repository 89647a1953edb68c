/**
 * A revoked browser session's audit row keeps whose session it was as a code (reasons-14,
 * session-admin.ts), through the real API server over HTTP on a real session store: its English
 * as written before, and the Audit page says it in German and Indonesian (issue 62).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import type { AuditEntry, BrowserSessions } from '../../../../shared/contract';
import { translator } from '../../../../shared/i18n/translators';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';

const ADMIN_TOKEN = 'the-first-admin-token-0123456789';
let server: ApiServer<'grafana'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'revoke-languages', firstToken: ADMIN_TOKEN, tokens: [['grafana', 'admin']] });
}, 60_000);

afterAll(() => server?.close());

/** Signs a browser in with a token; its session cookie, as `name=value`. */
async function signIn(token: string): Promise<string> {
  const res = await server.call('/session', null, { json: { token } });
  expect(res.status).toBe(204);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe("a revoked session's audit row in the reader's language", () => {
  it('keeps the English as before and the code, said in German and Indonesian', async () => {
    const admin = await signIn(ADMIN_TOKEN);
    await signIn(server.tokens.grafana);
    const listed = (await (await server.call('/sessions', { cookie: admin })).json()) as BrowserSessions;
    const sid = listed.sessions.find((s) => s.name === 'grafana')!.sid;
    expect((await server.call('/sessions/revoke', { cookie: admin }, { json: { sid } })).status).toBe(200);
    const audit = await server.call('/audit?limit=100', ADMIN_TOKEN);
    const row = ((await audit.json()) as { items: AuditEntry[] }).items.find((e) => e.action === 'session.revoke')!;
    expect(row.detail).toBe(`grafana (admin, token, ${sid})`);
    expect(row.reason).toEqual({
      code: 'reason.audit.revoked',
      values: { name: 'grafana', role: 'admin', via: 'token', sid, own: 'no' },
    });
    expect(auditWords(row, translator('de')).detail).toMatch(new RegExp(`^grafana \\(.+, Token, ${sid}\\)$`));
    expect(auditWords(row, translator('id')).detail).toMatch(new RegExp(`^grafana \\(.+, token, ${sid}\\)$`));
    expect(auditWords(row, translator('de')).detail).not.toBe(row.detail);
  });
});
