/**
 * A history file holds only the schema objects the migrations make (store/schema-check.ts): a
 * restore of a file with a planted view, trigger, table or index, or with a table's or index's
 * SQL changed, is refused in words and the history is left as it was; a history file like that
 * found at start is moved aside as damaged, and a good backup used instead. Every schema version's
 * own file passes. The crafted files are edited with sql.js itself, not through the store.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MIGRATIONS, migrate } from '../../../../electron/engine/store/migrations';
import { checkSchemaObjects } from '../../../../electron/engine/store/schema-check';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import { edited, PLANTED } from '../../../helpers/planted-schema';
import { change, DAY, openTest } from './helpers';

describe('the schema objects of a restored file', () => {
  it.each(PLANTED)('refuses %s, in words, and leaves the history as it was', async (_what, sql, named) => {
    const { store, clock, dataDir } = await openTest();
    store.recordChange(change(4, null, '203.0.113.7', clock.now()));
    const file = join(dataDir, 'picked.sqlite');
    await store.backupTo(file);
    await writeFile(file, await edited(await readFile(file), sql));
    store.recordChange(change(4, '203.0.113.7', '198.51.100.1', clock.now() + DAY));

    const refused = store.restoreFrom(file);
    await expect(refused).rejects.toThrow(/schema objects IPWatch does not make \(schema version \d+\)/);
    await expect(refused).rejects.toThrow(named);
    expect(store.history().total).toBe(2);
    expect(store.current(4)?.ip).toBe('198.51.100.1');
    // Nothing was kept aside either: the restore stopped before it touched anything.
    expect(
      (await readdir(join(dataDir, 'backups')).catch(() => [])).filter((n) => n.includes('before-restore')),
    ).toEqual([]);
    await store.close();
  });

  it('passes the file each schema version makes', async () => {
    for (let version = 0; version <= MIGRATIONS.length; version++) {
      const db = await newDatabase();
      migrate(db, version);
      await expect(checkSchemaObjects(db, version)).resolves.toBeUndefined();
      db.close();
    }
  });

  it('refuses a file that claims an older version than the objects it holds', async () => {
    const db = await newDatabase();
    migrate(db);
    // The objects of the latest version, claimed as version 3: audit_by_kind and the rest are not version 3's.
    await expect(checkSchemaObjects(db, 3)).rejects.toThrow(/outbox/);
    db.close();
  });

  it('moves a history file with a planted trigger aside at start and opens the good backup', async () => {
    const first = await openTest();
    first.store.recordChange(change(4, null, '203.0.113.7', first.clock.now()));
    await first.store.flush();
    await first.store.close();
    const path = join(first.dataDir, 'history.sqlite');
    const good = await readFile(path);
    await writeFile(path, await edited(good, PLANTED[1]![1]));

    const { store, records } = await openTest({ dataDir: first.dataDir, clock: first.clock });
    expect(store.status().recovered?.reason).toMatch(/trigger "hide_audit"/);
    expect(store.current(4)?.ip).toBe('203.0.113.7');
    expect((await readdir(first.dataDir)).some((n) => n.startsWith('history.sqlite.corrupt-'))).toBe(true);
    expect(records.some((r) => r.message.includes('failed its check'))).toBe(true);
    await store.close();
  });
});
