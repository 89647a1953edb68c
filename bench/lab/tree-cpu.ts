/**
 * CPU of a process and every process under it, from /proc/<pid>/stat: utime + stime of each,
 * plus cutime + cstime (the time of children that exited and were waited for: an `ip route`
 * asked once, say). A live child (the runner's `ip -o monitor`) is found through
 * /proc/<pid>/task/<tid>/children and counted the same way, so nothing the runner starts is
 * left out, and nothing is counted twice: a child's time moves into its parent's cutime only
 * once it has exited, when it is no longer in the tree. Clock ticks (10 ms here): fine for a
 * total over many minutes, as the lab's CPU lanes read it.
 */
import { readdirSync, readFileSync } from 'node:fs';

import { clkTck, procCpuMs } from '../engine/processes';

export interface StatTimes {
  /** utime + stime, ticks. */
  own: number;
  /** cutime + cstime, ticks: children that exited and were waited for. */
  reaped: number;
}

/**
 * The times of one /proc/<pid>/stat line. The command name (field 2) is in parentheses and may
 * hold spaces or ")", so the fields are counted from the last ")": state is field 3, utime 14,
 * stime 15, cutime 16, cstime 17 (proc(5)).
 */
export function parseStatTimes(line: string): StatTimes {
  const close = line.lastIndexOf(')');
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  const f = line
    .slice(close + 2)
    .trim()
    .split(' ');
  const n = (field: number) => Number(f[field - 3]);
  const times = { own: n(14) + n(15), reaped: n(16) + n(17) };
  if (!Number.isFinite(times.own) || !Number.isFinite(times.reaped))
    throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  return times;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    if (text) out.push(...text.split(/\s+/).map(Number));
  }
  return out;
}

export interface TreeCpu {
  /** All CPU of the tree so far, ms. */
  ms: number;
  /**
   * The same from every live thread's /proc/<pid>/task/<tid>/schedstat (ns, no tick rounding),
   * reaped children left out: a finer cross-check of `ms`, not the figure.
   */
  threadsMs: number;
  /** Each process read (the root first) with its command name and its own CPU, ms (reaped children included). */
  parts: { pid: number; comm: string; ms: number }[];
}

/** CPU of `pid` and its descendants so far; a descendant that ends while it is read is skipped. */
export function treeCpuMs(pid: number): TreeCpu {
  const parts: TreeCpu['parts'] = [];
  let threadsMs = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.shift()!;
    try {
      const line = readFileSync(`/proc/${p}/stat`, 'utf8');
      const t = parseStatTimes(line);
      const kids = childrenOf(p);
      const comm = line.slice(line.indexOf('(') + 1, line.lastIndexOf(')'));
      parts.push({ pid: p, comm, ms: ((t.own + t.reaped) * 1000) / clkTck });
      threadsMs += procCpuMs(p);
      todo.push(...kids);
    } catch (err) {
      // The root must be there; a child may have exited between the listing and the read.
      if (p === pid) throw err;
    }
  }
  return { ms: parts.reduce((a, x) => a + x.ms, 0), threadsMs, parts };
}
