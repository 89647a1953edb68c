/**
 * The country MMDBs read by range (identity/mmdb-file.ts) against mmdb-lib over the whole file in a
 * Buffer, today's reader before issue 61: every answer equal over a seeded corpus and the edges of
 * the databases' own networks; mmdb-lib calls no Buffer method the reader does not answer (so an
 * upgrade that does is caught here, not at a user's first lookup); a read outside the file is
 * refused in words.
 */
import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { Reader, type Response } from 'mmdb-lib';
import { afterAll, describe, expect, it } from 'vitest';

import { dataFiles } from '../../../../electron/engine/identity/lookup';
import { ANSWERED, fileBytes, openMmdb } from '../../../../electron/engine/identity/mmdb-file';
import { propertyRun } from '../../../helpers/properties';
import { seededRandom, testSeed } from '../../../helpers/random';

const FAMILIES = [4, 6] as const;
const files = dataFiles();
const whole = { 4: new Reader(readFileSync(files[4].country)), 6: new Reader(readFileSync(files[6].country)) };
const ranged = { 4: openMmdb(files[4].country), 6: openMmdb(files[6].country) };
afterAll(() => FAMILIES.forEach((f) => ranged[f].close()));

/** A reader's whole answer (record and prefix length), or its refusal: the two must say the same. */
function answer(reader: Reader<Response>, ip: string): string {
  try {
    return JSON.stringify(reader.getWithPrefixLength(ip));
  } catch (err) {
    return `refused: ${(err as Error).message}`;
  }
}

/** The addresses people meet, and the ones at the edges of the address space. */
const EDGES = [
  '0.0.0.0',
  '255.255.255.255',
  '127.0.0.1',
  '1.0.0.0',
  '223.255.255.255',
  '79.192.1.1',
  '::',
  '::1',
  '::ffff:79.192.1.1',
  '::ffff:8.8.8.8',
  '::ffff:0.0.0.0',
  '2002::',
  '2002:4fc0:101::1',
  '2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '2003::1',
  'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
];

const toBig = (bytes: number[]) => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
const fromBig = (n: bigint, size: number) =>
  ipaddr
    .fromByteArray(Array.from({ length: size }, (_, i) => Number((n >> BigInt(8 * (size - 1 - i))) & 255n)))
    .toString();

/** The first and last address of the database's network holding `ip`, and one past each side. */
function networkEdges(family: 4 | 6, ip: string): string[] {
  const [, prefix] = whole[family].getWithPrefixLength(ip);
  const size = family === 4 ? 4 : 16;
  const bits = BigInt(size * 8);
  const n = toBig(ipaddr.parse(ip).toByteArray());
  const host = (1n << (bits - BigInt(prefix))) - 1n;
  const first = n & ~host & ((1n << bits) - 1n);
  const last = first | host;
  return [first - 1n, first, last, last + 1n].filter((x) => x >= 0n && x < 1n << bits).map((x) => fromBig(x, size));
}

/** Addresses drawn where the registries allocate (2000::/4 to 2c00::/6), where the data is. */
const allocatedV6 = fc
  .tuple(
    fc.integer({ min: 0x2000, max: 0x2bff }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 7, maxLength: 7 }),
  )
  .map(([head, rest]) => [head, ...rest].map((x) => x.toString(16)).join(':'));
const anyAddress = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  allocatedV6,
  fc.ipV4().map((v4) => `::ffff:${v4}`),
);

describe('the country MMDBs read by range answer as mmdb-lib over the whole file', () => {
  it('for every address of a seeded corpus, both families, asked of both databases', () => {
    fc.assert(
      fc.property(anyAddress, (ip) => {
        for (const f of FAMILIES)
          expect(answer(ranged[f].reader, ip), `${ip} in the IPv${f} database`).toBe(answer(whole[f], ip));
      }),
      propertyRun('mmdb by range = whole', 2000),
    );
  });

  it('for the edges: the address space, mapped and 6to4 addresses, the first and last of networks', () => {
    const random = seededRandom(testSeed('mmdb network edges'));
    const corpus = [...EDGES];
    for (const f of FAMILIES)
      for (let i = 0; i < 60; i++) {
        const ip =
          f === 4
            ? Array.from({ length: 4 }, () => Math.floor(random() * 256)).join('.')
            : [0x2000 + Math.floor(random() * 0xc00), ...Array.from({ length: 7 }, () => Math.floor(random() * 65536))]
                .map((x) => x.toString(16))
                .join(':');
        corpus.push(ip, ...networkEdges(f, ip));
      }
    let known = 0;
    for (const ip of corpus)
      for (const f of FAMILIES) {
        const expected = answer(whole[f], ip);
        expect(answer(ranged[f].reader, ip), `${ip} in the IPv${f} database`).toBe(expected);
        if (expected.includes('country_code')) known++;
      }
    // Not an empty agreement: most of the corpus is in some country.
    expect(known).toBeGreaterThan(corpus.length / 2);
  });
});

describe('the Buffer methods mmdb-lib calls', () => {
  it('are all answered by the file-backed reader', () => {
    const used = new Set<string>();
    const buffer = readFileSync(files[6].country);
    // A real Buffer behind a Proxy that notes each method asked for (bound to the Buffer: its
    // native parts need the real one).
    const recording = new Proxy(buffer, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        if (typeof key === 'string') used.add(key);
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
    const reader = new Reader(recording);
    const random = seededRandom(testSeed('mmdb methods'));
    for (let i = 0; i < 500; i++) {
      const v4 = Array.from({ length: 4 }, () => Math.floor(random() * 256)).join('.');
      for (const ip of [
        v4,
        `::ffff:${v4}`,
        `2a0${Math.floor(random() * 10)}:${Math.floor(random() * 65536).toString(16)}::1`,
      ])
        reader.get(ip);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((m) => !(ANSWERED as readonly string[]).includes(m))).toEqual([]);
  });

  it('and one it does not answer is refused in words', () => {
    const { bytes, close } = fileBytes(files[4].country);
    try {
      expect(() => (bytes as unknown as { readBigUInt64BE: unknown }).readBigUInt64BE).toThrow(
        /mmdb-lib asked for Buffer\.readBigUInt64BE, which the file-backed reader does not answer/,
      );
    } finally {
      close();
    }
  });
});

describe('a read outside the file', () => {
  const f = fileBytes(files[4].country);
  afterAll(() => f.close());
  const n = f.length;
  it.each([
    ['a byte past the end', () => f.bytes[n]],
    ['a byte before the start', () => f.bytes[-1]],
    ['a 4-byte integer across the end', () => f.bytes.readUInt32BE(n - 2)],
    ['a 3-byte integer past the end', () => f.bytes.readUIntBE(n, 3)],
    ['a double across the end', () => f.bytes.readDoubleBE(n - 4)],
    ['a slice past the end', () => f.bytes.slice(n - 1, n + 5)],
    ['a string from before the start', () => f.bytes.toString('utf8', -3, 2)],
  ])('%s is refused in words, never read as zero', (_what, read) => {
    expect(read).toThrow(/outside its \d+ bytes \(the file is damaged or not an MMDB\)/);
  });

  it('while the last byte and the last 4 bytes are read', () => {
    const buffer = readFileSync(files[4].country);
    expect(f.bytes[n - 1]).toBe(buffer[n - 1]);
    expect(f.bytes.readUInt32BE(n - 4)).toBe(buffer.readUInt32BE(n - 4));
    expect(f.bytes.toString('latin1', n - 40, n)).toBe(buffer.toString('latin1', n - 40, n));
  });
});
