/**
 * The country MMDBs read by range instead of whole (issue 61). mmdb-lib's Reader takes only a
 * Buffer (it checks `Buffer.isBuffer`, which is `instanceof Buffer`) and has no file-backed mode,
 * but it reads its buffer only by index, `length` and the ten Buffer methods in ANSWERED. A Proxy
 * whose prototype is `Buffer.prototype` answers those from the file: each read a `readSync` at a
 * position (pread) of one 4 KB page, the last PAGES_KEPT pages kept and reused.
 *
 * Why 8 pages of 4 KB (32 KB a database): a lookup walks the search tree from the root down, 32
 * levels for IPv4 and up to 128 for IPv6, then reads its record in the data section. The tree's
 * top levels sit in the file's first pages and every walk passes through them; a walk's own path
 * and its record touch about four other pages (3.9 page reads a lookup in the alternatives
 * bench). Eight keeps the shared top and one walk's pages; more would hold pages a random next
 * address does not reuse, and the OS's page cache keeps the rest anyway. The memo of 64 addresses
 * in front (lookup.ts) answers the addresses asked again without any read.
 *
 * The price: a lookup reads the disk synchronously on the event loop, usually from the page
 * cache (bench/README.md gives the figures). The reader leans on which Buffer methods mmdb-lib
 * calls, which mmdb-lib does not promise: one it does not answer is refused in words, and a test
 * (tests/electron/engine/identity/mmdb-file.test.ts) catches it on an upgrade. A read outside the
 * file is refused in words too, never answered with zero.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

import { Reader, type Response } from 'mmdb-lib';

import { english } from '../../../shared/i18n/translators';
import { unreadableWords } from '../../../shared/words/unreadable-file';

export const PAGE = 4096;
/** Pages kept per database (see the top: the tree's top and one walk). */
export const PAGES_KEPT = 8;

/** The Buffer methods mmdb-lib calls (3.0): the only ones the reader answers. */
export const ANSWERED = [
  'readUIntBE',
  'readUInt16BE',
  'readUInt32BE',
  'readInt32BE',
  'readDoubleBE',
  'readFloatBE',
  'readUInt8',
  'subarray',
  'slice',
  'toString',
] as const;

export interface FileBytes {
  /** What mmdb-lib's Reader is given in place of the file's bytes. */
  readonly bytes: Buffer;
  /** The file's size in bytes, as it was opened. */
  readonly length: number;
  /** Pages read from the file so far (pread calls). */
  readonly reads: number;
  close(): void;
}

/** A key read as an index (`db[i]`): digits, or a minus first (refused as outside, never undefined). */
const isIndex = (key: string): boolean => {
  const c = key.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c === 45 && key.length > 1);
};

/** `file` opened read-only as a Buffer look-alike; throws (an fs error) when it cannot be opened. */
export function fileBytes(file: string, pagesKept = PAGES_KEPT): FileBytes {
  const fd = openSync(file, 'r');
  let length: number;
  try {
    const stat = fstatSync(fd);
    // Linux opens a folder for reading; its reads fail later with EISDIR.
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file} is a folder`), { code: 'EISDIR' });
    length = stat.size;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  const pages = new Map<number, Buffer>();
  let reads = 0;
  let open = true;

  const refuse = (what: string): never => {
    throw new RangeError(`${file}: ${what}, outside its ${length} bytes (the file is damaged or not an MMDB)`);
  };
  const page = (n: number): Buffer => {
    const kept = pages.get(n);
    if (kept) {
      pages.delete(n); // most recently used last
      pages.set(n, kept);
      return kept;
    }
    if (!open) throw new Error(`${file}: read after the database was closed`);
    // The least recently used page's buffer is read into again: a lookup leaves no garbage.
    let p: Buffer;
    if (pages.size >= pagesKept) {
      const [oldest, buffer] = pages.entries().next().value!;
      pages.delete(oldest);
      p = buffer;
    } else p = Buffer.alloc(PAGE);
    const want = Math.min(PAGE, length - n * PAGE);
    const got = readSync(fd, p, 0, want, n * PAGE);
    // Shortened while open (a user's copy replaced in place): say so rather than read zeros.
    if (got < want) throw new RangeError(`${file}: ${got} of ${want} bytes read at ${n * PAGE}; the file shrank`);
    reads++;
    pages.set(n, p);
    return p;
  };
  const byte = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i >= length) refuse(`a read of byte ${i}`);
    return page(Math.floor(i / PAGE))[i % PAGE]!;
  };
  /** A copy of bytes [start, end); a range past either end is refused (Buffer would clamp it). */
  const copy = (start = 0, end = length): Buffer => {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end)
      refuse(`a read of bytes ${start} to ${end}`);
    const out = Buffer.allocUnsafe(end - start);
    for (let i = start; i < end;) {
      const at = i % PAGE;
      i += page(Math.floor(i / PAGE)).copy(out, i - start, at, Math.min(PAGE, at + (end - i)));
    }
    return out;
  };
  const uintBE = (offset: number, size: number): number => {
    if (offset < 0 || offset + size > length) refuse(`a read of ${size} bytes at ${offset}`);
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + byte(offset + i);
    return v;
  };

  const methods: Record<(typeof ANSWERED)[number], unknown> & { length: number } = {
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
  const bytes = asBuffer(file, methods, byte);

  return {
    bytes,
    length,
    get reads() {
      return reads;
    },
    close() {
      if (!open) return;
      open = false;
      pages.clear();
      closeSync(fd);
    },
  };
}

/** The look-alike itself: an index read by `byte`, the answered methods, any other Buffer method refused in words. */
function asBuffer(file: string, methods: Record<string, unknown>, byte: (i: number) => number): Buffer {
  return new Proxy(methods, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      if (isIndex(key)) return byte(Number(key));
      if (Object.hasOwn(target, key)) return target[key];
      // A method of Buffer we do not answer: mmdb-lib changed what it calls.
      if (
        !(key in Object.prototype) &&
        typeof (Buffer.prototype as unknown as Record<string, unknown>)[key] === 'function'
      )
        throw new TypeError(`${file}: mmdb-lib asked for Buffer.${key}, which the file-backed reader does not answer`);
      return undefined;
    },
    getPrototypeOf: () => Buffer.prototype,
  }) as unknown as Buffer;
}

/** The bytes between the search tree and the data section (MMDB spec, "Data Section Separator"). */
const SEPARATOR = 16;
/** The spec's metadata marker, "\xAB\xCD\xEFMaxMind.com", in the file's last 128 KiB ("Database Metadata"). */
const MARKER = Buffer.from('ABCDEF4D61784D696E642E636F6D', 'hex');
const METADATA_MAX = 128 * 1024;

export interface OpenedMmdb<T extends Response> {
  reader: Reader<T>;
  /** The file's pages read so far. */
  readonly reads: number;
  close(): void;
}

/**
 * `file` opened as an MMDB read by range. A file that is missing, unreadable, truncated or not an
 * MMDB is refused here, in words naming the file, so no lookup meets it later.
 */
export function openMmdb<T extends Response>(file: string): OpenedMmdb<T> {
  let f: FileBytes;
  try {
    f = fileBytes(file);
  } catch (err) {
    throw new Error(unreadableWords('database', file, err, english));
  }
  try {
    // Looked for here, bounded: mmdb-lib scans back for it byte by byte through the whole file.
    const tail = f.bytes.subarray(Math.max(0, f.length - METADATA_MAX), f.length);
    if (tail.lastIndexOf(MARKER) < 0) throw new Error('no MMDB metadata in its last 128 KiB');
    const reader = new Reader<T>(f.bytes);
    const { searchTreeSize, nodeCount } = reader.metadata;
    // mmdb-lib trusts the metadata; a tree longer than the file would fail only at some lookup.
    if (!(nodeCount > 0) || searchTreeSize + SEPARATOR > f.length)
      throw new Error(`its search tree (${searchTreeSize} bytes) does not fit in its ${f.length} bytes`);
    return {
      reader,
      get reads() {
        return f.reads;
      },
      close: () => f.close(),
    };
  } catch (err) {
    f.close();
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`the database ${file} is not a readable MMDB file (truncated or of another format): ${why}`);
  }
}
