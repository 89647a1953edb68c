/**
 * What the memory part (memory.ts) reads of the host: this process's memory as the status reads it
 * (process.memoryUsage, the native part by shared/process-memory.ts, the history's wasm memory),
 * and the limits a default bound is taken from (the container's cgroup, the machine's memory).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { MemoryLimits, MemorySample } from '../../../shared/memory-bound';
import { nativeMemoryBytes } from '../../../shared/process-memory';
import { wasmMemoryBytes } from '../store';

/** This process's memory now, stamped `at` (the wall clock's reading, for showing). */
export function readMemorySample(at: number): MemorySample {
  const m = process.memoryUsage();
  return {
    at,
    rssBytes: m.rss,
    heapUsedBytes: m.heapUsed,
    heapTotalBytes: m.heapTotal,
    nativeBytes: nativeMemoryBytes({ rssBytes: m.rss, heapTotalBytes: m.heapTotal }),
    wasmBytes: wasmMemoryBytes(),
  };
}

/** The cgroup file systems' root: a container sees its own cgroup there (cgroup namespaces). */
export const CGROUP_ROOT = '/sys/fs/cgroup';

/** A file's text, or null when it cannot be read (no such file: not this cgroup version, or no cgroups at all). */
const textOf = (file: string): Promise<string | null> =>
  readFile(file, { encoding: 'utf8' }).then(
    (t) => t.slice(0, 64),
    () => null,
  );

/**
 * The container's memory limits as its cgroup files say (v2 `memory.max` at the root, v1
 * `memory/memory.limit_in_bytes`) and the machine's memory; shared/memory-bound.ts reads them.
 */
export async function readMemoryLimits(root = CGROUP_ROOT, totalBytes = os.totalmem()): Promise<MemoryLimits> {
  const [cgroupV2, cgroupV1] = await Promise.all([
    textOf(path.join(root, 'memory.max')),
    textOf(path.join(root, 'memory', 'memory.limit_in_bytes')),
  ]);
  return { cgroupV2, cgroupV1, totalBytes };
}
