/**
 * `ipwatch status`: where the dashboard is, the certificate it is served with on the LAN (its
 * SHA-256 fingerprint, the same the runner logs and the pages show: words/serving.ts), whether
 * plain HTTP reaches other machines, and whether a runner answers on the port (its /healthz,
 * which needs no token). Reads the settings and the data folder; changes nothing.
 */
import os from 'node:os';

import type { Command } from 'commander';

import type { ApiServingStatus } from '../../shared/contract/serving';
import { english } from '../../shared/i18n/translators';
import type { Settings } from '../../shared/settings';
import { certificateLine, plainHttpWords } from '../../shared/words/serving';
import { certificateOnDisk } from '../engine/tls';

const HEALTH_TIMEOUT_MS = 3000;

export interface StatusContext {
  dataDir: string;
  settings: Settings;
}

/** The lines `ipwatch status` prints. */
export async function statusLines(ctx: StatusContext, health: (url: string) => Promise<string>): Promise<string[]> {
  const api = ctx.settings.api;
  if (!api.enabled) return ['dashboard and API: off (api.enabled is false)'];
  const host = api.lan ? os.hostname() : '127.0.0.1';
  const url = `${api.lan ? 'https' : 'http'}://${host}:${api.port}`;
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
  lines.push(`runner: ${await health(`http://127.0.0.1:${api.port}/healthz`)}`);
  return lines;
}

/** What the runner's /healthz says, in words; "not answering" when nothing does. */
async function askHealth(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    const body = (await res.json().catch(() => null)) as { version?: string; lastCheckAgeSec?: number | null } | null;
    if (!res.ok || !body) return `answers HTTP ${res.status} at ${url}`;
    const age =
      body.lastCheckAgeSec === null || body.lastCheckAgeSec === undefined
        ? 'no check yet'
        : `last check ${body.lastCheckAgeSec} s ago`;
    return `running, IPWatch ${body.version ?? 'unknown version'}, ${age}`;
  } catch {
    return `not answering at ${url}`;
  }
}

export function registerStatusCommand(program: Command, load: () => Promise<StatusContext>): void {
  program
    .command('status')
    .description("where the dashboard is, its certificate's SHA-256 fingerprint, and whether a runner answers")
    .action(async () => {
      const lines = await statusLines(await load(), askHealth);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
