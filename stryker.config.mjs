/**
 * StrykerJS over the pure rooms that decide (stryker.rooms.mjs): `npm run mutation` for all of
 * them, `MUTATION_ROOM=nat npm run mutation` for one. Incremental: a re-run tests only the
 * mutants whose code or tests changed (reports/stryker-incremental.json, not committed).
 * One test process at a time: the machine's two cores are shared.
 */
import process from 'node:process';

import { ROOMS } from './stryker.rooms.mjs';

const room = process.env.MUTATION_ROOM;
if (room !== undefined && !(room in ROOMS))
  throw new Error(`MUTATION_ROOM "${room}" is not a room; the rooms are: ${Object.keys(ROOMS).join(', ')}`);
const chosen = room === undefined ? Object.values(ROOMS) : [ROOMS[room]];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: chosen.flatMap((r) => r.mutate),
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: room === undefined ? 'reports/stryker-incremental.json' : `reports/stryker-incremental-${room}.json`,
  tempDirName: '.stryker-tmp',
  // Build output no room's tests read: a test run beside (vitest.config.ts's global set-up
  // builds out/headless-test-*, then removes it) made the sandbox's copy fail with ENOENT.
  ignorePatterns: ['/out', '/dist', '/coverage', '/test-output', '/.bench-tmp'],
  cleanTempDir: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${room ?? 'all'}.html` },
  jsonReporter: { fileName: `reports/mutation/${room ?? 'all'}.json` },
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
};
