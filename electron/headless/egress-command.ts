/**
 * `ipwatch egress [--json]` (issue 63): what IPWatch may contact for the current settings (the
 * inventory, egress/inventory.ts) and what the running runner contacted since it started, asked
 * of it as `ipwatch api GET /api/v1/egress` asks (the token in IPWATCH_API_TOKEN, the host proof
 * of this data folder: runner-link.ts). Without a runner to ask, the list for the settings is
 * printed and the reason it could not be asked; `--json` prints the runner's answer as the API
 * gives it (what the lab compares its packets with), or `{ declared, enforce, notAsked }`. The
 * words are English, as every command's human output is (docs/i18n.md).
 */
import type { Command } from 'commander';

import type { EgressReport } from '../../shared/contract/egress';
import { zoneOrLocal } from '../../shared/forecast-history';
import type { Translator } from '../../shared/i18n/translator';
import { english } from '../../shared/i18n/translators';
import type { Settings } from '../../shared/settings';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import { systemFacts } from '../engine/egress/facts';
import { declaredDestinations } from '../engine/egress/inventory';
import { pluginsFolderIn, readManifests } from '../engine/plugins/load';
import { API_TOKEN_ENV, type ApiCommandContext, PORT_OPTION } from './api-command';
import { commandAction, UsageError } from './cli-errors';
import { egressLines } from './egress-words';
import { askFoundRunner, findRunner, runnerName } from './find-runner';

type Asked = { ok: true; report: EgressReport; runner: string } | { ok: false; reason: string };

/** The runner's getEgress, or why it could not be asked, in words. */
async function askRunner(ctx: ApiCommandContext, port: number | undefined, t: Translator): Promise<Asked> {
  const token = ctx.env[API_TOKEN_ENV];
  if (!token) return { ok: false, reason: t.t('egress.cli.noToken') };
  try {
    const at = await findRunner(ctx.dataDir(), port, ctx.env);
    const res = await askFoundRunner(
      at,
      { method: 'GET', path: '/api/v1/egress', headers: {} },
      { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
    );
    if (res.status !== 200) return { ok: false, reason: `GET /api/v1/egress: ${res.status} ${res.text.slice(0, 200)}` };
    return { ok: true, report: JSON.parse(res.text) as EgressReport, runner: runnerName(at) };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function print(
  settings: Settings,
  asked: Asked,
  json: boolean,
  t: Translator,
  env: NodeJS.ProcessEnv,
  dataDir: string,
): string {
  // The plugins' hosts, from their manifests: their secrets are not needed to list them.
  const plugins = readManifests(pluginsFolderIn(dataDir)).manifests;
  const declared = asked.ok ? asked.report.declared : declaredDestinations(settings, { ...systemFacts(env), plugins });
  const enforce = asked.ok ? asked.report.enforce : settings.egress.enforce;
  if (json) return JSON.stringify(asked.ok ? asked.report : { enforce, declared, notAsked: asked.reason }, null, 2);
  const contacted = asked.ok ? { since: asked.report.since, list: asked.report.contacted } : { notAsked: asked.reason };
  return egressLines(
    { enforce, declared, contacted },
    t,
    t.language,
    zoneOrLocal(settings.notifications.timezone),
  ).join('\n');
}

export function registerEgressCommand(program: Command, ctx: ApiCommandContext): void {
  const out = ctx.out ?? ((text: string) => void process.stdout.write(text));
  program
    .command('egress')
    .description('what IPWatch may contact for the current settings, and what the running runner contacted')
    .option('--json', 'the answer as JSON, as GET /api/v1/egress gives it')
    .option(...PORT_OPTION)
    .action(
      commandAction(async (o: { port?: number }, cmd: Command) => {
        // --json is the program's too (the runner's event lines): read with the globals, as audit does.
        const json = Boolean(cmd.optsWithGlobals<{ json?: boolean }>().json);
        const settings = await ctx.settings();
        // English, as every command's human output (docs/i18n.md); the words are the catalogue's.
        const t = english;
        const asked = await askRunner(ctx, o.port, t);
        if (asked.ok) (ctx.err ?? ((s: string) => void process.stderr.write(s)))(`ipwatch: asked ${asked.runner}\n`);
        out(`${print(settings, asked, json, t, ctx.env, ctx.dataDir())}\n`);
      }),
    );
}
