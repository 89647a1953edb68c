/**
 * Answers a test orders for the Discord stand-in's next requests on a route, before any real
 * handling: 429s as docs/topics/rate-limits.md describes them (`Retry-After` in whole seconds,
 * the X-RateLimit-* headers, a body `{message, retry_after, global}` with `retry_after` in
 * seconds), and 5xx, which docs/topics/Opcodes_and_Status_Codes.md calls "the server had an
 * error processing your request". Routes are tested against "METHOD /path".
 */
type Answer = [number, unknown, Record<string, string>?];

export class InjectedAnswers {
  private limits: { route: RegExp; count: number; retryAfterSec: number }[] = [];
  private faults: { route: RegExp; count: number; status: number }[] = [];

  rateLimit(route: RegExp, count: number, retryAfterSec: number): void {
    this.limits.push({ route, count, retryAfterSec });
  }

  failNext(route: RegExp, count: number, status: number): void {
    this.faults.push({ route, count, status });
  }

  /** The answer ordered for this request (used up by it), or null. */
  take(method: string, path: string): Answer | null {
    const key = `${method} ${path}`;
    const fault = this.faults.find((f) => f.route.test(key) && f.count > 0);
    if (fault) {
      fault.count -= 1;
      return [fault.status, { message: `${fault.status}: Internal Server Error`, code: 0 }];
    }
    const limit = this.limits.find((l) => l.route.test(key) && l.count > 0);
    if (!limit) return null;
    limit.count -= 1;
    const sec = limit.retryAfterSec;
    return [
      429,
      { message: 'You are being rate limited.', retry_after: sec, global: false },
      {
        'retry-after': String(Math.ceil(sec)),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': sec.toFixed(3),
        'x-ratelimit-bucket': 'fakebucket',
        'x-ratelimit-scope': 'user',
      },
    ];
  }
}
