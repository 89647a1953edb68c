/**
 * `ipwatch open [--print]`: opens the dashboard on this host with a one-time link that confirms
 * it is the person at the host (issue 73), for a dangerous change from the Settings page (the
 * Discord bot's set-up, the hook's program) without a terminal round of `ipwatch api`. The runner
 * makes the link when asked with this run's host proof (DATA_DIR/host-proof, readable by the
 * runner's user only), over the connection the runner proved itself on (runner-link.ts); it works
 * once, within 2 minutes, and the browser session that opens it is this host's for 5 minutes
 * (engine/api/host-proof/host-link.ts).
 *
 * As Jupyter does, the link never goes on a command line (other users read a process's
 * arguments): it is written into DATA_DIR/open-link.html (mode 0600, the house's one writer), a
 * page that sends the browser on, and the browser is given that file's path. `--print` prints the
 * link to this terminal instead, for a browser started by hand. The runner logs neither.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import type { Command } from 'commander';

import { HOST_LINK_PATH } from '../engine/api/host-proof/host-link-route';
import { HOST_PROOF_HEADER } from '../engine/api/host-proof/host-proof';
import { writeFileAtomic } from '../engine/store/atomic-file';
import { type ApiCommandContext, PORT_OPTION } from './api-command';
import { commandAction } from './cli-errors';
import { askFoundRunner, findRunner, type RunnerAt, runnerName } from './find-runner';

/** The page that sends the browser on to the link, in the data folder. */
export const OPEN_PAGE_FILE = 'open-link.html';

export interface OpenCommandContext extends Pick<ApiCommandContext, 'dataDir' | 'env' | 'out'> {
  /** Opens a local file in the person's browser; rejects when none could be started. */
  openFile?: (file: string) => Promise<void>;
}

/** The platform's opener of a file in its default program, the file as its one argument. */
function systemOpener(file: string): Promise<void> {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [file]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', file]]
        : ['xdg-open', [file]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page that sends a browser to `url` at once (no script needed), with a link for one that does not. */
export const openPage = (url: string): string => `<!doctype html>
<html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${escapeHtml(url)}"><title>IPWatch</title></head>
<body><p><a href="${escapeHtml(url)}">Open IPWatch on this computer</a></p></body></html>
`;

const DONE = (expiresInSec: number) =>
  `it works once, within ${Math.round(expiresInSec / 60)} minutes, in the browser where you are signed in to the dashboard as an admin; that browser may then make dangerous changes for 5 minutes`;

/** Asks the runner for a link (refusals as errors in words) and returns its URL and life. */
async function askLink(at: RunnerAt): Promise<{ url: string; expiresInSec: number }> {
  const res = await askFoundRunner(
    at,
    { method: 'POST', path: HOST_LINK_PATH, headers: {} },
    { [HOST_PROOF_HEADER]: at.proof },
  );
  let body: { path?: unknown; expiresInSec?: unknown; error?: { message?: unknown } } = {};
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    // not JSON: said below by its status
  }
  if (res.status !== 200 || typeof body.path !== 'string' || typeof body.expiresInSec !== 'number')
    throw new Error(
      `the runner made no link (HTTP ${res.status}${typeof body.error?.message === 'string' ? `: ${body.error.message}` : ''})`,
    );
  return { url: `http://127.0.0.1:${at.port}${body.path}`, expiresInSec: body.expiresInSec };
}

export function registerOpenCommand(program: Command, ctx: OpenCommandContext): void {
  const out = ctx.out ?? ((t: string) => void process.stdout.write(t));
  program
    .command('open')
    .description(
      'opens the dashboard on this host with a one-time link that confirms it is you, for a dangerous change from the Settings page',
    )
    .option('--print', 'print the link to this terminal instead of opening a browser')
    .option(...PORT_OPTION)
    .action(
      commandAction(async (o: { print?: boolean; port?: number }) => {
        const at = await findRunner(ctx.dataDir(), o.port, ctx.env);
        const { url, expiresInSec } = await askLink(at);
        const from = `(made by ${runnerName(at)})`;
        if (o.print) return out(`${url}\n(${DONE(expiresInSec)})\n${from}\n`);
        const file = path.join(ctx.dataDir(), OPEN_PAGE_FILE);
        await writeFileAtomic(file, new TextEncoder().encode(openPage(url)));
        try {
          await (ctx.openFile ?? systemOpener)(file);
        } catch (err) {
          return out(
            `No browser could be started (${err instanceof Error ? err.message : String(err)}); open this link in yours:\n${url}\n(${DONE(expiresInSec)})\n${from}\n`,
          );
        }
        out(`Opened IPWatch in your browser with a one-time link: ${DONE(expiresInSec)}.\n${from}\n`);
      }),
    );
}
