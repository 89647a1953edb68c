/**
 * A dangerous change refused by its rule keeps its why as a code with the audit row (reasons-14,
 * guards.ts dangerReason), through the real API server over HTTP on the real store: the 403 and
 * the row's detail keep the English the API said before, and the Audit page says the rule in
 * German and Indonesian (issue 62). The changes themselves stay as destinations.ts words them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditWords } from '../../../../renderer/src/pages/audit-words';
import type { AuditEntry } from '../../../../shared/contract/history';
import { translator } from '../../../../shared/i18n/translators';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';

let server: ApiServer<'admin'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'danger-languages', live: ['hook'], tokens: [['admin', 'admin', 'ops']] });
}, 60_000);

afterAll(() => server?.close());

const BEFORE =
  "the hook's program (was none, now /bin/true): this changes where a stored secret goes, what runs on this host, or who may sign in and how, or lowers a protection; an admin token may do it only from the CLI on this host; otherwise sign in with Discord and repeat it within 5 minutes, or run it with `ipwatch api` on this host";

async function refusedRow(): Promise<AuditEntry> {
  const res = await server.call('/audit?limit=100', server.tokens.admin);
  const items = ((await res.json()) as { items: AuditEntry[] }).items;
  return items.find((e) => e.result === 'refused' && e.action === 'saveSettings')!;
}

describe('a dangerous change refused, in the reader’s language', () => {
  it('keeps the English the API said before and says the rule in German and Indonesian', async () => {
    const view = (await (await server.call('/settings', server.tokens.admin)).json()) as {
      settings: Record<string, unknown>;
    };
    const json = { settings: { ...view.settings, hook: { ...(view.settings.hook as object), program: '/bin/true' } } };
    const refused = await server.call('/settings', server.tokens.admin, { method: 'PUT', json });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain(JSON.stringify(BEFORE).slice(1, -1));
    const row = await refusedRow();
    expect(row.detail).toBe(BEFORE);
    expect(row.reason).toEqual({
      code: 'reason.audit.dangerToken',
      values: { changes: "the hook's program (was none, now /bin/true)" },
    });
    expect(auditWords(row, translator('de')).detail).toBe(
      "the hook's program (was none, now /bin/true): dies ändert, wohin ein gespeichertes Geheimnis geht, was auf diesem Host läuft oder wer sich wie anmelden darf, oder senkt einen Schutz. Ein Admin-Token darf das nur über die CLI auf diesem Host. Melden Sie sich mit Discord an und wiederholen Sie es binnen 5 Minuten, oder führen Sie es mit `ipwatch api` auf diesem Host aus",
    );
    expect(auditWords(row, translator('id')).detail).toMatch(
      /: ini mengubah ke mana rahasia yang tersimpan dikirim, .*; token admin hanya boleh melakukannya dari CLI di host ini; jika tidak, masuk dengan Discord/,
    );
  });
});
