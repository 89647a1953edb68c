import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Records and reports the tests skipped for a missing system peer (tests/helpers/peers.ts).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // electron-store imports 'electron' at load: inlined, it gets the one mock of tests/setup.ts.
    server: { deps: { inline: ['electron-store'] } },
  },
});
