import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import type { HistoryStore } from '../../../../electron/engine/store';
import { change, DAY, MIN, openTest, tempDir } from './helpers';

/** A slow sink with a tiny buffer, so the exporter must wait for 'drain'. */
function slowSink() {
  const chunks: string[] = [];
  let drains = 0;
  const out = new Writable({
    highWaterMark: 256,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      setImmediate(done);
    },
  });
  out.on('drain', () => drains++);
  /** The exporter leaves the stream open (it may be stdout); end it and wait for the last chunk. */
  const done = async () => {
    out.end();
    await once(out, 'finish');
  };
  return { out, done, text: () => chunks.join(''), drains: () => drains };
}

async function filled(runs: number): Promise<HistoryStore> {
  const { store, clock } = await openTest({ dataDir: ':memory:' });
  let prev: string | null = null;
  for (let i = 0; i < runs; i++) {
    const ip = `198.51.${i >> 8}.${i & 255}`;
    store.recordChange(change(4, prev, ip, clock.now() + i * DAY));
    store.recordCheck({ family: 4, ip, at: clock.now() + i * DAY + MIN, trigger: 'interval', sources: ['a', 'b'] });
    // Written when it happened (the export follows the order of writing, store/sequence.ts): on the first day.
    if (i === 0) store.recordChange(change(6, null, '2001:4860:1:2::1', clock.now()));
    prev = ip;
  }
  store.recordOutage({ start: clock.now() + 5, end: clock.now() + 10, cause: 'wifi, "cable" out' });
  return store;
}

describe('export', () => {
  it('streams CSV: a header then one line per run, across pages and with back-pressure', async () => {
    const store = await filled(1200);
    const sink = slowSink();
    const { rows } = await store.exportTo(sink.out, 'csv');
    await sink.done();
    const lines = sink.text().trimEnd().split('\n');
    expect(rows).toBe(1201);
    expect(lines[0]).toBe('family,ip,prefix,first_seen,last_seen,checks,sources,trigger,previous_ip');
    expect(lines).toHaveLength(1202);
    expect(lines[1]).toBe(
      '4,198.51.0.0,,2025-01-01T00:00:00.000Z,2025-01-01T00:01:00.000Z,2,ipify icanhazip a b,interval,',
    );
    expect(lines[2]).toBe(
      '6,2001:4860:1:2::1,2001:4860:1:2::/64,2025-01-01T00:00:00.000Z,2025-01-01T00:00:00.000Z,1,ipify icanhazip,interval,',
    );
    expect(lines[3]).toMatch(/^4,198\.51\.0\.1,.*,interval,198\.51\.0\.0$/);
    expect(sink.drains()).toBeGreaterThan(0);
    await store.close();
  });

  it('streams JSON that parses and imports back without duplicates', async () => {
    const store = await filled(700);
    const sink = slowSink();
    await store.exportTo(sink.out, 'json');
    await sink.done();
    const data = JSON.parse(sink.text()) as {
      format: string;
      runs: unknown[];
      changes: unknown[];
      outages: { cause: string }[];
    };
    expect(data.format).toBe('ipwatch-history');
    expect(data.runs).toHaveLength(701);
    expect(data.changes).toHaveLength(701);
    expect(data.outages).toEqual([expect.objectContaining({ cause: 'wifi, "cable" out' })]);

    const file = `${await tempDir()}/export.json`;
    await writeFile(file, sink.text());
    const fresh = await openTest({ dataDir: ':memory:' });
    const first = await importHistoryFile(fresh.store, file);
    expect(first).toEqual({
      format: 'ipwatch',
      runs: { added: 701, grown: 0, skipped: 0, setAside: 0, trimmed: 0 },
      changes: { added: 701, skipped: 0, setAside: 0 },
      outages: { added: 1, skipped: 0 },
      sessions: { added: 0, skipped: 0 },
    });
    expect(fresh.store.current(4)?.ip).toBe(store.current(4)?.ip);
    const second = await importHistoryFile(fresh.store, file, 'ipwatch');
    expect(second.runs).toEqual({ added: 0, grown: 0, skipped: 701, setAside: 0, trimmed: 0 });
    expect(fresh.store.history({ limit: 1 }).total).toBe(701);
    await fresh.store.close();
    await store.close();
  });

  it('handles an empty history', async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    const csv = slowSink();
    expect((await store.exportTo(csv.out, 'csv')).rows).toBe(0);
    await csv.done();
    expect(csv.text()).toBe('family,ip,prefix,first_seen,last_seen,checks,sources,trigger,previous_ip\n');
    const json = slowSink();
    await store.exportTo(json.out, 'json');
    await json.done();
    expect(JSON.parse(json.text())).toMatchObject({ runs: [], changes: [], outages: [] });
    await store.close();
  });
});
