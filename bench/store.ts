/**
 * History store benchmark: a simulated year and five years of one check a minute, two
 * sources asked per check out of four, 0.5% of source attempts failing (an outage when
 * both fail), one address change a day. Reports file size, save/load/query times and RSS,
 * and the same year stored one row per check (Uptime Kuma's heartbeat shape) as baseline.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Clock, Timer } from '../electron/engine/clock';
import { createLogger } from '../electron/engine/logger';
import { type HistoryStore, openHistoryStore } from '../electron/engine/store';
import { writeFileAtomic } from '../electron/engine/store/atomic-file';
import { loadSql, newDatabase } from '../electron/engine/store/sqlite';

const MIN = 60_000;
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const SOURCES = ['ipify', 'icanhazip', 'cloudflare-dns', 'stun-google'];
const logger = createLogger('bench.store', {
  level: 'warn',
  sink: (r) => process.stderr.write(`${r.scope} ${r.message}\n`),
});

/** Small deterministic PRNG (mulberry32) so every run simulates the same history. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A clock the simulation sets by hand; its timers never fire, so saves happen only when measured. */
function simClock(): Clock & { set(t: number): void } {
  let now = START;
  return {
    now: () => now,
    set: (t) => (now = t),
    setTimeout: () => 0 as unknown as Timer,
    clearTimeout: () => undefined,
  };
}

const ip4 = (n: number) => `198.51.${(n >> 8) & 255}.${n & 255}`;

function simulate(store: HistoryStore, clock: ReturnType<typeof simClock>, days: number): void {
  const random = rng(42);
  let ip = ip4(1);
  let outageStart: number | null = null;
  // The monitor's write pattern: one session, its sign of life moved on by every check.
  store.startSession(START);
  store.recordChange({
    type: 'change',
    family: 4,
    from: null,
    to: ip,
    at: START,
    fromSince: null,
    trigger: 'start',
    sources: SOURCES.slice(0, 2),
  });
  for (let m = 1; m < days * 1440; m++) {
    const at = START + m * MIN;
    clock.set(at);
    if (m % 1440 === 720) {
      const next = ip4(m / 1440 + 2);
      store.recordChange({
        type: 'change',
        family: 4,
        from: ip,
        to: next,
        at,
        fromSince: null,
        trigger: 'interval',
        sources: SOURCES.slice(0, 2),
      });
      ip = next;
    }
    const first = m % SOURCES.length;
    const asked = [SOURCES[first] ?? 'a', SOURCES[(first + 1) % SOURCES.length] ?? 'b'];
    const ok = asked.filter((sourceId) => {
      const success = random() >= 0.005;
      store.recordSourceAttempt({ sourceId, at, ok: success, latencyMs: 40 + Math.floor(random() * 120) });
      return success;
    });
    store.recordCheck({ family: 4, ip: ok.length ? ip : null, at, trigger: 'interval', sources: ok });
    store.alive(at);
    if (!ok.length && outageStart === null) {
      outageStart = at;
      store.recordOutage({ start: at, end: null, cause: 'no source answered' });
    } else if (ok.length && outageStart !== null) {
      store.recordOutage({ start: outageStart, end: at, cause: 'no source answered' });
      outageStart = null;
    }
  }
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const v = s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return Math.round(v * 100) / 100;
}
async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
async function repeat(n: number, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await time(fn));
  return out;
}

async function scenario(days: number, dir: string) {
  const clock = simClock();
  const open = () => openHistoryStore({ dataDir: dir, clock, logger, debounce: { eventMs: 1e12, counterMs: 1e12 } });
  let store = await open();
  const simulateMs = await time(() => simulate(store, clock, days));
  await store.flush();
  const end = clock.now();
  let m = 0;
  const saves = await repeat(25, async () => {
    store.recordCheck({
      family: 4,
      ip: store.current(4)?.ip ?? null,
      at: end + ++m * MIN,
      trigger: 'interval',
      sources: ['ipify'],
    });
    await store.flush();
  });
  const bytes = (await stat(join(dir, 'history.sqlite'))).size;
  // The share of a save that is sql.js serializing the database; the rest is write + fsync.
  const copy = await newDatabase(await readFile(join(dir, 'history.sqlite')));
  const serialize = await repeat(25, () => copy.export());
  copy.close();
  const history = await repeat(30, () => store.history({ limit: 50 }));
  const historyFiltered = await repeat(30, () =>
    store.history({ family: 4, ip: '198.51.1.', from: end - 90 * DAY, to: end }),
  );
  const stats30 = await repeat(25, () => store.stats({ from: end - 30 * DAY, to: end }));
  const statsAll = await repeat(9, () => store.stats({ from: START, to: end }));
  await store.close();
  const loads = await repeat(7, async () => {
    store = await open();
    await store.close();
  });
  return {
    days,
    checks: days * 1440,
    simulateMs: Math.round(simulateMs),
    dbBytes: bytes,
    saveMs: { p50: median(saves), p95: quantile(saves, 0.95), serializeP50: median(serialize) },
    historyMs: { p50: median(history), filteredP50: median(historyFiltered) },
    statsMs: { last30DaysP50: median(stats30), wholePeriodP50: median(statsAll) },
    loadMs: { p50: median(loads) },
    rssMB: Math.round(process.memoryUsage().rss / 1e5) / 10,
  };
}

/** The naive design: one row per check, shaped like Uptime Kuma's heartbeat table. */
async function baseline(days: number, dir: string) {
  const SQL = await loadSql();
  const db = new SQL.Database();
  db.run(`CREATE TABLE heartbeat (id INTEGER PRIMARY KEY, monitor_id INTEGER NOT NULL, status INTEGER NOT NULL, msg TEXT,
    time DATETIME NOT NULL, ping INTEGER, important INTEGER NOT NULL DEFAULT 0, duration INTEGER NOT NULL DEFAULT 0, ip TEXT)`);
  db.run('CREATE INDEX monitor_time_index ON heartbeat (monitor_id, time)');
  const random = rng(42);
  const insert = db.prepare(
    'INSERT INTO heartbeat (monitor_id, status, msg, time, ping, important, duration, ip) VALUES (1, ?, ?, ?, ?, ?, 60, ?)',
  );
  db.run('BEGIN');
  for (let m = 0; m < days * 1440; m++) {
    const up = random() >= 0.005 ? 1 : 0;
    const at = new Date(START + m * MIN).toISOString().replace('T', ' ').slice(0, 23);
    insert.run([
      up,
      up ? 'OK' : 'timeout',
      at,
      40 + Math.floor(random() * 120),
      m % 1440 === 720 ? 1 : 0,
      ip4(Math.floor(m / 1440) + 1),
    ]);
  }
  db.run('COMMIT');
  insert.free();
  const path = join(dir, 'baseline.sqlite');
  const saves = await repeat(3, () => writeFileAtomic(path, db.export()));
  const bytes = (await stat(path)).size;
  db.close();
  return { days, dbBytes: bytes, saveMs: { p50: median(saves) } };
}

export default async function storeBench(): Promise<Record<string, unknown>> {
  const root = await mkdtemp(join(tmpdir(), 'ipwatch-bench-store-'));
  try {
    const year = await scenario(365, join(root, 'year'));
    const fiveYears = await scenario(5 * 365, join(root, 'five-years'));
    const base = await baseline(365, root);
    return {
      simulation: '1 check/min, 2 of 4 sources per check, 0.5% attempt failures, 1 change/day, v4',
      year,
      fiveYears,
      baselineYear: base,
      ratio: {
        sizeSmallerX: Math.round((base.dbBytes / year.dbBytes) * 10) / 10,
        saveFasterX: Math.round((base.saveMs.p50 / year.saveMs.p50) * 10) / 10,
      },
      targets: {
        dbBytesMax: 512 * 1024,
        saveP50MsMax: 5,
        queryMsMax: 5,
        sizeSmallerXMin: 60,
      },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
