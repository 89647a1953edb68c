/**
 * The identity lookup on the real databases the packages ship, and on small files a user
 * could drop in to override them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { parseAsnLine } from '../../../../electron/engine/identity/asn-table';
import { createIdentityLookup, dataFiles, FILE_NAMES } from '../../../../electron/engine/identity/lookup';
import { seededRandom, testSeed } from '../../../helpers/random';

const shipped = createIdentityLookup();
afterAll(() => shipped.close());

describe('identity lookup on the shipped databases', () => {
  it.each([
    // The block: the announced prefix holding the address (RouteViews: DTAG's 79.192.0.0/10, Google's 8.8.8.0/24).
    ['79.192.1.1', { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '79.192.0.0/10' }],
    ['2003::1', { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '2003::/23' }],
    ['8.8.8.8', { asn: 15169, org: 'Google LLC', country: 'US', vpn: 'hosting-asn', block: '8.8.8.0/24' }],
    ['::ffff:79.192.1.1', { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', vpn: null, block: '79.192.0.0/10' }],
  ])('%s', (ip, identity) => {
    expect(shipped.lookup(ip)).toEqual(identity);
  });

  it.each(['10.0.0.1', '192.168.1.1', '0.0.0.0', 'fe80::1', 'not an address', ''])('%s: nothing known', (ip) => {
    expect(shipped.lookup(ip)).toBeNull();
  });

  it('finds the AS of the first, last and middle address of ranges drawn from the file', () => {
    const random = seededRandom(testSeed('identity ranges'));
    for (const family of [4, 6] as const) {
      const lines = readFileSync(dataFiles()[family].asn, 'latin1').split('\n').filter(Boolean);
      for (let i = 0; i < 40; i++) {
        const index = Math.floor(random() * lines.length);
        const range = parseAsnLine(lines[index]!)!;
        // A range that the next one overlaps (the file has one) is the next one's at its end.
        const next = parseAsnLine(lines[index + 1] ?? '');
        if (next && next.start <= range.end) continue;
        for (const n of [range.start, range.end, (range.start + range.end) / 2n]) {
          const ip = family === 4 ? v4(n) : v6(n);
          expect(shipped.lookup(ip)?.asn, `${ip} in line ${index + 1}`).toBe(range.asn);
        }
      }
    }
  });
});

describe('identity lookup on files in the override folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-identity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    path.join(dir, FILE_NAMES[4].asn),
    [
      '16777216,16777471,13335,"Cloudflare, Inc."',
      '16777472,16777472,64500,"LLC ""QUOTED"""',
      '16777728,16777983,64501,Café Réseau',
      '3758096128,3758096383,64502,Last Range',
      '',
    ].join('\n'),
  );
  const files = dataFiles(dir);
  const lookup = createIdentityLookup(files);
  afterAll(() => lookup.close());

  it('takes the folder own file and keeps the package file it does not replace', () => {
    expect(files[4].asn).toBe(path.join(dir, FILE_NAMES[4].asn));
    expect(files[4].country).not.toContain(dir);
  });

  it.each([
    ['1.0.0.0', 13335, 'Cloudflare, Inc.', '1.0.0.0/24'],
    ['1.0.0.255', 13335, 'Cloudflare, Inc.', '1.0.0.0/24'],
    ['1.0.1.0', 64500, 'LLC "QUOTED"', '1.0.1.0/32'],
    ['1.0.2.9', 64501, 'Café Réseau', '1.0.2.0/24'],
    ['223.255.255.255', 64502, 'Last Range', '223.255.255.0/24'],
  ])('%s: AS%i %s in %s', (ip, asn, org, block) => {
    expect(lookup.lookup(ip)).toMatchObject({ asn, org, block });
  });

  it.each(['0.255.255.255', '1.0.1.1', '1.0.4.0'])('%s: between ranges, no AS', (ip) => {
    expect(lookup.lookup(ip)?.asn ?? null).toBeNull();
  });
});

const v4 = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
const v6 = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - i * 16)) & 0xffffn).toString(16)).join(':');
