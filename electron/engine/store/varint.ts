/**
 * Unsigned LEB128 varints: the packing of the store's blobs (source counters, recent checks).
 * Small numbers take one byte, any safe integer at most eight.
 */

/** Appends `n` (a safe integer, 0 or more) to `out`; `what` names the value in the error. */
export function pushVarint(out: number[], n: number, what = 'counter'): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} out of range: ${n}`);
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export interface VarintReader {
  /** The next varint; a blob cut short or a varint too long is an error naming `what`. */
  next(): number;
  /** Whether every byte was read. */
  done(): boolean;
}

/** Reads the varints of `bytes` in order, allocating nothing per value; `what` names the blob in errors. */
export function varintReader(bytes: Uint8Array, what: string): VarintReader {
  let i = 0;
  return {
    next() {
      let n = 0;
      let scale = 1;
      for (;;) {
        if (i >= bytes.length) throw new Error(`damaged ${what}: a value is cut short`);
        const b = bytes[i++]!;
        n += (b & 0x7f) * scale;
        if (b < 0x80) return n;
        scale *= 0x80;
        if (scale > 2 ** 53) throw new Error(`damaged ${what}: a value is too long`);
      }
    },
    done: () => i >= bytes.length,
  };
}
