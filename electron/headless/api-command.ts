/**
 * `ipwatch api <METHOD> <path> [--data JSON|@file]`: one request to the running runner's API
 * over loopback, as the CLI on this host (issue 50). It sends the token from IPWATCH_API_TOKEN
 * (an environment variable, never an argument: other users can read a process's arguments) and
 * this run's host proof (DATA_DIR/host-proof, readable by the runner's user only), so an admin
 * token may make the dangerous changes here (the hook's program, where a stored secret goes)
 * that over the network need a sign-in within 5 minutes. Both go only to the runner of this data
 * folder, once it answered the host-proof challenge, on that same connection, and a redirect is
 * never followed (runner-link.ts, issue 58). Prints the answer's body; a refusal ends as one line
 * and exit code 1.
 */
import { readFile } from 'node:fs/promises';

import { type Command, InvalidArgumentError } from 'commander';

import type { Settings } from '../../shared/settings';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import { wholeNumber } from './cli-args';
import { commandAction, UsageError } from './cli-errors';
import { askFoundRunner, findRunner, PORT_ENV, runnerName } from './find-runner';

export const API_TOKEN_ENV = 'IPWATCH_API_TOKEN';
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;

export interface ApiCommandContext {
  dataDir(): string;
  settings(): Promise<Settings>;
  env: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  /** Where a command says which runner it spoke to (stderr), so its answer on stdout stays as it came. */
  err?: (text: string) => void;
}

/** The --port option of every command that talks to the runner: an override of the data folder's. */
export const PORT_OPTION = [
  '--port <port>',
  `the port the runner listens on, instead of the one its data folder names (or ${PORT_ENV})`,
  wholeNumber(1, 65535),
] as const;

const method = (text: string) => {
  const m = text.toUpperCase();
  if (!(METHODS as readonly string[]).includes(m))
    throw new InvalidArgumentError(`not a method: ${text} (use ${METHODS.join(', ')})`);
  return m;
};

async function body(data: string | undefined): Promise<string | undefined> {
  if (data === undefined) return undefined;
  const text = data.startsWith('@') ? await readFile(data.slice(1), 'utf8') : data;
  try {
    JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--data is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return text;
}

export function registerApiCommand(program: Command, ctx: ApiCommandContext): void {
  const out = ctx.out ?? ((t: string) => void process.stdout.write(t));
  program
    .command('api <method> <path>')
    .description(`one request to the running runner's API on this host, with the token in ${API_TOKEN_ENV}`)
    .option('--data <json>', 'the JSON body, or @file to read it from a file')
    .option(...PORT_OPTION)
    .action(
      commandAction(async (m: string, p: string, o: { data?: string; port?: number }) => {
        const verb = method(m);
        if (!p.startsWith('/')) throw new UsageError(`the path starts with /: /api/v1/settings, not ${p}`);
        const token = ctx.env[API_TOKEN_ENV];
        if (!token) throw new UsageError(`set ${API_TOKEN_ENV} to an API token (ipwatch token create makes one)`);
        const at = await findRunner(ctx.dataDir(), o.port, ctx.env);
        const data = await body(o.data);
        const res = await askFoundRunner(
          at,
          {
            method: verb,
            path: p,
            headers: data !== undefined ? { 'content-type': 'application/json' } : {},
            ...(data !== undefined ? { body: data } : {}),
          },
          { authorization: `Bearer ${token}`, [HOST_PROOF_HEADER]: at.proof },
        );
        (ctx.err ?? ((t: string) => void process.stderr.write(t)))(`ipwatch: asked ${runnerName(at)}\n`);
        const text = res.text;
        if (res.status >= 200 && res.status < 300) return out(text.endsWith('\n') || text === '' ? text : `${text}\n`);
        let message = text;
        try {
          message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? text;
        } catch {
          // not JSON: the body as it came
        }
        throw new Error(`${verb} ${p}: ${res.status} ${message}`);
      }),
    );
}
