/**
 * Every country code the shipped identity databases can give draws on the map (issue 77): the
 * codes are read from the country MMDBs themselves (every record of their data sections, decoded
 * by mmdb-lib's own decoder, so a code no address reaches counts too), and each one, drawn as
 * a run on the 110m atlas the dashboard and the bot use, shades its shape or stands as a marker.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { Reader } from 'mmdb-lib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { FILE_NAMES } from '../../../../electron/engine/identity';
import { summariseMap } from '../../../../shared/map/aggregate';
import { COUNTRY_TABLE } from '../../../../shared/map/country-table';
import { mapPicture, shapedCodes } from '../../../../shared/map/picture';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
const MARKER = Buffer.from([0xab, 0xcd, 0xef, ...Buffer.from('MaxMind.com')]);

/** Every country_code value in an MMDB's data section. */
function codesIn(file: string): Set<string> {
  const db = readFileSync(file);
  const reader = new Reader(db);
  // The decoder is mmdb-lib's own (private in its types): the data section as the lookup reads it.
  const decoder = (reader as unknown as { decoder: { decode(at: number): { value: unknown; offset: number } } })
    .decoder;
  const end = db.lastIndexOf(MARKER);
  const codes = new Set<string>();
  for (let at = reader.metadata.searchTreeSize + 16; at < end;) {
    const { value, offset } = decoder.decode(at);
    at = offset;
    const code = (value as { country_code?: unknown } | null)?.country_code;
    if (typeof code !== 'string') throw new Error(`a record without a country code at ${at}: ${JSON.stringify(value)}`);
    codes.add(code);
  }
  return codes;
}

const countryDir = dirOf('@ip-location-db/geo-whois-asn-country-mmdb');
const codes = new Set([
  ...codesIn(join(countryDir, FILE_NAMES[4].country)),
  ...codesIn(join(countryDir, FILE_NAMES[6].country)),
]);
const atlas = JSON.parse(readFileSync(join(dirOf('world-atlas'), 'countries-110m.json'), 'utf8')) as Topology;

describe('the map draws every country code of the shipped databases', () => {
  it('reads a full set of codes from the databases', () => {
    // The databases name about 250 countries and territories; far fewer means the reading broke.
    expect(codes.size).toBeGreaterThan(240);
    expect(codes).toContain('DE');
    expect(codes).toContain('XK');
  });

  it.each([...codes].sort())('%s has a shape or a marker', (code) => {
    expect(COUNTRY_TABLE[code], `${code} is not in shared/map/country-table.ts`).toBeDefined();
    const [, lon, lat] = COUNTRY_TABLE[code]!;
    expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    const map = summariseMap(
      [{ family: 4, ip: '192.0.2.1', from: 0, to: 60_000, country: code, asn: null, org: null }],
      0,
      60_000,
      [[0, 60_000]],
    );
    const picture = mapPicture(map, atlas, 720, 'dark');
    const shaded = picture.countries.filter((c) => c.heldMs > 0).map((c) => c.code);
    const marker = picture.markers.find((m) => m.code === code);
    expect(marker, `${code} has no marker`).toBeDefined();
    if (shapedCodes(atlas).has(code)) expect(shaded).toEqual([code]);
    else {
      expect(shaded).toEqual([]);
      expect(marker!.shapeless).toBe(true);
    }
    expect(marker!.x).toBeGreaterThanOrEqual(0);
    expect(marker!.x).toBeLessThanOrEqual(picture.width);
    expect(marker!.y).toBeGreaterThanOrEqual(0);
    expect(marker!.y).toBeLessThanOrEqual(picture.height);
  });
});
