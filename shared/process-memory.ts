/**
 * The monitor's memory as the dashboard, the API and the bench read it (issue 49): resident memory
 * (RSS) and its two parts, the V8 heap and the native part.
 *
 * The native part is RSS minus the V8 heap's reserved size (heapTotal): what the process holds
 * outside JavaScript objects: node's own code, the libraries' native memory and malloc's arenas
 * (MALLOC_ARENA_MAX caps those), Buffers and ArrayBuffers, and the history's SQLite wasm memory.
 * heapTotal counts pages V8 reserved but may not have touched yet, so the figure is never below
 * 0. When RSS grows, this tells JavaScript objects (heap) from native memory.
 */

/** The figures `process.memoryUsage()` gives, as the status names them. */
export interface MemoryFigures {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
}

/** RSS outside the V8 heap (see the file's note): rss - heapTotal, at least 0. */
export function nativeMemoryBytes(m: Pick<MemoryFigures, 'rssBytes' | 'heapTotalBytes'>): number {
  return Math.max(0, m.rssBytes - m.heapTotalBytes);
}

/** Bytes as the dashboard writes them: B, KB or MB (1024-based, one decimal). */
export function bytesText(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

/** The memory figure's detail, one line: "V8 heap 21.0 MB in use (of 30.0 MB); native 55.0 MB (outside the heap)". */
export function memoryDetailText(m: Omit<MemoryFigures, 'rssBytes'> & { nativeBytes: number }): string {
  return (
    `V8 heap ${bytesText(m.heapUsedBytes)} in use (of ${bytesText(m.heapTotalBytes)}); ` +
    `native ${bytesText(m.nativeBytes)} (outside the heap)`
  );
}
