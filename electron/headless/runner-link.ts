/**
 * `ipwatch api`'s one connection to the runner (issue 58). Before the token or the host proof
 * leaves, the listener on 127.0.0.1:port must answer a random challenge with the HMAC only the
 * runner of this data folder can make (engine/api/host-proof/host-proof.ts); and the request then goes on
 * that same TCP connection, never a new one, so nothing can take the port in between. A
 * redirect is never followed: the answer is an error in words, and the token went nowhere else.
 */
import { timingSafeEqual } from 'node:crypto';
import { Agent, type IncomingMessage } from 'node:http';
import { Socket, connect as tcpConnect } from 'node:net';
import type { Duplex } from 'node:stream';

import { HOST_PROOF_PATH, hostProofAnswer, newHostProofChallenge } from '../engine/api/host-proof/host-proof';
import { exchange } from '../engine/net/client';
import { deadline } from '../engine/net/deadline';
import { BodyTooLargeError, readBody } from '../engine/net/etiquette';

/** A refusal the CLI prints as one line (exit 1). */
export class RunnerLinkError extends Error {}

/** Nothing could be reached on the port (find-runner.ts says which runner is missing); `reason` in words. */
export class RunnerAbsentError extends RunnerLinkError {
  constructor(
    readonly port: number,
    readonly reason: string,
  ) {
    super(`no runner answers on 127.0.0.1:${port} (${reason})`);
  }
}

/** Why a connection to the runner failed, in words (the code a person cannot act on is not said). */
const unreachedWords = (err: unknown): string =>
  (err as NodeJS.ErrnoException).code === 'ECONNREFUSED'
    ? 'nothing listens there'
    : err instanceof Error
      ? err.message
      : String(err);

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

/**
 * How long one request to the runner may take, its answer read whole. The slowest route the CLI
 * can call is `POST /api/v1/speed-tests/run`: it answers when the test ends, and a test runs for
 * up to 300 s (`speedTest.maxSeconds`' most), after a metered-connection ask of up to 5 s and a
 * last request of up to 1 s; a manual check (`POST /check`) is bounded by the sources' timeouts,
 * well under that; an upload (restore, import: 64 MB at most) on loopback takes seconds. So 6 min:
 * past every route's own bound, and a runner that stopped answering is said within it.
 */
export const RUNNER_REQUEST_MS = 360_000;

/**
 * The largest answer read from the runner. docs/api.md bounds no answer but by what it holds: the
 * largest is `GET /export`, the whole history, which imports of at most 64 MB each
 * (MAX_IMPORT_BYTES) fill; the lists are paged (1000 rows at most). 256 MB is four times that
 * upload, and under V8's longest string (about 512 MB), so a runner that answers without end is
 * said in words and not as "Invalid string length".
 */
export const RUNNER_ANSWER_BYTES = 256 * 1024 * 1024;

/** The bounds of one request to the runner; tests give shorter ones. */
export interface RunnerLinkBounds {
  requestMs: number;
  answerBytes: number;
}

const BOUNDS: RunnerLinkBounds = { requestMs: RUNNER_REQUEST_MS, answerBytes: RUNNER_ANSWER_BYTES };

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

/**
 * One request on the proved connection: its answer's head and its whole text, within
 * `bounds.requestMs` and `bounds.answerBytes`, or a RunnerLinkError that says which was passed.
 */
async function ask(
  agent: OneConnection,
  url: string,
  bounds: RunnerLinkBounds,
  req: Partial<RunnerRequest> & { what: string },
): Promise<{ res: IncomingMessage; text: string }> {
  const bound = deadline(new AbortController().signal, bounds.requestMs);
  try {
    const { res } = await exchange(agent, new URL(url), {
      url,
      method: req.method ?? 'GET',
      headers: req.headers ?? {},
      ...(req.body !== undefined ? { body: req.body } : {}),
      signal: bound.signal,
    });
    return { res, text: await readBody(res, bounds.answerBytes) };
  } catch (err) {
    if (err instanceof BodyTooLargeError)
      throw new RunnerLinkError(
        `${req.what}: the runner's answer is longer than ${sizeInWords(bounds.answerBytes)}, the most ipwatch api reads (RUNNER_ANSWER_BYTES); it was not read further`,
      );
    // Past the deadline Node ends the request with its own words (an AbortError, 'aborted').
    if (bound.signal.aborted)
      throw new RunnerLinkError(
        `${req.what}: the runner gave no whole answer within ${timeInWords(bounds.requestMs)}, the longest ipwatch api waits (RUNNER_REQUEST_MS); the request was given up`,
      );
    throw err;
  } finally {
    bound.clear();
  }
}

const sizeInWords = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
const timeInWords = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

async function proveRunner(
  agent: OneConnection,
  at: { port: number; proof: string; dataDir: string },
  bounds: RunnerLinkBounds,
): Promise<void> {
  const challenge = newHostProofChallenge();
  const where = `127.0.0.1:${at.port}`;
  const { res, text } = await ask(agent, `http://${where}${HOST_PROOF_PATH}?challenge=${challenge}`, bounds, {
    what: `GET ${HOST_PROOF_PATH}`,
  });
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
 * token and the proof added only then (`secret` headers). A 3xx answer throws, and so does a
 * request past `bounds` (RUNNER_REQUEST_MS, RUNNER_ANSWER_BYTES unless a test says less).
 */
export async function callRunner(
  at: { port: number; proof: string; dataDir: string },
  req: RunnerRequest,
  secret: Record<string, string>,
  bounds: RunnerLinkBounds = BOUNDS,
): Promise<RunnerAnswer> {
  const agent = new OneConnection(at.port);
  try {
    await proveRunner(agent, at, bounds).catch((err: unknown) => {
      if (err instanceof RunnerLinkError) throw err;
      throw new RunnerAbsentError(at.port, unreachedWords(err));
    });
    const { res, text } = await ask(agent, `http://127.0.0.1:${at.port}${req.path}`, bounds, {
      what: `${req.method} ${req.path}`,
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
