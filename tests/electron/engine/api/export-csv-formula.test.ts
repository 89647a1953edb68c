/**
 * An exported CSV opens without a formula (OWASP's CSV injection rule, format/csv-cell.ts): source
 * names that a spreadsheet would run come in through an import (an IPWatch JSON export, as a
 * stranger's file could be), and the CSV export through the real API server over HTTP is read
 * back with an RFC 4180 reader of the test's own: no cell begins with = + - @, a tab or a carriage
 * return, and each such name is there whole behind its leading quote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { readCsv } from '../../../helpers/csv-reader';

let server: ApiServer<'admin'>;

beforeAll(async () => {
  server = await startApiServer({ name: 'export-csv-formula', tokens: [['admin', 'admin', 'ops']] });
}, 60_000);

afterAll(() => server?.close());

/** Names a spreadsheet would run; none holds a comma (the store keeps a run's sources comma-separated). */
const FORMULAS = ['=HYPERLINK("http://x";"y")', '+SUM(1;2)', "-2+3+cmd|' /C calc'!A0", '@SUM(1)', '\t=1+1', '\r=1+1'];
const DAY = 86_400_000;
const t0 = Date.UTC(2024, 0, 1);

describe('the CSV export', () => {
  it('writes no cell a spreadsheet would run, and keeps each text behind a quote', async () => {
    const runs = FORMULAS.map((name, i) => ({
      family: 4,
      ip: `81.3.0.${i + 1}`,
      firstSeen: t0 + i * DAY,
      lastSeen: t0 + i * DAY + 60_000,
      checks: 2,
      sources: [name],
    }));
    const content = JSON.stringify({ format: 'ipwatch-history', version: 1, runs, changes: [], outages: [] });
    const imported = await server.call('/import', server.tokens.admin, {
      method: 'POST',
      json: { content, name: 'crafted.json' },
    });
    expect(imported.status, await imported.clone().text()).toBe(200);

    const res = await server.call('/export?format=csv', server.tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const body = await res.text();
    const [header, ...records] = readCsv(body);
    expect(header).toEqual([
      'family',
      'ip',
      'prefix',
      'first_seen',
      'last_seen',
      'checks',
      'sources',
      'trigger',
      'previous_ip',
    ]);
    const ours = records.filter((r) => r[1]?.startsWith('81.3.0.'));
    expect(ours).toHaveLength(FORMULAS.length);
    for (const record of records)
      for (const cell of record) expect(cell, JSON.stringify(record)).not.toMatch(/^[=+\-@\t\r]/);
    const sourcesCells = ours.map((r) => r[6]);
    expect(sourcesCells.sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
    // The numbers stay numbers.
    expect(ours.map((r) => [r[0], r[5]])).toEqual(FORMULAS.map(() => ['4', '2']));
  });
});
