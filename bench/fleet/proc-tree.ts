/**
 * The fleet bench's "whole tree" of the watcher: the runner and every live process under it, as
 * bench/lab/tree-cpu.ts walks and counts it (proc(5): utime, stime, cutime, cstime of
 * /proc/<pid>/stat; /proc/<pid>/task/<tid>/children), with the VmRSS of each (/proc/<pid>/status).
 */
import { setTimeout as sleep } from 'node:timers/promises';

import { treeCpuMs } from '../lab/tree-cpu';
import { procMemory } from '../runner/proc-memory';

/** User plus system CPU seconds of the tree so far, with the children it has already reaped. */
export const treeCpuSec = (pid: number): number => treeCpuMs(pid).ms / 1000;

/** VmRSS of the tree, in KB: every process tree-cpu finds under `pid` (one that ends meanwhile counts 0). */
export function treeRssKB(pid: number): number {
  let kb = 0;
  for (const p of treeCpuMs(pid).parts) {
    try {
      kb += procMemory(p.pid).rssMB * 1024;
    } catch {
      // ended meanwhile
    }
  }
  return Math.round(kb);
}

/** `count` readings of the tree's RSS, `everyMs` apart (the first at once), KB. */
export async function treeRssReadings(pid: number, count: number, everyMs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await sleep(everyMs);
    out.push(treeRssKB(pid));
  }
  return out;
}
