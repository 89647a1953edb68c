import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The floors per room (issue 60): a run below one fails. The targets are 90 % of lines and 85 %
 * of branches for engine, host and shared, 80 % of lines for the renderer and the shell;
 * docs/development.md gives the figures measured and what stands between them and the targets.
 */
const COVERAGE_THRESHOLDS = {
  'electron/engine/**': { lines: 90, branches: 85 },
  'electron/host/**': { lines: 90, branches: 85 },
  'shared/**': { lines: 90, branches: 85 },
  'renderer/src/**': { lines: 80 },
  'electron/shell/**': { lines: 80 },
};

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
    // Two test files at a time. Vitest's default on a 2-core machine is one (cores - 1), and most
    // files wait on a child process, a peer or a browser far more than they compute: two halve the
    // wall time (docs/development.md, "Where the time goes").
    maxWorkers: 2,
    // electron-store imports 'electron' at load: inlined, it gets the one mock of tests/setup.ts.
    server: { deps: { inline: ['electron-store'] } },
    // `npm test` runs with --coverage (issue 60); a targeted `npx vitest run FILE` does not. What
    // runs in a child process (the built runner, the CLI) is not counted: docs/development.md.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
      exclude: ['**/*.d.ts', 'tests/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // The figures are wanted from a run with a failure too (a flaky test must not hide them).
      reportOnFailure: true,
      thresholds: COVERAGE_THRESHOLDS,
    },
  },
});
