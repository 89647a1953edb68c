/**
 * `npm test` says what it is doing (scripts/test.mjs): a line before each step, its time after
 * it, and a failed step stops the run with that step's exit code. npm is a local stand-in here
 * (npm_execpath: a script that records its arguments and fails when told), so no check runs.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { STEPS } from '../../scripts/test.mjs';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/test.mjs');
const run = promisify(execFile);
let dir = '';
let fakeNpm = '';

/** scripts/test.mjs with the stand-in npm; `failOn`: the npm arguments (joined) that exit 3. */
async function npmTest(failOn = '') {
  const log = path.join(dir, `calls-${Math.random().toString(36).slice(2)}.txt`);
  const env = { ...process.env, npm_execpath: fakeNpm, FAKE_NPM_LOG: log, FAKE_NPM_FAIL: failOn };
  const r = await run(process.execPath, [SCRIPT], { env }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
  );
  const calls = (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  return { ...r, calls, lines: r.stderr.split('\n').filter((l) => l.startsWith('ipwatch test:')) };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-test-steps-'));
  fakeNpm = path.join(dir, 'npm-cli.cjs');
  await writeFile(
    fakeNpm,
    `const args = process.argv.slice(2).join(' ');
require('node:fs').appendFileSync(process.env.FAKE_NPM_LOG, args + '\\n');
process.exit(args === process.env.FAKE_NPM_FAIL ? 3 : 0);
`,
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm test, step by step', () => {
  it('announces each step before it runs it, and its time after', async () => {
    const r = await npmTest();
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(STEPS.map(([, args]) => args.join(' ')));
    expect(r.lines).toHaveLength(2 * STEPS.length);
    expect(r.lines[0]).toBe(
      `ipwatch test: 1 of ${STEPS.length}: type check, three projects (tsc: quiet until it finds an error)…`,
    );
    expect(r.lines[1]).toMatch(/^ipwatch test: type check, three projects \(.*\): passed in \d+ s\.$/);
  });

  it('stops at a failed step with its exit code, and says the rest did not run', async () => {
    const r = await npmTest('run -s lint');
    expect(r.code).toBe(3);
    expect(r.calls).toEqual(['run -s typecheck', 'run -s lint']);
    expect(r.lines.at(-1)).toMatch(/^ipwatch test: lint \(.*\): failed after \d+ s; the steps after it did not run\.$/);
  });
});
