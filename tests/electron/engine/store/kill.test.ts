/**
 * Kill test: a child writes changes and is SIGKILLed at random moments, at least 30 times.
 * Each time the file must open without recovery and hold every change the child
 * acknowledged (an ack is printed only after a completed save). The moments come from a
 * seeded generator (the seed is printed; IPWATCH_TEST_SEED repeats it).
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { describe, expect, it } from 'vitest';

import { atFor, checkAt, ipFor } from '../../../fixtures/store/kill-ids';
import { seeded } from '../../../helpers/random';
import { openTest, tempDir } from './helpers';

const KILLS = 30;
/** Two children at a time (separate folders) keep the test near 30 s on two cores. */
const LANES = 2;
const CHILD = join(import.meta.dirname, '../../../fixtures/store/kill-writer.ts');
const { seed: SEED, random } = seeded('kill test');

/** Runs one child until a random moment after its first ack, kills it, returns the last ack. */
function runAndKill(
  dataDir: string,
  run: number,
  mode: 'changes' | 'counters' = 'changes',
  journals = { n: 0 },
): Promise<number> {
  return new Promise((resolve, reject) => {
    // Each child draws its own yields from the run's seed, so a run is repeatable as a whole.
    const args = [
      '--import',
      'tsx',
      CHILD,
      dataDir,
      String(run),
      String(SEED + run),
      ...(mode === 'counters' ? ['counters'] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = -1;
    let timer: NodeJS.Timeout | null = null;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('journal ')) journals.n += 1;
      const m = /^ack (\d+) (\d+)$/.exec(line);
      if (!m) return;
      acked = Math.max(acked, Number(m[2]));
      // Kill somewhere between right away and a few dozen saves later.
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 250));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (${code}): ${stderr}`));
      // Lines already in the pipe were read before 'exit' only if 'close' came first; wait for it.
      child.stdout.once('close', () => resolve(acked));
      if (child.stdout.closed) resolve(acked);
    });
  });
}

async function verify(dataDir: string, acks: Map<number, number>): Promise<void> {
  const { store } = await openTest({ dataDir });
  try {
    expect(store.status().recovered).toBeUndefined();
    const present = new Set<string>();
    for (let offset = 0; ; offset += 1000) {
      const page = store.history({ limit: 1000, offset });
      for (const r of page.items) present.add(`${r.ip}@${r.firstSeen}`);
      if (offset + 1000 >= page.total) break;
    }
    for (const [run, last] of acks) {
      for (let i = 0; i <= last; i++) {
        if (!present.has(`${ipFor(run, i)}@${atFor(run, i)}`))
          throw new Error(`run ${run}: acknowledged change ${i} (of ${last}) is missing`);
      }
    }
  } finally {
    await store.close();
  }
}

describe('kill test', () => {
  it(`keeps every acknowledged change across ${KILLS} SIGKILLs`, { timeout: 120_000 }, async () => {
    let run = 0;
    let kills = 0;
    let acknowledged = 0;
    let tempsLeft = 0;
    const lane = async () => {
      const dataDir = await tempDir();
      const acks = new Map<number, number>();
      while (run < KILLS) {
        const mine = run++;
        acks.set(mine, await runAndKill(dataDir, mine));
        kills += 1;
        acknowledged += (acks.get(mine) ?? -1) + 1;
        await verify(dataDir, acks);
      }
      const names = await readdir(dataDir);
      expect(names.filter((n) => n.includes('.corrupt-'))).toEqual([]);
      // Temp files left by a kill mid-write show the kills did land during saves.
      tempsLeft += names.filter((n) => n.includes('.tmp-')).length;
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(acknowledged).toBeGreaterThan(KILLS);
    process.stderr.write(
      `kill test: ${kills} kills, ${acknowledged} acknowledged changes, ${tempsLeft} kills during a write\n`,
    );
  });
});

describe('kill test, counters', () => {
  const RUNS = 12;
  it(
    `keeps every acknowledged check's counters across ${RUNS} SIGKILLs, saved to the counters journal`,
    { timeout: 120_000 },
    async () => {
      const journals = { n: 0 };
      let acknowledged = 0;
      let next = 0;
      const lane = async () => {
        while (next < RUNS) {
          const run = next++;
          // A folder per run: each verifies its one run from a fresh history and journal.
          const dataDir = await tempDir();
          const last = await runAndKill(dataDir, run, 'counters', journals);
          acknowledged += last + 1;
          const { store } = await openTest({ dataDir });
          try {
            expect(store.status().recovered).toBeUndefined();
            const [r] = store.history({ family: 4 }).items;
            expect(r?.ip).toBe(ipFor(run, 0));
            if (last >= 0) {
              // Checks 0..last are on disk: the run reaches check `last` and counts them all.
              expect(r!.lastSeen, `run ${run}: last acknowledged check ${last}`).toBeGreaterThanOrEqual(
                checkAt(run, last),
              );
              expect(r!.checks).toBeGreaterThanOrEqual(last + 2);
            }
          } finally {
            await store.close();
          }
        }
      };
      await Promise.all(Array.from({ length: LANES }, lane));
      expect(acknowledged).toBeGreaterThan(RUNS);
      // The acknowledgements came from journal writes, not only from full saves.
      expect(journals.n).toBeGreaterThan(RUNS);
      process.stderr.write(
        `kill test (counters): ${RUNS} kills, ${acknowledged} acknowledged checks, ${journals.n} journal writes\n`,
      );
    },
  );
});
