/**
 * Vitest global setup: gives the test workers a folder to record the system peers they
 * miss (tests/helpers/peers.ts), and after the run prints the one line that names the
 * packages that would enable the skipped tests.
 *
 * It also bundles the headless runner from this checkout's source, as `npm run build:headless`
 * does, into a folder of this run's own under out/ (runs side by side never share one): the
 * tests start the runner users run (tests/helpers/headless.ts), at a third of the start-up
 * cost of the source through tsx.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { bundleHeadless } from '../esbuild.headless.mjs';
import { RUNNER_BUNDLE_ENV } from './helpers/headless';
import { peerSummary, type PeerRecord } from './helpers/peers';

const ROOT = path.resolve(import.meta.dirname, '..');

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-peers-'));
  project.provide('peerRecordsDir', dir);
  // Beside out/renderer, so the bundle finds the built dashboard as the shipped one does.
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const runnerDir = mkdtempSync(path.join(ROOT, 'out', 'headless-test-'));
  await bundleHeadless(path.join(runnerDir, 'index.js'));
  // The test workers are forked after this and inherit it.
  process.env[RUNNER_BUNDLE_ENV] = path.join(runnerDir, 'index.js');
  return () => {
    rmSync(runnerDir, { recursive: true, force: true });
    const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as PeerRecord);
    rmSync(dir, { recursive: true, force: true });
    const line = peerSummary(records);
    if (line) process.stdout.write(`\n${line}\n`);
  };
}
