/**
 * An import's audit row keeps its detail as a code (reasons-14, service-files.ts), through the real
 * API server over HTTP on the real store: the detail's English as written before, and the Audit
 * page says it in German and Indonesian (issue 62).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import type { AuditEntry } from '../../../../shared/contract/history';
import { translator } from '../../../../shared/i18n/translators';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';

let server: ApiServer<'admin'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'files-languages', tokens: [['admin', 'admin', 'ops']] });
}, 60_000);

afterAll(() => server?.close());

const rows = Array.from({ length: 3 }, (_, i) => ({
  ip: `81.3.0.${i + 1}`,
  timestamp: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 19),
}));

describe("an import's audit row in the reader's language", () => {
  it('keeps the English as before and the code, said in German and Indonesian', async () => {
    const content = JSON.stringify(rows);
    const res = await server.call('/import', server.tokens.admin, {
      method: 'POST',
      json: { content, name: 'ip_history.json', tz: 'UTC' },
    });
    expect(res.status).toBe(200);
    const audit = await server.call('/audit?limit=100', server.tokens.admin);
    const row = ((await audit.json()) as { items: AuditEntry[] }).items.find((e) => e.action === 'history.import')!;
    expect(row.detail).toBe('ip_history.json (seed): 3 runs added');
    expect(row.reason).toEqual({
      code: 'reason.audit.imported',
      values: { upload: 'no', name: 'ip_history.json', format: 'seed', count: 3 },
    });
    expect(auditWords(row, translator('de')).detail).toBe('ip_history.json (seed): 3 Einträge hinzugefügt');
    expect(auditWords(row, translator('id')).detail).toBe('ip_history.json (seed): 3 entri ditambahkan');
  });
});
