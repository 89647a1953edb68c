/**
 * `npm run package:check` in CI: electron-vite build, electron-builder --linux dir + tar.gz
 * around a stand-in Electron, then the asar, unpacked files, size budget and fuses are
 * checked (scripts/package-check.ts). The pure listing check is tested on its own too, so
 * each rule is seen failing.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import {
  ASAR_BUDGET_BYTES,
  asarProblems,
  EXIT_STALE_NODE_MODULES,
  missingTransitive,
} from '../../scripts/package-check';
import { peer, peersRequired } from '../helpers/peers';

const sevenZip = peer('7za', { packages: ['p7zip-full'], files: ['/usr/bin/7za'] });

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
];
const UNPACKED = [
  '/node_modules/sql.js/dist/sql-wasm.wasm',
  '/node_modules/node-notifier/vendor/snoreToast/snoretoast-x64.exe',
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
    ['a test folder', [...GOOD, '/node_modules/zod/tests/a.js'], UNPACKED, /test folder/],
    ['type declarations', [...GOOD, '/node_modules/@types/node/fs.d.ts'], UNPACKED, /type declarations/],
    ['a TypeScript source', [...GOOD, '/node_modules/zod/src/index.ts'], UNPACKED, /TypeScript file/],
    ['the wasm packed', GOOD, UNPACKED.slice(1), /sql-wasm\.wasm is not unpacked/],
    ['node-notifier packed', GOOD, UNPACKED.slice(0, 1), /node-notifier/],
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

describe.skipIf(sevenZip.skip)('npm run package:check', () => {
  it('builds the Linux app and tar.gz, and every check passes', { timeout: 300_000 }, async (ctx) => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/package-check.ts'], {
      maxBuffer: 16 << 20,
    }).catch((err: { code?: number; stdout: string; stderr: string }) => err);
    // A node_modules that npm itself misreports cannot be packed faithfully: a set-up problem
    // (npm install fixes it), failed in CI and skipped, with the reason, elsewhere.
    if ('code' in run && run.code === EXIT_STALE_NODE_MODULES && !peersRequired()) {
      ctx.skip(run.stderr.trim());
      return;
    }
    const { stdout } = run;
    const summary = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      asarBytes: number;
      problems: string[];
      fuses: Record<string, boolean>;
      tarball: string;
    };
    process.stdout.write(`asar ${summary.asarBytes} bytes of a ${ASAR_BUDGET_BYTES} budget\n`);
    expect(summary.problems).toEqual([]);
    expect(summary.asarBytes).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
    expect(summary.fuses).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: false,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(summary.tarball).toMatch(/^IPWatch-.*-linux-x64\.tar\.gz$/);
  });
});
