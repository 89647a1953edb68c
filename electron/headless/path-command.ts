/**
 * `ipwatch path [--now] [--json]` (issue 77, docs/path.md): the path to the internet as the
 * running runner keeps it, asked of it as `ipwatch api` asks (the token in IPWATCH_API_TOKEN, the
 * host proof of this data folder: runner-link.ts): the last path, when and how it was traced,
 * whether the target answered, its hops with their networks and what changed since the one before;
 * `--now` traces first (POST /paths/trace: an admin token; it answers within the tracer's own
 * limit, 60 s). The words are shared/words/path.ts's, the same as the page's and the bot's /path,
 * in English as every command's human output is (docs/i18n.md); `--json` prints the answers as the
 * API gives them.
 */
import type { Command } from 'commander';

import { API_BASE, api as contract } from '../../shared/contract';
import type { PathRecord, PathRunAnswer } from '../../shared/contract/path';
import { zoneOrLocal } from '../../shared/forecast-history';
import { formatDateTime } from '../../shared/i18n/format';
import { english } from '../../shared/i18n/translators';
import { pathReport } from '../../shared/words/path';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import { API_TOKEN_ENV, type ApiCommandContext, PORT_OPTION } from './api-command';
import { commandAction, UsageError } from './cli-errors';
import { askFoundRunner, findRunner, runnerName } from './find-runner';
import { RunnerLinkError } from './runner-link';

/** One request to the runner, its JSON answer read by the contract's schema, or an error in words. */
async function askRunner<T>(
  ctx: ApiCommandContext,
  port: number | undefined,
  req: { method: 'GET' | 'POST'; path: string },
  output: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): Promise<{ answer: T; runner: string }> {
  const token = ctx.env[API_TOKEN_ENV];
  if (!token) throw new UsageError(`set ${API_TOKEN_ENV} to an API token (ipwatch token create makes one)`);
  const at = await findRunner(ctx.dataDir(), port, ctx.env);
  // POST /paths/trace takes no input: no body, as the dashboard sends it.
  const res = await askFoundRunner(
    at,
    { method: req.method, path: `${API_BASE}${req.path}`, headers: {} },
    { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
  );
  let body: unknown = null;
  try {
    body = JSON.parse(res.text);
  } catch {
    // Said below with the status.
  }
  if (res.status !== 200) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? res.text.slice(0, 200);
    throw new RunnerLinkError(`${req.method} ${API_BASE}${req.path}: the runner answered ${res.status}: ${message}`);
  }
  const parsed = output.safeParse(body);
  if (!parsed.success)
    throw new RunnerLinkError(
      `${req.method} ${API_BASE}${req.path}: the runner answered what this ipwatch cannot read (another version?)`,
    );
  return { answer: parsed.data, runner: runnerName(at) };
}

export function registerPathCommand(program: Command, ctx: ApiCommandContext): void {
  const out = ctx.out ?? ((text: string) => void process.stdout.write(text));
  const err = ctx.err ?? ((text: string) => void process.stderr.write(text));
  program
    .command('path')
    .description('the path to the internet the running runner traced last, and what changed; --now traces it first')
    .option('--now', 'trace the path now first (an admin token; up to a minute)')
    .option('--json', 'the answers as JSON, as GET /api/v1/paths (and POST /api/v1/paths/trace) give them')
    .option(...PORT_OPTION)
    .action(
      commandAction(async (o: { now?: boolean; port?: number }, cmd: Command) => {
        const json = Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);
        const settings = await ctx.settings();
        let run: PathRunAnswer | undefined;
        if (o.now)
          run = (await askRunner(ctx, o.port, { method: 'POST', path: '/paths/trace' }, contract.tracePath.output))
            .answer;
        const asked = await askRunner(ctx, o.port, { method: 'GET', path: '/paths?limit=1' }, contract.getPaths.output);
        err(`ipwatch: asked ${asked.runner}\n`);
        const last: PathRecord | null = asked.answer.items[0] ?? null;
        if (json)
          return void out(
            `${JSON.stringify({ enabled: settings.path.enabled, last, ...(run ? { run } : {}) }, null, 2)}\n`,
          );
        const zone = zoneOrLocal(settings.notifications.timezone);
        const report = pathReport({ enabled: settings.path.enabled, last, ...(run ? { run } : {}) }, english, (at) =>
          formatDateTime(at, 'en', zone),
        );
        const p = report.path;
        out(`${[...report.notes, ...(p ? [p.heading, p.reached, p.hops, ...p.changed] : [])].join('\n')}\n`);
      }),
    );
}
