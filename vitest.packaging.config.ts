import { defineConfig } from 'vitest/config';

/** The packaging build test alone (see tests/packaging/package-build.test.ts): `npm run test:package`. */
export default defineConfig({
  test: {
    include: ['tests/packaging/package-build.test.ts'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 300_000,
    pool: 'forks',
  },
});
