/**
 * `ipwatch api`'s link to the runner (electron/headless/runner-link.ts) is bounded: a listener on
 * 127.0.0.1 that answers the host-proof challenge as the runner does (engine/api/host-proof/host-proof.ts
 * hostProofAnswer, the HMAC of the challenge and the port keyed by the proof) and then never
 * answers the request, or answers more than the link reads, ends in words naming the bound passed,
 * within a short bound given for the test in place of RUNNER_REQUEST_MS and RUNNER_ANSWER_BYTES.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { HOST_PROOF_PATH, hostProofAnswer } from '../../../electron/engine/api/host-proof/host-proof';
import { callRunner, RunnerLinkError } from '../../../electron/headless/runner-link';
import { type RawExchange, type RawHttp, startRawHttp } from '../../fakes/raw-http';

const PROOF = 'the-host-proof-of-this-data-folder-0123456789';
const BOUNDS = { requestMs: 300, answerBytes: 1024 };

let raw: RawHttp | undefined;
afterEach(async () => {
  await raw?.close();
  raw = undefined;
});

const framed = (body: string) => `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** A listener that proves itself as the runner would, then answers every other request with `then`. */
async function provedListener(then: (ex: RawExchange) => void): Promise<RawHttp> {
  let port = 0;
  const listener = await startRawHttp((ex) => {
    const target = ex.head.split(' ')[1] ?? '';
    if (!target.startsWith(`${HOST_PROOF_PATH}?`)) return then(ex);
    const challenge = new URLSearchParams(target.split('?')[1]).get('challenge') ?? '';
    ex.write(framed(JSON.stringify({ answer: hostProofAnswer(PROOF, challenge, port) })));
  });
  port = listener.port;
  return listener;
}

const call = (port: number) =>
  callRunner(
    { port, proof: PROOF, dataDir: '/data' },
    { method: 'GET', path: '/api/v1/status', headers: {} },
    { authorization: 'Bearer t' },
    BOUNDS,
  );

describe('the runner link', () => {
  it('answers a listener that proved itself (the test listener is a runner to it)', async () => {
    raw = await provedListener((ex) => ex.write(framed('{"ok":true}')));
    await expect(call(raw.port)).resolves.toEqual({ status: 200, text: '{"ok":true}' });
  });

  it.each([
    [
      'never answers the request',
      (): void => undefined,
      /^GET \/api\/v1\/status: the runner gave no whole answer within 300 ms, the longest ipwatch api waits \(RUNNER_REQUEST_MS\); the request was given up$/,
    ],
    [
      'sends the head and never the body',
      (ex: RawExchange) => ex.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{"ok"'),
      /^GET \/api\/v1\/status: the runner gave no whole answer within 300 ms/,
    ],
    [
      'answers more than the link reads',
      (ex: RawExchange) => ex.write(framed('x'.repeat(4096))),
      /^GET \/api\/v1\/status: the runner's answer is longer than 1 KB, the most ipwatch api reads \(RUNNER_ANSWER_BYTES\); it was not read further$/,
    ],
  ])('that proved itself and then %s ends in words naming the bound', async (_, then, words) => {
    raw = await provedListener(then);
    const err = await call(raw.port).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunnerLinkError);
    expect((err as Error).message).toMatch(words);
    expect(raw.requests.length).toBe(2);
  });

  it('never waits forever on a listener silent at the challenge', async () => {
    raw = await startRawHttp(() => undefined);
    const err = await call(raw.port).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunnerLinkError);
    expect((err as Error).message).toMatch(
      new RegExp(`^GET ${HOST_PROOF_PATH}: the runner gave no whole answer within 300 ms`),
    );
  });
});
