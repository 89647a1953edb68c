/**
 * Vitest global setup of the main test run: bundles the headless runner from this checkout's
 * source, as `npm run build:headless` does, into a folder of this run's own under out/ (runs side
 * by side never share one; electron-builder leaves out/headless* out of the app), removed after
 * the run. The tests start the runner users run (tests/helpers/headless.ts), at a third of the
 * start-up cost of the source through tsx.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

import { bundleHeadless } from '../esbuild.headless.mjs';
import { RUNNER_BUNDLE_ENV } from './helpers/headless';

const ROOT = path.resolve(import.meta.dirname, '..');

export default async function setup(): Promise<() => void> {
  // Beside out/renderer, so the bundle finds the built dashboard as the shipped one does.
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'out', 'headless-test-'));
  await bundleHeadless(path.join(dir, 'index.js'));
  // The test workers are forked after this and inherit it.
  process.env[RUNNER_BUNDLE_ENV] = path.join(dir, 'index.js');
  return () => rmSync(dir, { recursive: true, force: true });
}
