import { defineConfig } from 'vitest/config';

import { ROOMS } from './stryker.rooms.mjs';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the table-driven tests of the
 * rooms in stryker.rooms.mjs, and no others. No global set-up (vitest.config.ts's builds the
 * runner) and no Electron mock: none of these rooms imports Electron or starts a peer.
 */
export default defineConfig({
  test: {
    include: [...new Set(Object.values(ROOMS).flatMap((r) => r.tests))],
    testTimeout: 20_000,
  },
});
