import { describe, expect, it } from 'vitest';

import {
  migrate,
  MIGRATIONS,
  NewerSchemaError,
  SCHEMA_VERSION,
  schemaVersion,
} from '../../../../electron/engine/store/migrations';
import { all, type Database, newDatabase } from '../../../../electron/engine/store/sqlite';
import { columns, steps } from './migration-steps';

const tables = (db: Database) =>
  all(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => String(r.name));

describe('migrations', () => {
  it('covers every migration in this test', () => {
    expect(steps.map((s) => s.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(steps)('step $version adds its tables and keeps earlier data', async (step) => {
    const db = await newDatabase();
    migrate(db, step.version - 1);
    step.seed?.(db);
    const before = tables(db);
    expect(migrate(db, step.version)).toEqual([step.version]);
    expect(schemaVersion(db)).toBe(step.version);
    expect(tables(db).filter((t) => !before.includes(t))).toEqual(Object.keys(step.adds).sort());
    for (const [table, cols] of Object.entries(step.adds)) expect(columns(db, table)).toEqual(cols);
    step.check?.(db);
    db.close();
  });

  it('does nothing on an up-to-date database', async () => {
    const db = await newDatabase();
    migrate(db);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('rolls back a failing step and keeps the version before it', async () => {
    const db = await newDatabase();
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        description: 'broken',
        up: (d: Database) => {
          d.run('CREATE TABLE half (x)');
          d.run('THIS IS NOT SQL');
        },
      },
    ];
    expect(() => migrate(db, 2, broken)).toThrow(/migration 2 \(broken\) failed/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
    db.close();
  });

  it('refuses a database newer than it knows', async () => {
    const db = await newDatabase();
    db.run('PRAGMA user_version = 42');
    expect(() => migrate(db)).toThrow(NewerSchemaError);
    db.close();
  });
});
