/**
 * Runs the real headless runner as a child process: the bundle tests/global-setup.ts built from
 * this checkout's source for this test run (what users run), or, outside a test run (a bench),
 * the source (electron/headless.ts) through tsx.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the global setup says its bundle is. */
export const RUNNER_BUNDLE_ENV = 'IPWATCH_TEST_RUNNER_BUNDLE';

/** The node arguments that start the runner. */
export function runnerCommand(): string[] {
  const bundle = process.env[RUNNER_BUNDLE_ENV];
  return bundle ? [bundle] : ['--import', 'tsx', path.join(ROOT, 'electron/headless.ts')];
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Environment without the developer's own IPWATCH_* variables. The API is off unless a test
 * asks for it (IPWATCH_API), so runners in parallel never compete for its default port; the
 * router watch is off (IPWATCH_ROUTER), so no test asks the machine's real gateway.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IPWATCH_')));
  return { ...env, IPWATCH_API: 'off', IPWATCH_ROUTER: 'off', ...extra };
}

export function spawnHeadless(args: string[], env: NodeJS.ProcessEnv = cleanEnv()): ChildProcess {
  return spawn(process.execPath, [...runnerCommand(), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runHeadless(args: string[], env?: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<RunResult> {
  return collect(spawnHeadless(args, env), timeoutMs);
}

/**
 * Replaces DIR/settings.json as editors and the product's own settings writer do: a whole new
 * file renamed into place. A plain writeFile truncates before it writes, and a watcher whose
 * debounce ends in between (a busy machine) reads an empty file, a settings error no user made.
 */
export async function writeSettingsFile(dir: string, text: string): Promise<void> {
  const tmp = path.join(dir, 'settings.json.tmp');
  await writeFile(tmp, text, { mode: 0o600 });
  await rename(tmp, path.join(dir, 'settings.json'));
}

/** Waits for a child to exit, with what it printed; kills it after `timeoutMs`. */
export function collect(child: ChildProcess, timeoutMs = 30_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${child.spawnfile} did not exit within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // A death by a signal (code null) says which, where a failed assertion prints stderr.
      if (signal) stderr += `\n[tests/helpers/headless] the runner was killed by ${signal}\n`;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Collects stdout JSON lines of a running child; `until` resolves when a line matches. */
export function jsonLines(child: ChildProcess) {
  const lines: Record<string, unknown>[] = [];
  const waiters: { pred: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] =
    [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = JSON.parse(buf.slice(0, i)) as Record<string, unknown>;
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.pred(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  return {
    lines,
    until(pred: (l: Record<string, unknown>) => boolean, ms = 20_000): Promise<Record<string, unknown>> {
      const found = lines.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching line within ${ms} ms; got ${JSON.stringify(lines)}`)),
          ms,
        );
        waiters.push({ pred, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      });
    },
  };
}
