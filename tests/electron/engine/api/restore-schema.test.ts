/**
 * A restore through the API path the dashboard's Data panel uses (POST /restore, the file as base64)
 * of a backup with a planted view, trigger, table or index, or a changed table or index SQL, on the
 * real headless runner: refused with 422 in words that name the object, and the live history
 * and audit log as they were (the refusal's own audit row is written and read back, so no
 * planted trigger is hiding rows).
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditEntry, HistoryPage } from '../../../../shared/contract';
import { type ApiRunner, startApiRunner } from '../../../helpers/api-runner';
import { edited, PLANTED } from '../../../helpers/planted-schema';
import { startWorld, type World } from '../../../helpers/world';

let world: World;
let runner: ApiRunner;

beforeAll(async () => {
  world = await startWorld();
  runner = await startApiRunner({ world });
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await world?.close();
});

const json = async <T>(res: Promise<Response>): Promise<T> => {
  const r = await res;
  expect(r.status, r.url).toBe(200);
  return (await r.json()) as T;
};
const post = (p: string, body?: unknown) =>
  runner.fetch(`/api/v1${p}`, { method: 'POST', ...(body === undefined ? {} : { json: body }) });
const total = async () => (await json<HistoryPage>(runner.fetch('/api/v1/history?limit=1'))).total;
const audit = async () => (await json<{ items: AuditEntry[] }>(runner.fetch('/api/v1/audit?limit=200'))).items;

describe('restoring a backup with schema objects the product does not make', () => {
  it.each(PLANTED)('refuses %s in words and changes nothing', async (_what, sql, named) => {
    const backup = await json<{ path: string }>(post('/backup'));
    const before = { total: await total(), audit: (await audit()).length };
    const content = Buffer.from(await edited(readFileSync(backup.path), sql)).toString('base64');

    const res = await post('/restore', { content, name: 'crafted.sqlite' });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    // The page says this refusal in its own words, in the reader's language (api-error-words.ts).
    expect(error.code).toBe('foreign_schema');
    expect(error.message).toMatch(/^cannot restore crafted\.sqlite: .*schema objects IPWatch does not make/);
    expect(error.message).toMatch(named);

    expect(await total()).toBe(before.total);
    const rows = await audit();
    // The refusal's own row is there: the history kept its audit log, no trigger took it over.
    expect(rows.length).toBe(before.audit + 1);
    expect(rows[0]).toMatchObject({ action: 'history.restore', result: 'rejected' });
    const kept = await readdir(path.join(runner.dataDir, 'backups'));
    expect(kept.filter((n) => n.includes('before-restore'))).toEqual([]);
  });

  it('still restores the backup as the product made it', async () => {
    const backup = await json<{ path: string }>(post('/backup'));
    const content = readFileSync(backup.path).toString('base64');
    const restored = await json<{ keptAs: string | null }>(post('/restore', { content, name: 'backup.sqlite' }));
    expect(restored.keptAs).toMatch(/history-before-restore-/);
  });
});
