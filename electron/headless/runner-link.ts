/**
 * `ipwatch api`'s one connection to the runner (issue 58). Before the token or the host proof
 * leaves, the listener on 127.0.0.1:port must answer a random challenge with the HMAC only the
 * runner of this data folder can make (engine/api/host-proof.ts); and the request then goes on
 * that same TCP connection, never a new one, so nothing can take the port in between. A
 * redirect is never followed: the answer is an error in words, and the token went nowhere else.
 */
import { timingSafeEqual } from 'node:crypto';
import { Agent, type IncomingMessage } from 'node:http';
import { Socket, connect as tcpConnect } from 'node:net';
import type { Duplex } from 'node:stream';

import { HOST_PROOF_PATH, hostProofAnswer, newHostProofChallenge } from '../engine/api/host-proof';
import { exchange } from '../engine/net/client';
import { readBody } from '../engine/net/etiquette';

/** A refusal the CLI prints as one line (exit 1). */
export class RunnerLinkError extends Error {}

export interface RunnerRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RunnerAnswer {
  status: number;
  text: string;
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * One connection to 127.0.0.1:port, made once and kept alive: the Agent asks for another only
 * when the first closed, and gets an error instead, so every request goes where the challenge
 * was answered. Never through a proxy: the environment's proxy variables are not read here.
 */
class OneConnection extends Agent {
  private made = false;
  constructor(private readonly port: number) {
    super({ keepAlive: true, maxSockets: 1 });
  }
  override createConnection(_opts: unknown, done?: (err: Error | null, stream: Duplex) => void): Socket | undefined {
    if (this.made) {
      done?.(new RunnerLinkError('the runner closed the connection it proved itself on; try again'), new Socket());
      return undefined;
    }
    this.made = true;
    return tcpConnect({ host: '127.0.0.1', port: this.port });
  }
}

/** One request on the proved connection: its answer's head and its whole text. */
async function ask(
  agent: OneConnection,
  url: string,
  req: Partial<RunnerRequest> = {},
): Promise<{ res: IncomingMessage; text: string }> {
  const { res } = await exchange(agent, new URL(url), {
    url,
    method: req.method ?? 'GET',
    headers: req.headers ?? {},
    ...(req.body !== undefined ? { body: req.body } : {}),
    signal: new AbortController().signal,
  });
  // The runner's own answer on loopback, read whole as before (a list of events may be long).
  return { res, text: await readBody(res, Number.POSITIVE_INFINITY) };
}

async function proveRunner(agent: OneConnection, at: { port: number; proof: string; dataDir: string }): Promise<void> {
  const challenge = newHostProofChallenge();
  const where = `127.0.0.1:${at.port}`;
  const { res, text } = await ask(agent, `http://${where}${HOST_PROOF_PATH}?challenge=${challenge}`);
  let given: unknown;
  try {
    given = (JSON.parse(text) as { answer?: unknown }).answer;
  } catch {
    given = undefined;
  }
  if (res.statusCode !== 200 || typeof given !== 'string')
    throw new RunnerLinkError(
      `what listens on ${where} is not the runner of ${at.dataDir}: it did not answer the host-proof challenge (HTTP ${res.statusCode}); the token was not sent`,
    );
  if (!sameText(given, hostProofAnswer(at.proof, challenge, at.port)))
    throw new RunnerLinkError(
      `what listens on ${where} is not the runner of ${at.dataDir}: its answer to the host-proof challenge is wrong (another program, or a runner of another data folder); the token was not sent`,
    );
}

/**
 * Sends `req` to the runner of `dataDir` on 127.0.0.1:port once it proved itself, with the
 * token and the proof added only then (`secret` headers). A 3xx answer throws.
 */
export async function callRunner(
  at: { port: number; proof: string; dataDir: string },
  req: RunnerRequest,
  secret: Record<string, string>,
): Promise<RunnerAnswer> {
  const agent = new OneConnection(at.port);
  try {
    await proveRunner(agent, at).catch((err: unknown) => {
      if (err instanceof RunnerLinkError) throw err;
      throw new RunnerLinkError(
        `no runner answers on 127.0.0.1:${at.port} (${err instanceof Error ? err.message : String(err)})`,
      );
    });
    const { res, text } = await ask(agent, `http://127.0.0.1:${at.port}${req.path}`, {
      method: req.method,
      headers: { ...req.headers, ...secret },
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400) {
      const to = res.headers.location;
      throw new RunnerLinkError(
        `${req.method} ${req.path}: the runner answered ${status}, a redirect${to ? ` to ${String(to)}` : ''}; ipwatch api follows no redirect, so the token went nowhere else`,
      );
    }
    return { status, text };
  } finally {
    agent.destroy();
  }
}
