/**
 * The app's other processes and their memory (issue 77): what Electron says of them
 * (`app.getAppMetrics()`, read by the shell on the memory watch's interval), summed by type. The
 * runner in the app is Electron's main process, whose memory the watch reads itself
 * (process.memoryUsage), so it is left out here by its pid; what is left is the windows' pages
 * (Tab), the GPU process and the helpers (Utility...). Headless there are none, and nothing is said.
 *
 * Electron gives each process's `memory.workingSetSize` in kilobytes (its MemoryInfo structure:
 * "all statistics are reported in Kilobytes"); the figures here are bytes, as the rest of the
 * memory watch's are. Pure.
 */

/** What the summary reads of one of Electron's ProcessMetric. */
export interface ProcessMetricLike {
  pid: number;
  type: string;
  memory: { workingSetSize: number };
}

/** One type of process: how many there are and their memory together. */
export interface AppProcessType {
  /** Electron's type: Tab, GPU, Utility, Zygote... (a name it gives, bounded here). */
  type: string;
  count: number;
  bytes: number;
}

/** The app's other processes at one sample: their memory together, and by type, largest first. */
export interface AppProcesses {
  totalBytes: number;
  byType: AppProcessType[];
}

/** Types kept by name at most; a type past them is counted under OTHER_TYPE. */
export const MAX_TYPES = 8;
export const OTHER_TYPE = 'Other';
/** The longest type name kept: Electron's longest is "Pepper Plugin Broker". */
const TYPE_CHARS = 32;

const KB = 1024;

/** A type's name as kept: letters, digits and spaces only, bounded; an empty one is Unknown. */
const typeName = (type: string): string => type.replace(/[^A-Za-z0-9 ]/g, '').slice(0, TYPE_CHARS) || 'Unknown';

/**
 * The other processes' memory by type, from Electron's metrics; `ownPid` (the runner's) is left
 * out. Null when there is no other process with a figure (headless, or none reported).
 */
export function appProcessesOf(metrics: readonly ProcessMetricLike[], ownPid: number): AppProcesses | null {
  const byName = new Map<string, AppProcessType>();
  for (const m of metrics) {
    const kb = m.memory?.workingSetSize;
    if (m.pid === ownPid || typeof kb !== 'number' || !Number.isFinite(kb) || kb < 0) continue;
    const type = typeName(m.type);
    const seen = byName.get(type) ?? { type, count: 0, bytes: 0 };
    seen.count += 1;
    seen.bytes += Math.round(kb * KB);
    byName.set(type, seen);
  }
  if (byName.size === 0) return null;
  const sorted = [...byName.values()].sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type));
  const byType = sorted.slice(0, MAX_TYPES - 1);
  const rest = sorted.slice(MAX_TYPES - 1);
  if (rest.length === 1) byType.push(rest[0]!);
  else if (rest.length > 1)
    byType.push({
      type: OTHER_TYPE,
      count: rest.reduce((n, t) => n + t.count, 0),
      bytes: rest.reduce((n, t) => n + t.bytes, 0),
    });
  return { totalBytes: byType.reduce((n, t) => n + t.bytes, 0), byType };
}
