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
import { formatNumber } from './i18n/format';
import type { Language } from './i18n/languages';
import type { Translator } from './i18n/translator';

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

const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false } as const;

/**
 * Bytes as the dashboard writes them: B, KB or MB (1024-based, one decimal), in the language's
 * digits ("85.0 MB", "85,0 MB"); the units read the same in every language IPWatch speaks.
 */
export function bytesText(n: number, language: Language): string {
  if (n < 1024) return `${formatNumber(n, language, { useGrouping: false })} B`;
  if (n < 1024 ** 2) return `${formatNumber(n / 1024, language, ONE_DECIMAL)} KB`;
  return `${formatNumber(n / 1024 ** 2, language, ONE_DECIMAL)} MB`;
}

/** The memory figure's detail, one line: "V8 heap 21.0 MB in use (of 30.0 MB); native 55.0 MB (outside the heap)". */
export function memoryDetailText(
  m: Omit<MemoryFigures, 'rssBytes'> & { nativeBytes: number },
  words: Translator,
): string {
  const bytes = (n: number) => bytesText(n, words.language);
  return words.t('memory.detail', {
    used: bytes(m.heapUsedBytes),
    total: bytes(m.heapTotalBytes),
    native: bytes(m.nativeBytes),
  });
}
