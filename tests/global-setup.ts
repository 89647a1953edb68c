/**
 * Vitest global setup: gives the test workers a folder to record the system peers they
 * miss (tests/helpers/peers.ts), and after the run prints the one line that names the
 * packages that would enable the skipped tests.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import { peerSummary, type PeerRecord } from './helpers/peers';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-peers-'));
  project.provide('peerRecordsDir', dir);
  return () => {
    const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as PeerRecord);
    rmSync(dir, { recursive: true, force: true });
    const line = peerSummary(records);
    if (line) process.stdout.write(`\n${line}\n`);
  };
}
