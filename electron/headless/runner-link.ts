/**
 * `ipwatch api`'s one connection to the runner (issue 58). Before the token or the host proof
 * leaves, the listener on 127.0.0.1:port must answer a random challenge with the HMAC only the
 * runner of this data folder can make (engine/api/host-proof.ts); and the request then goes on
 * that same TCP connection, never a new one, so nothing can take the port in between. A
 * redirect is never followed: the answer is an error in words, and the token went nowhere else.
 */
import { timingSafeEqual } from 'node:crypto';
import { connect as tcpConnect, type Socket } from 'node:net';

import type { Dispatcher } from 'undici';

import { HOST_PROOF_PATH, hostProofAnswer, newHostProofChallenge } from '../engine/api/host-proof';
import { loadUndici } from '../engine/net/undici';

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
 * One connection to 127.0.0.1:port, made once: undici asks for another only when the first
 * closed, and gets an error instead, so every request goes where the challenge was answered.
 */
function oneConnection(port: number) {
  let made = false;
  return (_opts: unknown, done: (...args: [null, Socket] | [Error, null]) => void) => {
    if (made) return done(new RunnerLinkError('the runner closed the connection it proved itself on; try again'), null);
    made = true;
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => done(null, socket)).once('error', (err) => done(err, null));
  };
}

async function proveRunner(
  request: Awaited<ReturnType<typeof loadUndici>>['request'],
  dispatcher: Dispatcher,
  at: { port: number; proof: string; dataDir: string },
): Promise<void> {
  const challenge = newHostProofChallenge();
  const where = `127.0.0.1:${at.port}`;
  const res = await request(`http://${where}${HOST_PROOF_PATH}?challenge=${challenge}`, { dispatcher });
  const text = await res.body.text();
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
  const { Agent, request } = await loadUndici();
  const dispatcher = new Agent({ connections: 1, pipelining: 1, connect: oneConnection(at.port) });
  try {
    await proveRunner(request, dispatcher, at).catch((err: unknown) => {
      if (err instanceof RunnerLinkError) throw err;
      throw new RunnerLinkError(
        `no runner answers on 127.0.0.1:${at.port} (${err instanceof Error ? err.message : String(err)})`,
      );
    });
    const res = await request(`http://127.0.0.1:${at.port}${req.path}`, {
      method: req.method as Dispatcher.HttpMethod,
      headers: { ...req.headers, ...secret },
      ...(req.body !== undefined ? { body: req.body } : {}),
      dispatcher,
    });
    const text = await res.body.text();
    if (res.statusCode >= 300 && res.statusCode < 400) {
      const to = res.headers.location;
      throw new RunnerLinkError(
        `${req.method} ${req.path}: the runner answered ${res.statusCode}, a redirect${to ? ` to ${String(to)}` : ''}; ipwatch api follows no redirect, so the token went nowhere else`,
      );
    }
    return { status: res.statusCode, text };
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}
