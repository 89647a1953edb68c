/**
 * History store benchmark, on disk as the runner keeps it: a real data folder in a temp dir,
 * the store opened with the default settings (backups, stats retention, save debounce), every
 * save through the store's Saver and Disk (atomic write, daily backup). Simulates a year and
 * five years of both families (bench/store/simulate.ts), then measures the steady state: the
 * save after one more check per family, and the queries people run. IPv4 only is a second line.
 * Compared with one row per check, lean and Uptime Kuma's shape (bench/store/baseline.ts).
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createLogger } from '../electron/engine/logger';
import { openHistoryStore } from '../electron/engine/store';
import { newDatabase } from '../electron/engine/store/sqlite';
import { defaultSettings } from '../shared/settings';
import { type Check, atLeast, atMost } from './check';
import { baseline } from './store/baseline';
import { DAY, type Family, SEED, START, simClock, simulation } from './store/simulate';
import { q, repeat, time } from './store/timing';

const BOTH: Family[] = [4, 6];
const logger = createLogger('bench.store', {
  level: 'warn',
  sink: (r) => process.stderr.write(`${r.scope} ${r.message}\n`),
});

/** A data folder holding `days` of simulated history, saved, and the store still open on it. */
async function simulated(days: number, dir: string, families: readonly Family[]) {
  const clock = simClock();
  const { history } = defaultSettings();
  const open = () =>
    openHistoryStore({
      dataDir: dir,
      clock,
      logger,
      backupsKeep: history.backupsKeep,
      statsRetentionDays: history.statsRetentionDays,
    });
  const store = await open();
  const sim = simulation(store, clock, families);
  const minutes = days * 1440;
  const simulateMs = await time(() => {
    for (let m = 0; m < minutes; m++) sim.minute(m);
  });
  await store.flush();
  const dbBytes = (await stat(join(dir, 'history.sqlite'))).size;
  const figures = { days, families: families.map((f) => `v${f}`).join('+'), checks: minutes * families.length };
  return { store, sim, clock, open, minutes, figures: { ...figures, simulateMs: Math.round(simulateMs), dbBytes } };
}

async function sizeOnly(days: number, dir: string, families: readonly Family[]) {
  const { store, figures } = await simulated(days, dir, families);
  await store.close();
  return figures;
}

async function scenario(days: number, dir: string, families: readonly Family[]) {
  const opened = await simulated(days, dir, families);
  const { sim, clock, open, minutes, figures } = opened;
  let store = opened.store;
  // Steady state: one more check per family, then its save. The first one crosses midnight
  // and takes the day's backup, as the first save of each day does; it is not measured.
  let m = minutes;
  const steadySave = async () => {
    sim.minute(m++);
    await store.flush();
  };
  await steadySave();
  const saves = await repeat(25, steadySave);
  const end = clock.now();
  // The share of a save that is sql.js serializing the database; the rest is write + fsync.
  const copy = await newDatabase(await readFile(join(dir, 'history.sqlite')));
  const serialize = await repeat(25, () => copy.export());
  copy.close();
  const latest = await repeat(30, () => store.history({ limit: 50 }));
  const filtered = await repeat(30, () => store.history({ family: 4, ip: '198.51.1.', from: end - 90 * DAY, to: end }));
  const stats30 = await repeat(25, () => store.stats({ from: end - 30 * DAY, to: end }));
  const statsAll = await repeat(9, () => store.stats({ from: START, to: end }));
  const current = await repeat(30, () => store.currentState());
  await store.close();
  const loads = await repeat(7, async () => {
    store = await open();
    await store.close();
  });
  return {
    ...figures,
    saveMs: { p50: q(saves, 0.5), p95: q(saves, 0.95), max: q(saves, 1), serializeP50: q(serialize, 0.5) },
    queryMs: {
      historyLatest50P50: q(latest, 0.5),
      historyFiltered90DaysP50: q(filtered, 0.5),
      statsLast30DaysP50: q(stats30, 0.5),
      statsWholePeriodP50: q(statsAll, 0.5),
      currentStateP50: q(current, 0.5),
    },
    loadMs: { p50: q(loads, 0.5) },
    rssMB: Math.round(process.memoryUsage().rss / 1e5) / 10,
  };
}

export default async function storeBench(): Promise<Record<string, unknown> & { checks: Check[] }> {
  const root = await mkdtemp(join(tmpdir(), 'ipwatch-bench-store-'));
  try {
    const year = await scenario(365, join(root, 'year'), BOTH);
    const yearV4 = await sizeOnly(365, join(root, 'year-v4'), [4]);
    const fiveYears = await scenario(5 * 365, join(root, 'five-years'), BOTH);
    const lean = await baseline('lean', 365, BOTH, root);
    const heartbeat = await baseline('heartbeat', 365, BOTH, root);
    const x = (n: number) => Math.round(n * 10) / 10;
    const size = atMost('a year of history, both families, 1 change/day each', year.dbBytes, 512 * 1024, 'B');
    size.ratio = { baseline: 'lean one row per check', value: x(lean.dbBytes / year.dbBytes) };
    const vsHeartbeat = atLeast('a year vs the ~93 B-per-row table', x(heartbeat.dbBytes / year.dbBytes), 60, 'x');
    const queries = Object.entries(fiveYears.queryMs).map(([name, ms]) => atMost(`5 years: ${name}`, ms, 5, 'ms'));
    const checks: Check[] = [
      size,
      vsHeartbeat,
      atMost('save p50 (a year, both families, steady)', year.saveMs.p50, 5, 'ms'),
      atMost('save p95 (a year, both families, steady)', year.saveMs.p95, 10, 'ms'),
      ...queries,
    ];
    return {
      simulation: `1 check/min per family, 2 of 4 sources per check, 0.5% attempt failures, 1 change/day per family; seed ${SEED}; default settings, on disk`,
      year,
      yearV4Only: { ...yearV4, note: 'second line, no target: IPv4 only' },
      fiveYears,
      baselines: { lean, heartbeat },
      ratio: {
        sizeSmallerXThanLean: x(lean.dbBytes / year.dbBytes),
        sizeSmallerXThanHeartbeat: x(heartbeat.dbBytes / year.dbBytes),
        saveFasterXThanLean: x(lean.saveMs.p50 / year.saveMs.p50),
      },
      checks,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
