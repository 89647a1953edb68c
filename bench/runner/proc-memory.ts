/**
 * A process's memory as the kernel counts it, from /proc/<pid>/status (proc(5)): VmRSS, its
 * anonymous part RssAnon (the heaps: V8's, glibc's arenas, wasm memory), RssFile (mostly node's
 * own binary mapped from its file) and the peak VmHWM, in MB. NaN where a field is missing.
 */
import { readFileSync } from 'node:fs';

import { round } from '../engine/stats';

export interface ProcMemory {
  rssMB: number;
  anonMB: number;
  fileMB: number;
  hwmMB: number;
}

export function parseProcStatus(status: string): ProcMemory {
  const mb = (field: string) => {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? NaN : round(Number(kb) / 1024);
  };
  return { rssMB: mb('VmRSS'), anonMB: mb('RssAnon'), fileMB: mb('RssFile'), hwmMB: mb('VmHWM') };
}

export const procMemory = (pid: number): ProcMemory => parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
