/**
 * `npm test`: the checks in order, each announced on stderr before it starts (the type check and
 * the lint print nothing until they finish, a minute or more on a small machine), with its time
 * after it; the first that fails stops the run with its exit code.
 *
 *   node scripts/test.mjs
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** The steps: what the line says, then the npm script (or, for vitest, the command) it runs. */
export const STEPS = [
  ['type check, three projects (tsc: quiet until it finds an error)', ['run', '-s', 'typecheck']],
  ['lint (eslint: quiet until it finds a problem)', ['run', '-s', 'lint']],
  ['format check (prettier)', ['run', '-s', 'format:check']],
  ['the test suite with coverage (vitest)', ['exec', '--', 'vitest', 'run', '--coverage']],
  ['the packaging tests (vitest)', ['run', '-s', 'test:package']],
];

const say = (line) => process.stderr.write(`ipwatch test: ${line}\n`);

/** npm itself, as the one that started this script (npm_execpath), else `npm` on the PATH. */
function npm(args) {
  const cli = process.env.npm_execpath;
  return cli
    ? spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' })
    : spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
}

function main() {
  for (const [i, [what, args]] of STEPS.entries()) {
    say(`${i + 1} of ${STEPS.length}: ${what}…`);
    const started = performance.now();
    const run = npm(args);
    const secs = Math.round((performance.now() - started) / 1000);
    if (run.status !== 0) {
      say(`${what}: failed after ${secs} s; the steps after it did not run.`);
      process.exit(run.status ?? 1);
    }
    say(`${what}: passed in ${secs} s.`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
