/**
 * The rules scripts/package-check.ts applies to a packed app, each seen failing on a small
 * listing. The real build is tests/packaging/package-build.test.ts.
 */
import { describe, expect, it } from 'vitest';

import { ASAR_BUDGET_BYTES, asarProblems, IDENTITY_DATA, missingTransitive } from '../../scripts/package-check';

const PKG = {
  dependencies: { 'sql.js': '1', zod: '4', react: '19' },
  devDependencies: { vitest: '4', '@types/node': '20' },
};
const GOOD = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/node_modules/sql.js/package.json',
  '/node_modules/sql.js/dist/sql-wasm.js',
  '/node_modules/zod/package.json',
  '/node_modules/world-atlas/countries-110m.json',
];
const UNPACKED = [
  '/node_modules/sql.js/dist/sql-wasm.wasm',
  '/node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe',
  ...IDENTITY_DATA,
];

describe('asarProblems', () => {
  it('passes a lean app', () => expect(asarProblems(GOOD, UNPACKED, PKG, 1000)).toEqual([]));
  it.each([
    [
      'a missing entry',
      GOOD.filter((f) => f !== '/out/preload/index.cjs'),
      UNPACKED,
      /lacks \/out\/preload\/index\.cjs/,
    ],
    [
      'a missing dependency',
      GOOD.filter((f) => !f.startsWith('/node_modules/zod')),
      UNPACKED,
      /production dependency zod/,
    ],
    ['a devDependency', [...GOOD, '/node_modules/vitest/package.json'], UNPACKED, /devDependency vitest/],
    ['React beside its bundle', [...GOOD, '/node_modules/react/package.json'], UNPACKED, /holds react/],
    ['a source map', [...GOOD, '/out/main/index.js.map'], UNPACKED, /source map/],
    ['a source file', [...GOOD, '/electron/main.ts'], UNPACKED, /source, test or build file/],
    [
      "a test run's runner bundle",
      [...GOOD, '/out/headless-test-Ab12Cd/index.js'],
      UNPACKED,
      /source, test or build file: \/out\/headless-test-Ab12Cd\/index\.js/,
    ],
    ['a test folder', [...GOOD, '/node_modules/zod/tests/a.js'], UNPACKED, /test folder/],
    ['type declarations', [...GOOD, '/node_modules/@types/node/fs.d.ts'], UNPACKED, /type declarations/],
    ['a TypeScript source', [...GOOD, '/node_modules/zod/src/index.ts'], UNPACKED, /TypeScript file/],
    ['the wasm packed', GOOD, UNPACKED.slice(1), /sql-wasm\.wasm is not unpacked/],
    ['node-notifier packed', GOOD, UNPACKED.filter((f) => !f.includes('node-notifier')), /node-notifier/],
    [
      'an identity database packed',
      GOOD,
      UNPACKED.filter((f) => !f.endsWith('asn-ipv6-num.csv')),
      /asn-ipv6-num\.csv is not unpacked/,
    ],
    [
      'identity data the lookup never reads',
      GOOD,
      [...UNPACKED, '/node_modules/@ip-location-db/asn/asn-ipv4.csv'],
      /asn-ipv4\.csv, which the identity lookup never reads/,
    ],
    [
      "no world shapes for the bot's /map",
      GOOD.filter((f) => !f.includes('world-atlas')),
      UNPACKED,
      /lacks \/node_modules\/world-atlas\/countries-110m\.json/,
    ],
    [
      'world shapes the bot never reads',
      [...GOOD, '/node_modules/world-atlas/countries-10m.json'],
      UNPACKED,
      /countries-10m\.json, which the bot's \/map never reads/,
    ],
  ])('finds %s', (_name, files, unpacked, problem) => {
    expect(asarProblems(files, unpacked, PKG, 1000)).toEqual([expect.stringMatching(problem)]);
  });
  it('holds the asar to its budget', () => {
    expect(asarProblems(GOOD, UNPACKED, PKG, ASAR_BUDGET_BYTES + 1)).toEqual([
      expect.stringMatching(/over the budget/),
    ]);
  });
});

describe('missingTransitive', () => {
  const deps: Record<string, Record<string, string>> = {
    '/node_modules/electron-store/package.json': { conf: '^15', 'type-fest': '^4' },
    '/node_modules/conf/package.json': { ajv: '^8' },
    '/node_modules/conf/node_modules/ajv/package.json': { 'fast-uri': '^3' },
  };
  const files = [...Object.keys(deps), '/node_modules/type-fest/package.json', '/node_modules/fast-uri/package.json'];
  it('finds each dependency nested or hoisted, as Node does', () => {
    expect(missingTransitive(files, (f) => deps[f])).toEqual([]);
  });
  it('names a dependency that was left out', () => {
    const without = files.filter((f) => !f.startsWith('/node_modules/conf/'));
    expect(missingTransitive(without, (f) => deps[f])).toEqual([
      'node_modules/electron-store needs conf, which is not packed',
    ]);
  });
});
