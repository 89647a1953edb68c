/**
 * A Buffer look-alike over a file, for mmdb-lib (issue 49's alternatives bench, not product
 * code): mmdb-lib's Reader takes only a Buffer (it checks `Buffer.isBuffer`, which is
 * `instanceof Buffer`) and reads it by index and through Buffer's `readUIntBE`, `readUInt16BE`,
 * `readUInt32BE`, `readInt32BE`, `readDoubleBE`, `readFloatBE`, `readUInt8`, `subarray`, `slice`
 * and `toString`. A Proxy answers those from the file: each read is a `readSync` at a position
 * (pread) of one 4 KB page, and the last few pages are kept, so a lookup's walk down the tree
 * reads a handful of pages instead of holding the whole file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const PAGE = 4096;

export interface FileBytes {
  /** What mmdb-lib's Reader is given in place of the file's bytes. */
  readonly bytes: Buffer;
  /** Pages read from the file so far (pread calls). */
  readonly reads: number;
  close(): void;
}

export function fileBytes(file: string, pagesKept = 8): FileBytes {
  const fd = openSync(file, 'r');
  const length = fstatSync(fd).size;
  const pages = new Map<number, Buffer>();
  let reads = 0;

  const page = (n: number): Buffer => {
    const kept = pages.get(n);
    if (kept) {
      pages.delete(n); // most recently used last
      pages.set(n, kept);
      return kept;
    }
    // The least recently used page's buffer is read into again: a lookup leaves no garbage.
    let p: Buffer;
    if (pages.size >= pagesKept) {
      const [oldest, buffer] = pages.entries().next().value!;
      pages.delete(oldest);
      p = buffer;
    } else p = Buffer.alloc(PAGE);
    p.fill(0, readSync(fd, p, 0, PAGE, n * PAGE));
    reads++;
    pages.set(n, p);
    return p;
  };
  const byte = (i: number): number | undefined =>
    i < 0 || i >= length ? undefined : page(Math.floor(i / PAGE))[i % PAGE];
  /** A copy of bytes [start, end), as Buffer's slice clamps them. */
  const copy = (start = 0, end = length): Buffer => {
    const from = Math.max(0, start < 0 ? length + start : start);
    const to = Math.min(length, end < 0 ? length + end : end);
    const out = Buffer.alloc(Math.max(0, to - from));
    for (let i = from; i < to;) {
      const p = page(Math.floor(i / PAGE));
      const n = p.copy(out, i - from, i % PAGE, Math.min(PAGE, (i % PAGE) + (to - i)));
      i += n;
    }
    return out;
  };
  const uintBE = (offset: number, size: number): number => {
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + (byte(offset + i) ?? NaN);
    return v;
  };

  const methods: Record<string, unknown> = {
    length,
    readUInt8: (o: number) => uintBE(o, 1),
    readUInt16BE: (o: number) => uintBE(o, 2),
    readUInt32BE: (o: number) => uintBE(o, 4),
    readUIntBE: (o: number, size: number) => uintBE(o, size),
    readInt32BE: (o: number) => copy(o, o + 4).readInt32BE(0),
    readDoubleBE: (o: number) => copy(o, o + 8).readDoubleBE(0),
    readFloatBE: (o: number) => copy(o, o + 4).readFloatBE(0),
    subarray: copy,
    slice: copy,
    toString: (encoding: BufferEncoding = 'utf8', start?: number, end?: number) => copy(start, end).toString(encoding),
  };
  const bytes = new Proxy(methods, {
    get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? byte(Number(key)) : target[key as string]),
    getPrototypeOf: () => Buffer.prototype,
  }) as unknown as Buffer;

  return {
    bytes,
    get reads() {
      return reads;
    },
    close: () => closeSync(fd),
  };
}
