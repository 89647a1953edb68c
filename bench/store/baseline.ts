/**
 * The designs the store is compared with, fed the same year (both families, one check a
 * minute each): a lean table of one row per check (time in seconds, family, the address as 4
 * or 16 bytes, no index), and the fatter one row per check shaped like Uptime Kuma's heartbeat table
 * (about 93 B a row). Seeded like the store's simulation.
 */
import { stat } from 'node:fs/promises';
import { isIPv4 } from 'node:net';
import { join } from 'node:path';

import { writeFileAtomic } from '../../electron/engine/store/atomic-file';
import { loadSql } from '../../electron/engine/store/sqlite';
import { round, median } from '../engine/stats';
import { type Family, MIN, SEED, START, addressOf, rng } from './simulate';
import { repeat } from './timing';

/** An address as bytes: what a table that wants to be small would store. */
function packed(ip: string): Uint8Array {
  if (isIPv4(ip)) return Uint8Array.from(ip.split('.').map(Number));
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t].map((g) => parseInt(g, 16));
  return Uint8Array.from(groups.flatMap((g) => [g >> 8, g & 255]));
}

const SHAPES = {
  lean: {
    ddl: 'CREATE TABLE checks (time INTEGER NOT NULL, family INTEGER NOT NULL, ip BLOB)',
    insert: 'INSERT INTO checks (time, family, ip) VALUES (?, ?, ?)',
    row: (at: number, family: Family, ip: string, up: boolean) => [at / 1000, family, up ? packed(ip) : null],
  },
  heartbeat: {
    ddl: `CREATE TABLE heartbeat (id INTEGER PRIMARY KEY, monitor_id INTEGER NOT NULL, status INTEGER NOT NULL, msg TEXT,
      time DATETIME NOT NULL, ping INTEGER, important INTEGER NOT NULL DEFAULT 0, duration INTEGER NOT NULL DEFAULT 0, ip TEXT);
      CREATE INDEX monitor_time_index ON heartbeat (monitor_id, time)`,
    insert:
      'INSERT INTO heartbeat (monitor_id, status, msg, time, ping, important, duration, ip) VALUES (?, ?, ?, ?, ?, ?, 60, ?)',
    row: (at: number, family: Family, ip: string, up: boolean, latency: number, changed: boolean) => [
      family,
      up ? 1 : 0,
      up ? 'OK' : 'timeout',
      new Date(at).toISOString().replace('T', ' ').slice(0, 23),
      latency,
      changed ? 1 : 0,
      ip,
    ],
  },
} as const;

export type BaselineShape = keyof typeof SHAPES;

export async function baseline(shape: BaselineShape, days: number, families: readonly Family[], dir: string) {
  const spec = SHAPES[shape];
  const SQL = await loadSql();
  const db = new SQL.Database();
  db.exec(spec.ddl);
  const random = rng(SEED);
  const insert = db.prepare(spec.insert);
  db.run('BEGIN');
  for (let m = 0; m < days * 1440; m++) {
    const day = Math.floor(m / 1440);
    for (const family of families) {
      // Two sources asked, as the store's simulation does: the check is down when both fail.
      const up = random() >= 0.005 || random() >= 0.005;
      const changed = m % 1440 === (family === 4 ? 720 : 1080);
      const ip = addressOf(family, m % 1440 >= (family === 4 ? 720 : 1080) ? day + 2 : day + 1);
      insert.run(spec.row(START + m * MIN, family, ip, up, 40 + Math.floor(random() * 120), changed));
    }
  }
  db.run('COMMIT');
  insert.free();
  const rows = days * 1440 * families.length;
  const path = join(dir, `baseline-${shape}.sqlite`);
  const saves = await repeat(3, () => writeFileAtomic(path, db.export()));
  const bytes = (await stat(path)).size;
  db.close();
  return { shape, days, rows, dbBytes: bytes, bytesPerRow: round(bytes / rows), saveMs: { p50: median(saves) } };
}
