/**
 * `npm run headless -- [args]`: the headless runner from this checkout. Builds the runner
 * (esbuild) and the dashboard (electron-vite) only when their sources are newer than the
 * build, with the builds' output on stderr so that `--json` and `export` keep a clean stdout,
 * then runs the built runner in this process. `--build-only` stops after the build (prepare).
 *
 * npm prints its own banner ("> ipwatch@... headless") on stdout before any script runs;
 * only `npm run -s headless` or the `ipwatch` bin (`npx ipwatch`) leave it out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...p) => join(root, ...p);

/** What each build makes, and what it is made from. */
export const TARGETS = [
  {
    name: 'runner',
    output: 'out/headless/index.js',
    inputs: ['electron', 'shared', 'package.json', 'esbuild.headless.mjs'],
    build: async () => (await import('../esbuild.headless.mjs')).bundleHeadless(at('out/headless/index.js')),
  },
  {
    name: 'dashboard',
    output: 'out/renderer/index.html',
    inputs: ['renderer', 'shared', 'package.json', 'electron.vite.config.ts'],
    build: () => {
      const bin = at('node_modules', 'electron-vite', 'bin', 'electron-vite.js');
      const run = spawnSync(process.execPath, [bin, 'build', '--logLevel', 'error'], {
        cwd: root,
        stdio: ['ignore', process.stderr, process.stderr],
      });
      if (run.status !== 0) throw new Error(`the dashboard build failed (exit ${run.status ?? run.signal})`);
    },
  },
];

/** The newest modification time under `path`, a file or a folder (0 when missing). */
export function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when `output` is missing or older than any of `inputs`. */
export function isStale(output, inputs) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => newestMtime(input) > built);
}

async function main(args) {
  for (const t of TARGETS) {
    if (
      !isStale(
        at(t.output),
        t.inputs.map((i) => at(i)),
      )
    )
      continue;
    const why = existsSync(at(t.output)) ? `its sources are newer than ${t.output}` : `no ${t.output} yet`;
    process.stderr.write(`ipwatch: building the ${t.name} (${why})\n`);
    await t.build();
  }
  if (args[0] === '--build-only') return;
  const runner = at('out/headless/index.js');
  process.argv = [process.argv[0], runner, ...args];
  await import(pathToFileURL(runner).href);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  main(args).catch((err) => {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    // As npm install's prepare, a failed build leaves the install done: `npm run headless` tries again.
    if (args[0] === '--build-only') {
      process.stderr.write(`ipwatch: the headless runner was not built (${why}); \`npm run headless\` builds it\n`);
      return;
    }
    process.stderr.write(`ipwatch: ${why}\n`);
    process.exit(1);
  });
}
