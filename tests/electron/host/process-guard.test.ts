/**
 * The process guard on a real Node process (tests/fixtures/guard/guarded-process.ts): before it
 * is armed an unhandled rejection ends the process with one line; once armed, rejections and
 * exceptions are logged with the part whose work made them (AsyncLocalStorage through timers and
 * promises), counted, masked, and the process goes on. Run on this Node and, when .ci/fetch-node
 * has cached it, on the oldest Node the runner supports (Node passes the scope to the handlers there too).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import type { InternalErrorsStatus } from '../../../shared/internal-errors';
import { collect } from '../../helpers/headless';
import { peer } from '../../helpers/peers';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/guard/guarded-process.ts');
const OLDEST = readFileSync(path.join(ROOT, '.ci/oldest-node'), 'utf8').trim();
const OLDEST_NODE = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
  'ipwatch',
  `node-v${OLDEST}`,
  'bin',
  'node',
);
const oldest = peer(`node ${OLDEST}`, { files: [OLDEST_NODE], install: '.ci/fetch-node' });

const guarded = (node: string, mode: 'early' | 'armed') =>
  collect(spawn(node, ['--import', 'tsx', FIXTURE, mode], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));

const nodes: [string, string, boolean][] = [
  [`this Node (${process.version})`, process.execPath, false],
  [`Node ${OLDEST}`, oldest.skip ? '' : oldest.path(OLDEST_NODE), oldest.skip],
];

describe.each(nodes)('the process guard on %s', (_name, node, skip) => {
  it.skipIf(skip)('ends the process with one line for an error before monitoring runs', async () => {
    const r = await guarded(node, 'early');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('ipwatch: internal error before monitoring started: the settings could not be read');
  });

  it.skipIf(skip)('once armed, logs each error with its part, counts it, and the process goes on', async () => {
    const r = await guarded(node, 'armed');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ticks: number; status: InternalErrorsStatus };
    // The timers went on ticking through the three errors, and after them.
    expect(out.ticks).toBeGreaterThan(3);
    expect(out.status).toMatchObject({
      total: 3,
      byPart: { ddns: 1, watcher: 1, unknown: 1 },
      last: { part: 'unknown', message: 'a bare string' },
      recent: true,
    });
    expect(r.stderr).toMatch(/internal error in ddns, caught: monitoring goes on.*keeper busy \*\*\*/);
    expect(r.stderr).toMatch(/internal error in watcher, caught: monitoring goes on.*hook threw/);
    expect(r.stderr).not.toContain('hunter2');
  });
});
