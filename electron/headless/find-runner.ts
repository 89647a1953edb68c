/**
 * How every command that talks to the runner finds it (issue 75): by its data folder. The runner
 * writes where its API listens (DATA_DIR/runner.json, mode 0600) and this run's proof
 * (DATA_DIR/host-proof); the CLI takes the port from there, so a runner started with
 * IPWATCH_API_PORT in its own environment is found from a shell without it. `--port`, or
 * IPWATCH_API_PORT in the CLI's environment, overrides the port; either way the listener must
 * answer the proof's challenge before anything is sent (runner-link.ts). Each command says which
 * runner it spoke to (runnerName), and when none of this folder runs it says that, in words.
 */
import { readHostProof, readRunnerFile } from '../engine/api/host-proof/host-proof';
import { type LockOwner, readLockOwner } from '../engine/store/data-lock';
import { isProcessGone, ownerStanding } from '../engine/store/owner-process';
import { UsageError } from './cli-errors';
import { callRunner, RunnerAbsentError, type RunnerAnswer, RunnerLinkError, type RunnerRequest } from './runner-link';
import { requireDataFolder } from './with-store';

/** The port variable the runner reads (host/env.ts); in the CLI's environment, an override. */
export const PORT_ENV = 'IPWATCH_API_PORT';

/** What the lock's owner is when it runs the monitor (the headless runner, the app). */
const RUNNER_ROLES = new Set(['monitor', 'app']);

export interface RunnerAt {
  dataDir: string;
  port: number;
  proof: string;
  /** The pid the runner wrote beside its port; null when an override named another port. */
  pid: number | null;
  /** What named the port when not the data folder: '--port' or PORT_ENV. */
  override: string | null;
}

/** "the runner of DIR at 127.0.0.1:PORT (pid N)": which runner a command spoke to. */
export const runnerName = (at: RunnerAt): string =>
  `the runner of ${at.dataDir} at 127.0.0.1:${at.port}${at.pid !== null ? ` (pid ${at.pid})` : ''}${at.override ? `, port given by ${at.override}` : ''}`;

/** The runner holding `dataDir`'s lock on this host now, or null. */
export async function liveRunner(dataDir: string): Promise<LockOwner | null> {
  const owner = await readLockOwner(dataDir);
  if (!owner || !RUNNER_ROLES.has(owner.role)) return null;
  return (await ownerStanding(owner)) === 'live' ? owner : null;
}

/** --port, else the CLI's own IPWATCH_API_PORT, else nothing (the data folder says). */
function overridePort(given: number | undefined, env: NodeJS.ProcessEnv): { port: number; by: string } | null {
  if (given !== undefined) return { port: given, by: '--port' };
  const text = env[PORT_ENV]?.trim();
  if (!text) return null;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new UsageError(`${PORT_ENV} is not a port: ${text} (a whole number from 1 to 65535)`);
  return { port, by: PORT_ENV };
}

/** Why no runner of `dataDir` can be asked, in words, when it left no proof. */
async function noRunnerWords(dataDir: string): Promise<string> {
  const owner = await liveRunner(dataDir);
  if (owner)
    return `the runner of ${dataDir} runs (pid ${owner.pid}) but its API is off or not started yet (api.enabled, IPWATCH_API), so it cannot be asked`;
  return `no runner of ${dataDir} runs`;
}

/**
 * The runner of `dataDir`: its port from the folder (or the override), its proof and pid. Throws
 * a RunnerLinkError in words when none runs or it said no port.
 */
export async function findRunner(dataDir: string, port: number | undefined, env: NodeJS.ProcessEnv): Promise<RunnerAt> {
  // A mistyped --data-dir is said as such (exit 2), not as a runner missing from it.
  await requireDataFolder(dataDir);
  const override = overridePort(port, env);
  const [proof, file] = await Promise.all([readHostProof(dataDir), readRunnerFile(dataDir)]);
  if (proof === null) throw new RunnerLinkError(await noRunnerWords(dataDir));
  if (override)
    return {
      dataDir,
      port: override.port,
      proof,
      pid: file?.port === override.port ? file.pid : null,
      override: override.by,
    };
  if (!file)
    throw new RunnerLinkError(
      `the runner of ${dataDir} did not say where its API listens (no runner.json: an IPWatch before 75?); give the port with --port`,
    );
  return { dataDir, port: file.port, proof, pid: file.pid, override: null };
}

/** Why what the folder names does not answer, in words: gone, or where the folder says it is instead. */
async function absentWords(at: RunnerAt, err: RunnerAbsentError): Promise<string> {
  if (at.override) {
    const file = await readRunnerFile(at.dataDir);
    const there =
      file && file.port !== at.port ? `; the runner of ${at.dataDir} says it listens on 127.0.0.1:${file.port}` : '';
    return `nothing answers on 127.0.0.1:${at.port} (given by ${at.override}: ${err.reason})${there}`;
  }
  if (at.pid !== null && (await isProcessGone(at.pid)))
    return `no runner of ${at.dataDir} runs: the last one (pid ${at.pid}, 127.0.0.1:${at.port}) stopped without a clean stop`;
  return `${runnerName(at)} does not answer (${err.reason})`;
}

/** callRunner to the runner found, with a connection that fails said as which runner is missing. */
export async function askFoundRunner(
  at: RunnerAt,
  req: RunnerRequest,
  secret: Record<string, string>,
): Promise<RunnerAnswer> {
  try {
    return await callRunner(at, req, secret);
  } catch (err) {
    if (err instanceof RunnerAbsentError) throw new RunnerLinkError(await absentWords(at, err));
    throw err;
  }
}
