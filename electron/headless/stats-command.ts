/**
 * `ipwatch stats`'s figures, the same as the runner's while one runs (issue 59). The history a
 * reader opens is the one last saved: a runner saves its counters every few minutes, so the CLI
 * used to say 29.3 % where the API and the dashboard said 68.3 % at the same moment. Now:
 * - a runner holds the data folder and IPWATCH_API_TOKEN is set: the runner is asked (GET /stats,
 *   through runner-link.ts, once it proved itself), and its answer is printed as it is;
 * - a runner holds it but cannot be asked (no token, its API off): the saved history, the runner's
 *   session counted up to now as the runner counts it (store.stats runnerLive), and a line on
 *   stderr says so and why;
 * - no runner: the saved history, which is then the whole of it.
 * Both paths compute the figures with the one function the API uses (store/stats-query.ts).
 */

import { statsReportSchema } from '../../shared/contract/history';
import type { Settings } from '../../shared/settings';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import type { StatsReport } from '../engine/store';
import { API_TOKEN_ENV } from './api-command';
import { UsageError } from './cli-errors';
import { askFoundRunner, findRunner, liveRunner, runnerName } from './find-runner';

export interface StatsQueryOptions {
  from?: number;
  to?: number;
  days?: number;
}

export interface RunnerStatsContext {
  dataDir: string;
  settings(): Promise<Settings>;
  env: NodeJS.ProcessEnv;
}

/** Whether a runner on this host holds the data folder now. */
export async function runnerHolds(dataDir: string): Promise<boolean> {
  return (await liveRunner(dataDir)) !== null;
}

/** What is said on stderr when the figures come from the saved history beside a runner: why, then what. */
export const countedUpToNow = (why: string): string =>
  `a runner holds this data folder but was not asked (${why}): these figures are its history as last saved, its session counted up to now`;

/**
 * The runner's own figures for this query, or why it was not asked (no token, no port, no host
 * proof: its API is off). A runner that answers with an error is an error in words.
 */
export async function askRunnerStats(
  ctx: RunnerStatsContext,
  q: StatsQueryOptions,
  port?: number,
): Promise<{ report: StatsReport; runner: string } | { why: string }> {
  const token = ctx.env[API_TOKEN_ENV];
  if (!token) return { why: `set ${API_TOKEN_ENV} to a viewer or admin token to print the runner's own figures` };
  let at;
  try {
    at = await findRunner(ctx.dataDir, port, ctx.env);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return { why: err instanceof Error ? err.message : String(err) };
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
  const path = `/api/v1/stats${params.size ? `?${params.toString()}` : ''}`;
  const res = await askFoundRunner(
    at,
    { method: 'GET', path, headers: {} },
    { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
  );
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = null;
  }
  if (res.status !== 200) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.text;
    throw new Error(`the runner refused to give its figures (HTTP ${res.status}): ${message}`);
  }
  const parsed = statsReportSchema.safeParse(body);
  if (!parsed.success) throw new Error('the runner answered figures this ipwatch cannot read (another version?)');
  return { report: parsed.data, runner: runnerName(at) };
}
