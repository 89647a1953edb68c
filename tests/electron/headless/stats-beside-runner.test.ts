/**
 * `ipwatch stats` while a runner runs says the runner's figures (issue 59), not the history as
 * last saved (the runner saves its counters every few minutes: the CLI said 29.3 % where the API
 * said 68.3 %). Through the real built runner and the real CLI, for one fixed end of the period:
 * with a token the CLI asks the runner and prints its answer; without one it counts the runner's
 * session up to now from the saved history, as the runner does, and says so on stderr.
 */
import { describe, expect, it } from 'vitest';

import type { StatsReport } from '../../../shared/contract/history';
import type { ApiRunner } from '../../helpers/api-runner';
import { afterAskedRunner } from '../../helpers/asked-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { runnerPerFile } from '../../helpers/runner-per-file';
import { until } from '../../helpers/until';

let runner: ApiRunner;
runnerPerFile((r) => (runner = r));

/** The figures a moment fixes: the sources' hourly counts go on growing within the hour. */
const figures = (s: StatsReport) => ({
  from: s.from,
  to: s.to,
  changes: s.changes,
  uptime: s.uptime,
  families: s.families,
});

async function fromApi(to: number): Promise<StatsReport> {
  const res = await runner.fetch(`/api/v1/stats?to=${to}`);
  expect(res.status).toBe(200);
  return (await res.json()) as StatsReport;
}

async function fromCli(to: number, env: Record<string, string>) {
  // The runner listens on a port of the moment (api.port 0 in its settings): the CLI is told it.
  const port = new URL(runner.url).port;
  const args = ['--data-dir', runner.dataDir, 'stats', '--json', '--to', String(to), '--port', port];
  const r = await runHeadless(args, cleanEnv(env));
  expect(r.code, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as StatsReport, stderr: r.stderr };
}

/**
 * Waits until the runner has monitored this long: the history it saved at its first check then
 * lags what it counts (its counters are saved every few minutes), which is what the CLI misread.
 */
const monitoredFor = (ms: number) =>
  until(async () => (await fromApi(Date.now())).uptime.monitoredMs >= ms, {
    what: `${ms} ms of monitored time`,
    timeoutMs: ms + 20_000,
  });

describe('ipwatch stats beside a running runner', () => {
  it('asks the runner with the token: the same figures as the API', async () => {
    await monitoredFor(2000);
    const to = Date.now();
    const api = await fromApi(to);
    expect(api.uptime.monitoredMs).toBeGreaterThan(0);
    const cli = await fromCli(to, { IPWATCH_API_TOKEN: runner.token });
    expect(afterAskedRunner(cli.stderr)).toBe('');
    expect(figures(cli.report)).toEqual(figures(api));
  });

  it('without a token, counts the runner’s session up to now as the runner does, and says so', async () => {
    await monitoredFor(4000);
    const to = Date.now();
    const api = await fromApi(to);
    const cli = await fromCli(to, {});
    expect(cli.stderr).toMatch(
      /^a runner holds this data folder but was not asked \(set IPWATCH_API_TOKEN to a viewer or admin token to print the runner's own figures\): these figures are its history as last saved, its session counted up to now\n$/,
    );
    expect(cli.report.uptime).toEqual(api.uptime);
  });
});
