/**
 * Streamed export. Rows are read a page at a time with keyset paging (each page a fresh
 * statement, read to the end before yielding) and written with back-pressure, so memory
 * stays flat and a save running between pages cannot disturb an open statement. Runs, changes
 * and outages are written in the order they happened (the history's sequence, sequence.ts), each
 * with its wall stamps; an import numbers them again in their time order.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

import { CSV_HEADER, csvLine, EXPORT_FORMAT_ID, EXPORT_VERSION } from '../format/history-file';
import { RUN_SELECT, toEntry } from './history-query';
import type { ExportFormat } from './history-types';
import { all, type Database, num, numOrNull, type Row, str } from './sqlite';

const PAGE = 500;

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Yields pages of rows in (order column, id) order without holding a statement across awaits. */
async function* pages(db: () => Database, sql: (after: string) => string, orderCol: string): AsyncGenerator<Row[]> {
  let last: [number, number] | null = null;
  for (;;) {
    const rows: Row[] = last
      ? all(db(), sql(`WHERE (${orderCol}, rowid_) > (?, ?)`), [...last, PAGE])
      : all(db(), sql(''), [PAGE]);
    if (!rows.length) return;
    yield rows;
    const tail: Row | undefined = rows[rows.length - 1];
    if (!tail || rows.length < PAGE) return;
    last = [num(tail.order_), num(tail.rowid_)];
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const runPages = (db: () => Database) =>
  pages(
    db,
    (w) =>
      `SELECT * FROM (${RUN_SELECT.replace('SELECT r.*', 'SELECT r.*, r.seq AS order_, r.id AS rowid_')}) ${w} ORDER BY order_, rowid_ LIMIT ?`,
    'order_',
  );

export async function exportHistory(
  db: () => Database,
  out: Writable,
  format: ExportFormat,
  now: number,
): Promise<{ rows: number }> {
  let rows = 0;
  if (format === 'csv') {
    await write(out, CSV_HEADER);
    for await (const page of runPages(db)) {
      rows += page.length;
      await write(out, page.map((r) => csvLine(toEntry(r))).join(''));
    }
    return { rows };
  }
  await write(out, `{"format":"${EXPORT_FORMAT_ID}","version":${EXPORT_VERSION},"exportedAt":${now},"runs":[`);
  let first = true;
  const items = async (list: unknown[]) => {
    const text = list.map((x) => JSON.stringify(x)).join(',\n');
    await write(out, (first ? '\n' : ',\n') + text);
    first = false;
    rows += list.length;
  };
  for await (const page of runPages(db)) {
    await items(
      page.map((r) => {
        const e = toEntry(r);
        return {
          family: e.family,
          ip: e.ip,
          firstSeen: e.firstSeen,
          lastSeen: e.lastSeen,
          checks: e.checks,
          sources: e.sources,
        };
      }),
    );
  }
  first = true;
  await write(out, '],\n"changes":[');
  for await (const page of pages(
    db,
    (w) => `SELECT *, seq AS order_, id AS rowid_ FROM changes ${w} ORDER BY order_, rowid_ LIMIT ?`,
    'order_',
  )) {
    await items(
      page.map((r) => ({
        family: num(r.family),
        from: r.old == null ? null : str(r.old),
        to: str(r.new),
        at: num(r.at),
        sources: str(r.sources).split(',').filter(Boolean),
        trigger: str(r.trigger),
      })),
    );
  }
  first = true;
  await write(out, '],\n"outages":[');
  for await (const page of pages(
    db,
    (w) => `SELECT *, seq AS order_, start_at AS rowid_ FROM outages ${w} ORDER BY order_, rowid_ LIMIT ?`,
    'order_',
  )) {
    await items(page.map((r) => ({ start: num(r.start_at), end: numOrNull(r.end_at), cause: str(r.cause) })));
  }
  first = true;
  await write(out, '],\n"sessions":[');
  for await (const page of pages(
    db,
    (w) => `SELECT *, start_at AS order_, start_at AS rowid_ FROM sessions ${w} ORDER BY order_ LIMIT ?`,
    'order_',
  )) {
    await items(
      page.map((r) => ({
        start: num(r.start_at),
        end: numOrNull(r.end_at),
        lastAlive: num(r.last_alive),
        clean: num(r.clean) === 1,
      })),
    );
  }
  await write(out, ']}\n');
  return { rows };
}
