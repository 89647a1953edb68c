/**
 * The schema objects a history file may hold: exactly those the product's own migrations make
 * for the file's schema version, compared on `sqlite_master`'s type, name, table and SQL (its
 * white space normalised). The expected set is made by running the real migrations on an empty
 * database, never kept by hand. A file with anything else (a view, a trigger, a table or index
 * the product does not make, or one whose SQL was changed) is refused before it is used: a
 * planted trigger would run inside every later write (hide audit rows, rewrite addresses).
 */
import { migrate } from './migrations';
import { all, type Database, newDatabase } from './sqlite';

interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

/** At most this many objects are named in the refusal; the rest are counted. */
const NAMED_MAX = 5;

/** The file holds schema objects the product does not make; it is left unused. */
export class ForeignSchemaError extends Error {
  constructor(
    readonly version: number,
    readonly found: readonly string[],
  ) {
    const named = found.slice(0, NAMED_MAX).join(', ');
    const more = found.length > NAMED_MAX ? ` and ${found.length - NAMED_MAX} more` : '';
    super(`it holds schema objects IPWatch does not make (schema version ${version}): ${named}${more}`);
    this.name = 'ForeignSchemaError';
  }
}

const normalised = (sql: unknown): string | null => (typeof sql === 'string' ? sql.replace(/\s+/g, ' ').trim() : null);

function schemaObjects(db: Database): Map<string, SchemaObject> {
  const rows = all(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master');
  const objects = new Map<string, SchemaObject>();
  for (const r of rows) {
    const object = { type: String(r.type), name: String(r.name), table: String(r.tbl_name), sql: normalised(r.sql) };
    objects.set(`${object.type}\u0000${object.name}`, object);
  }
  return objects;
}

const made = new Map<number, Promise<Map<string, SchemaObject>>>();

/** What the migrations make up to `version`, once per version a process meets. */
function madeByMigrations(version: number): Promise<Map<string, SchemaObject>> {
  let objects = made.get(version);
  if (!objects) {
    objects = newDatabase().then((db) => {
      try {
        migrate(db, version);
        return schemaObjects(db);
      } finally {
        db.close();
      }
    });
    // A failure is not kept: the next check builds the set again.
    objects.catch(() => made.delete(version));
    made.set(version, objects);
  }
  return objects;
}

/** A name as the refusal shows it: quoted, control characters escaped, bounded. */
const shown = (o: SchemaObject, how: string) => {
  const name = o.name.length > 60 ? `${o.name.slice(0, 59)}…` : o.name;
  return `${how}${o.type} ${JSON.stringify(name)}`;
};

/**
 * Throws ForeignSchemaError unless `db`'s schema objects are exactly those the migrations make
 * for `version` (the file's own; a newer version is refused before this).
 */
export async function checkSchemaObjects(db: Database, version: number): Promise<void> {
  const expected = await madeByMigrations(version);
  const present = schemaObjects(db);
  const found: string[] = [];
  for (const [key, o] of present) {
    const want = expected.get(key);
    if (!want) found.push(shown(o, ''));
    else if (want.table !== o.table || want.sql !== o.sql) found.push(shown(o, 'a changed '));
  }
  for (const [key, o] of expected) if (!present.has(key)) found.push(shown(o, 'no '));
  if (found.length) throw new ForeignSchemaError(version, found);
}
