/**
 * The web dashboard in a browser: the built renderer (out/renderer, which the headless runner
 * serves at `/`; tests/helpers/api-runner.ts starts the runner) and Debian's chromium driven by
 * playwright-core. Used by tests/e2e and bench/ui.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { type Browser, chromium, type BrowserContext, type Page } from 'playwright-core';

import { cleanEnv, RUNNER_BUNDLE_ENV } from './headless';
import { until } from './until';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';

const run = (cmd: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { cwd: ROOT, env: cleanEnv() }, (err, _out, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr}`)) : resolve(),
    ),
  );

/**
 * Builds main, preload and renderer (out/), as `npm run build` does: once per test run. The test
 * files run two at a time, and a build rewrites out/renderer, which another file's runner may be
 * serving; so the first caller builds (holding a lock folder in the run's own folder, the runner
 * bundle's: tests/runner-setup.ts) and the others wait for its word. Outside a test run (bench)
 * it simply builds.
 */
export async function buildRenderer(): Promise<void> {
  const bundle = process.env[RUNNER_BUNDLE_ENV];
  if (!bundle) return run('npx', ['electron-vite', 'build']);
  const lock = path.join(path.dirname(bundle), 'renderer.lock');
  const word = path.join(path.dirname(bundle), 'renderer.built');
  try {
    mkdirSync(lock);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    await until(() => existsSync(word), { timeoutMs: 180_000, what: "another test file's renderer build" });
    const said = readFileSync(word, 'utf8');
    if (said !== 'ok') throw new Error(`the renderer build of this run failed: ${said}`);
    return;
  }
  try {
    await run('npx', ['electron-vite', 'build']);
    writeFileSync(word, 'ok');
  } catch (err) {
    writeFileSync(word, err instanceof Error ? err.message : String(err));
    throw err;
  }
}

/** Builds the headless runner (out/headless/index.js), as `npm run headless` does first. */
export const buildHeadless = (): Promise<void> => run('npm', ['run', 'build:headless', '--silent']);

/**
 * `extraArgs`: more flags, such as the SPKI pin of a test's own certificate. `reachable`: this
 * host's own addresses besides 127.0.0.1 the browser may connect to (its LAN address, as another
 * machine would reach the runner); the connection still never leaves the machine.
 */
export function launchChromium(
  extraArgs: readonly string[] = [],
  reachable: readonly string[] = [],
  /** Another program that starts chromium (a script running it inside a network namespace). */
  executablePath = CHROMIUM,
): Promise<Browser> {
  return chromium.launch({
    executablePath,
    // Nothing leaves the machine: no background fetches, no component updates, and every name
    // but the loopback address resolves to nothing.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=MAP * ~NOTFOUND, ${['127.0.0.1', ...reachable].map((a) => `EXCLUDE ${a}`).join(', ')}`,
      ...extraArgs,
    ],
    headless: true,
  });
}

/**
 * Signs a browser context in as the sign-in form does, so its pages open straight to the dashboard.
 * With `hostProof` (the runner's DATA_DIR/host-proof) the sign-in is this host's, as one opened by
 * the CLI on this host would be (issue 58): its session may make the dangerous changes for 5 minutes.
 */
export async function signInContext(
  context: BrowserContext,
  url: string,
  token: string,
  hostProof?: string,
): Promise<void> {
  const headers: Record<string, string> = hostProof === undefined ? {} : { 'x-ipwatch-host-proof': hostProof };
  const res = await context.request.post(`${url}/api/v1/session`, { data: { token }, headers });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
}

let axeSource: Promise<string> | null = null;

/** axe's serious and critical findings on the page as it is, one line each. */
export async function seriousAxeFindings(p: Page): Promise<string[]> {
  axeSource ??= readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // evaluate() runs outside the page's CSP, which forbids inline scripts.
  await p.evaluate(await axeSource);
  return p.evaluate<string[]>(
    `axe.run().then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.nodes.map((n) => n.target.join(' ')).join(', ') + ')'))`,
  );
}
