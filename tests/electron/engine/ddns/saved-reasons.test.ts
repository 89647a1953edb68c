/**
 * A stopped record's reason kept with its job (issue 62): saved with its code, it comes back
 * after a restart and is said in any language; saved by a version before codes (the English
 * alone, schema 15), the store opens, the job loads whole and the record shows that English in
 * every language (shared/words/reason.ts's fallback).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { systemNsResolver } from '../../../../electron/engine/ddns/propagation';
import { RecordKeeper } from '../../../../electron/engine/ddns/record-keeper';
import type { DdnsUpdater } from '../../../../electron/engine/ddns/types';
import { why } from '../../../../electron/engine/ddns/why';
import { createLogger } from '../../../../electron/engine/logger';
import type { HistoryStore } from '../../../../electron/engine/store';
import type { DdnsJob } from '../../../../electron/engine/store/ddns-jobs';
import { migrate } from '../../../../electron/engine/store/migrations';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { translator } from '../../../../shared/i18n/translators';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { ddnsRecordLine } from '../../../../shared/words/ddns';
import type { FakeClock } from '../../../helpers/fake-clock';
import { openTest, tempDir } from '../store/helpers';

const OLD = 'DuckDNS myhome.duckdns.org A: KO (the token or the domain is wrong)';
const record = ddnsRecordSchema.parse({
  id: 'duck',
  provider: 'duckdns',
  token: 'duck-token-1234',
  domain: 'myhome.duckdns.org',
});
// Stopped records are never sent: the keeper must not call its provider.
const updater: DdnsUpdater = { id: 'duck', update: () => Promise.reject(new Error('a stopped record was sent')) };

/** The record's status as a keeper built on `store` says it after a restart. */
function statusAfterRestart(store: HistoryStore, clock: FakeClock) {
  const keeper = new RecordKeeper(record, 'fp', updater, {
    store,
    clock,
    logger: createLogger('ddns', { level: 'error', sink: () => undefined }),
    random: () => 0,
    resolver: systemNsResolver(),
    lookTimeoutMs: 500,
    proveLimitMs: 60_000,
    proveEveryMs: 1_000,
    lookEveryMs: 600_000,
    changed: () => undefined,
  });
  const status = keeper.status();
  keeper.close();
  return status;
}

const stoppedJob = (over: Partial<DdnsJob>): DdnsJob => ({
  recordId: 'duck',
  fingerprint: 'fp',
  want: '198.51.100.7',
  changeAt: 1_000,
  attempts: 1,
  nextAt: 1_000,
  status: 'stopped',
  reason: OLD,
  doneAt: 2_000,
  ...over,
});

describe("a stopped record's reason across a restart", () => {
  it('saved with its code: said in German after the store is opened again', async () => {
    const { store, dataDir } = await openTest();
    const ko = why('reason.ddns.duckdnsKo', { label: 'DuckDNS myhome.duckdns.org A' });
    expect(ko.text).toBe(OLD);
    store.putDdnsJob(stoppedJob({ reason: ko.text, reasonCode: ko.code }));
    await store.close();

    const again = await openTest({ dataDir });
    expect(again.store.ddnsJobs()).toEqual([stoppedJob({ reason: OLD, reasonCode: ko.code })]);
    const status = statusAfterRestart(again.store, again.clock);
    expect(status).toMatchObject({ state: 'stopped', why: OLD, reason: ko.code });
    expect(ddnsRecordLine(status, translator('de'))).toBe(
      'myhome.duckdns.org A: abgeschaltet: DuckDNS myhome.duckdns.org A: KO (Token oder Domain falsch)',
    );
    await again.store.close();
  });

  it('saved before codes (schema 15): loads, and shows its English in every language', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, 15);
    db.run(
      `INSERT INTO ddns_jobs (record_id, fingerprint, want, change_at, attempts, next_at, status, reason, done_at)
       VALUES ('duck', 'fp', '198.51.100.7', 1000, 1, 1000, 'stopped', ?, 2000)`,
      [OLD],
    );
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store, clock } = await openTest({ dataDir });
    expect(store.ddnsJobs()).toEqual([stoppedJob({})]);
    expect(store.ddnsJobs()[0]).not.toHaveProperty('reasonCode');
    const status = statusAfterRestart(store, clock);
    expect(status).toMatchObject({ state: 'stopped', why: OLD });
    expect(status).not.toHaveProperty('reason');
    for (const language of ['en', 'de', 'id'] as const)
      expect(ddnsRecordLine(status, translator(language))).toContain(`: ${OLD}`);
    await store.close();
  });
});
