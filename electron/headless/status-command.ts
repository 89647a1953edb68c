/**
 * `ipwatch status`: where the dashboard is, the certificate it is served with on the LAN (its
 * SHA-256 fingerprint, the same the runner logs and the pages show: words/serving.ts), whether
 * plain HTTP reaches other machines, and whether the runner of this data folder runs: found by
 * the folder (find-runner.ts: the port it wrote there, `--port` or IPWATCH_API_PORT only as an
 * override), proved by the host-proof challenge, then asked its /healthz (issue 75). Says which
 * runner answered (folder, address, pid), or in words that none of this folder runs. `--json`
 * prints the same as one object. Reads the settings and the data folder; changes nothing.
 */
import os from 'node:os';

import type { Command } from 'commander';

import { type AppStatus, api as contract } from '../../shared/contract';
import { quietStatusSchema } from '../../shared/contract/quiet';
import type { ApiServingStatus } from '../../shared/contract/serving';
import { english } from '../../shared/i18n/translators';
import type { Settings } from '../../shared/settings';
import { botsLines } from '../../shared/words/bots';
import { formatDuration } from '../../shared/words/duration';
import { memoryStatusText } from '../../shared/words/memory';
import { quietStatusText } from '../../shared/words/quiet';
import { certificateLine, plainHttpWords } from '../../shared/words/serving';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import { certificateOnDisk } from '../engine/tls';
import { inForceWords } from '../host/settings-file';
import { resolveSource } from '../host/settings-source';
import { API_TOKEN_ENV, PORT_OPTION } from './api-command';
import { commandAction, UsageError } from './cli-errors';
import { askFoundRunner, findRunner, type RunnerAt, runnerName } from './find-runner';

export interface StatusContext {
  dataDir: string;
  settings: Settings;
}

/** What `status` learnt of the runner of the data folder. */
export type RunnerReport =
  | {
      running: true;
      dataDir: string;
      address: string;
      pid: number | null;
      version: string | null;
      lastCheckAgeSec: number | null;
      /** The verdict the dashboard's banner says (the engine's one cause), when IPWATCH_API_TOKEN lets it be read. */
      health?: { state: string; reason: string; detail: string };
      /** Each Discord bot's state, a line each (shared/words/bots.ts, as the bot's /status says it), with a token. */
      bots?: string[];
      /** The quiet windows' line (the status's `quiet`, shared/words/quiet.ts), with a token. */
      quiet?: string;
      /** The runner's memory line, as the dashboard's chart and the bot's /status say it (GET /api/v1/memory), with a token. */
      memory?: string;
      /** "running, IPWatch 1.2.3, last check 4 s ago: the runner of DIR at 127.0.0.1:P (pid N)" */
      words: string;
    }
  | { running: false; dataDir: string; words: string };

/** The lines `ipwatch status` prints, the runner as `runner` found it. */
export async function statusLines(ctx: StatusContext, runner: RunnerReport): Promise<string[]> {
  const api = ctx.settings.api;
  if (!api.enabled && !runner.running)
    return ['dashboard and API: off (api.enabled is false)', `runner: ${runner.words}`];
  const host = api.lan ? os.hostname() : '127.0.0.1';
  // The port the runner listens on, when one runs; the settings' otherwise.
  const port = runner.running ? Number(runner.address.split(':').pop()) : api.port;
  const url = `${api.lan ? 'https' : 'http'}://${host}:${port}`;
  const lines = [
    `dashboard and API: ${url}${api.lan ? ' (every interface; this machine also at http://127.0.0.1)' : ' (this machine only)'}`,
  ];
  if (api.lan) {
    const cert = await certificateOnDisk(api.tls, ctx.dataDir);
    const serving: ApiServingStatus = { tls: cert, plainHttpOnLan: api.allowPlainHttp };
    lines.push(
      cert
        ? `${certificateLine(serving, english)} (valid until ${new Date(cert.notAfter).toISOString().slice(0, 10)})`
        : 'certificate: none yet; the runner makes one at its first start with api.lan',
    );
    if (serving.plainHttpOnLan) lines.push(plainHttpWords(english));
  }
  lines.push(`runner: ${runner.words}`);
  if (runner.running && runner.health) lines.push(`monitoring: ${runner.health.reason}: ${runner.health.detail}`);
  if (runner.running && runner.quiet) lines.push(`quiet: ${runner.quiet}`);
  if (runner.running && runner.memory) lines.push(`memory: ${runner.memory}`);
  if (runner.running && runner.bots) lines.push(...runner.bots.map((b) => `discord bot: ${b}`));
  return lines;
}

/** The runner of `dataDir`, found and proved, and what its /healthz says; or why none answers, in words. */
export async function askRunnerHealth(
  dataDir: string,
  port: number | undefined,
  env: NodeJS.ProcessEnv,
): Promise<RunnerReport> {
  try {
    const at = await findRunner(dataDir, port, env);
    const res = await askFoundRunner(at, { method: 'GET', path: '/healthz', headers: {} }, {});
    const body = jsonOrNull(res.text) as { version?: string; lastCheckAgeSec?: number | null } | null;
    const who = runnerName(at);
    if (res.status !== 200 || !body)
      return { running: false, dataDir, words: `${who} answers its health check with HTTP ${res.status}` };
    const age = typeof body.lastCheckAgeSec === 'number' ? body.lastCheckAgeSec : null;
    const version = body.version ?? null;
    const { health, bots, quiet } = await askStatus(at, env[API_TOKEN_ENV]);
    const memory = await askMemory(at, env[API_TOKEN_ENV]);
    return {
      running: true,
      ...(health ? { health } : {}),
      ...(bots ? { bots } : {}),
      ...(quiet ? { quiet } : {}),
      ...(memory ? { memory } : {}),
      dataDir,
      address: `127.0.0.1:${at.port}`,
      pid: at.pid,
      version,
      lastCheckAgeSec: age,
      words: `running, IPWatch ${version ?? 'of an unknown version'}, ${age === null ? 'no check yet' : `last check ${age} s ago`}: ${who}`,
    };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return { running: false, dataDir, words: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The runner's verdict (GET /api/v1/status's health: the engine's one cause in words), each
 * Discord bot's state (shared/words/bots.ts, as the bot's /status says it) and its quiet windows in
 * words (its `quiet`, as the bot says it), with a token; else none.
 */
async function askStatus(
  at: RunnerAt,
  token: string | undefined,
): Promise<{ health?: RunnerReportHealth; bots?: string[]; quiet?: string }> {
  if (!token) return {};
  const res = await askFoundRunner(
    at,
    { method: 'GET', path: '/api/v1/status', headers: {} },
    { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
  );
  const body = res.status === 200 ? (jsonOrNull(res.text) as Partial<AppStatus> | null) : null;
  const h = body?.health;
  const q = quietStatusSchema.safeParse(body?.quiet);
  return {
    ...(h && typeof h.reason === 'string' ? { health: { state: h.state, reason: h.reason, detail: h.detail } } : {}),
    ...(body?.bot && typeof body.bot.state === 'string'
      ? { bots: botsLines({ ...body, bot: body.bot }, english) }
      : {}),
    ...(q.success ? { quiet: quietStatusText(q.data, english, (t) => new Date(t).toISOString()) } : {}),
  };
}
type RunnerReportHealth = { state: string; reason: string; detail: string };

/** The runner's memory in the words the dashboard's chart says it (shared/words/memory.ts), with a token; else none. */
async function askMemory(at: RunnerAt, token: string | undefined): Promise<string | undefined> {
  if (!token) return undefined;
  const res = await askFoundRunner(
    at,
    { method: 'GET', path: '/api/v1/memory', headers: {} },
    { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
  );
  const m = res.status === 200 ? contract.getMemory.output.safeParse(jsonOrNull(res.text)) : null;
  return m?.success ? memoryStatusText(m.data, english, (ms) => formatDuration(ms, 2, english)) : undefined;
}

const jsonOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Which settings files are in force (host/settings-source.ts), in words and as facts. */
function settingsFiles(dataDir: string, env: NodeJS.ProcessEnv) {
  const resolved = resolveSource(dataDir, env);
  if (!resolved.ok) return { lines: resolved.errors, facts: { errors: resolved.errors } };
  const { source } = resolved;
  const ignored = source.ignored
    ? [english.t('settingsFile.ignored', { ignored: source.ignored, file: source.base })]
    : [];
  return {
    lines: [inForceWords(source), ...ignored],
    facts: { file: source.base, profile: source.profile, ignored: source.ignored, says: inForceWords(source) },
  };
}

export function registerStatusCommand(
  program: Command,
  load: () => Promise<StatusContext>,
  env: NodeJS.ProcessEnv,
): void {
  program
    .command('status')
    .description(
      "where the dashboard is, its certificate's SHA-256 fingerprint, and whether the runner of this data folder runs",
    )
    .option(...PORT_OPTION)
    .action(
      commandAction(async (o: { port?: number }, cmd: Command) => {
        const ctx = await load();
        const runner = await askRunnerHealth(ctx.dataDir, o.port, env);
        const files = settingsFiles(ctx.dataDir, env);
        if (cmd.optsWithGlobals<{ json?: boolean }>().json) {
          const { words, ...facts } = runner;
          const out = { ...facts, says: words, settings: files.facts };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${[...(await statusLines(ctx, runner)), ...files.lines].join('\n')}\n`);
      }),
    );
}
