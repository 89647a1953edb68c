/**
 * A local stand-in for signal-cli-rest-api (github.com/bbernhard/signal-cli-rest-api), answering
 * as its source does (src/api/api.go SendV2, src/client/client.go send, src/client/jsonrpc2.go):
 * - POST /v2/send `{"message","number","recipients":[…]}`: 201 `{"timestamp":"<ms>"}`.
 * - Every refusal is a 400 `{"error":"…"}`: "Couldn't process request - invalid request" for a
 *   body it cannot read, "… please provide at least one recipient", signal-cli's own words for an
 *   account it does not have ("User +… is not registered.").
 * - A rate limit Signal set on the account: 429 `{"error":"…","challenge_tokens":[…],"account":…}`.
 * - No authentication of its own.
 */
import { type LoopbackService, startLoopbackService } from './loopback-service';

export const SIGNAL_NUMBER = '+4915112345678';

export interface SignalFake extends LoopbackService {
  /** The messages sent: message, number, recipients. */
  sent: { message: string; number: string; recipients: string[] }[];
  /** The next `n` sends answer 429. */
  limitNext(n: number): void;
}

export async function startSignalFake(): Promise<SignalFake> {
  const sent: SignalFake['sent'] = [];
  let limited = 0;
  const service = await startLoopbackService((req) => {
    if (req.method !== 'POST' || req.path !== '/v2/send') return { status: 404, text: '404 page not found' };
    let body: { message?: unknown; number?: unknown; recipients?: unknown };
    try {
      body = JSON.parse(req.body) as typeof body;
    } catch {
      return { status: 400, json: { error: "Couldn't process request - invalid request" } };
    }
    const recipients = Array.isArray(body.recipients) ? body.recipients.map(String) : [];
    if (recipients.length === 0)
      return { status: 400, json: { error: "Couldn't process request - please provide at least one recipient" } };
    if (!body.number)
      return { status: 400, json: { error: "Couldn't process request - please provide a valid number" } };
    if (body.number !== SIGNAL_NUMBER)
      return { status: 400, json: { error: `User ${String(body.number)} is not registered.` } };
    if (limited > 0) {
      limited--;
      return {
        status: 429,
        json: {
          error:
            "Failed to send message due to rate limiting. Use the attached challenge tokens to lift the rate limit restrictions via the '/v1/accounts/{number}/rate-limit-challenge' endpoint.",
          challenge_tokens: ['4f1b6c3e-6b3a-4d0a-9d3c-2b1d7f0e9a11'],
          account: SIGNAL_NUMBER,
        },
      };
    }
    sent.push({ message: String(body.message), number: String(body.number), recipients });
    // wall-clock: the API stamps the message with the time it sent it.
    return { status: 201, json: { timestamp: String(Date.now()) } };
  });
  return { ...service, sent, limitNext: (n) => void (limited = n) };
}
