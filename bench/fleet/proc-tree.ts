/**
 * A process and its descendants as the kernel counts them (proc(5): /proc/<pid>/stat fields 14-17,
 * utime, stime, cutime, cstime in clock ticks; /proc/<pid>/task/<tid>/children; VmRSS of
 * /proc/<pid>/status): the fleet bench's "whole tree" CPU and RSS of the watcher.
 */
import { readdirSync, readFileSync } from 'node:fs';

import { procMemory } from '../runner/proc-memory';

/** Clock ticks a second (getconf CLK_TCK: 100 on Linux). */
const HZ = 100;

const read = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
};

/** The pid and every live descendant. */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks)
      for (const c of (read(`/proc/${out[i]}/task/${tid}/children`) ?? '').split(' ').filter(Boolean))
        out.push(Number(c));
  }
  return out;
}

/** User plus system CPU seconds of the tree, with the children it has already reaped. */
export function treeCpuSec(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const stat = read(`/proc/${p}/stat`);
    if (!stat) continue;
    // After the command name (in parentheses, may hold spaces): field 3 onwards.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / HZ;
}

/** VmRSS of the tree, in KB. */
export function treeRssKB(pid: number): number {
  let kb = 0;
  for (const p of processTree(pid)) {
    try {
      kb += procMemory(p).rssMB * 1024;
    } catch {
      // ended meanwhile
    }
  }
  return kb;
}
