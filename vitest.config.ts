import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The packaging build runs on its own afterwards (vitest.packaging.config.ts): it would starve timed tests.
    exclude: [...configDefaults.exclude, 'tests/packaging/package-build.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // Records and reports the tests skipped for a missing system peer (tests/helpers/peers.ts), and
    // bundles the runner the tests start (tests/runner-setup.ts).
    globalSetup: ['tests/global-setup.ts', 'tests/runner-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // electron-store imports 'electron' at load: inlined, it gets the one mock of tests/setup.ts.
    server: { deps: { inline: ['electron-store'] } },
  },
});
