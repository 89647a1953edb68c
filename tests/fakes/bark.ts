/**
 * A local stand-in for bark-server (github.com/Finb/bark-server), answering as its source does
 * (route_push.go routeDoPushV2 and push, router.go success/failed, docs/API_V2.md):
 * - POST /push with JSON `{"device_key","title","body","group","level",…}`: 200
 *   `{"code":200,"message":"success","timestamp":…}`.
 * - A device key it has no device for: 400 `{"code":400,"message":"failed to get device token:
 *   …"}`; no device key: 400 "device key is empty"; Apple's push service failing: 500 "push
 *   failed: …".
 * - bark-server has no rate limit of its own; `limitNext` stands for a proxy in front of it that
 *   answers 429 with Retry-After.
 */
import { type LoopbackService, startLoopbackService } from './loopback-service';

export const BARK_KEY = 'nysrshcqielvoxsa';

export interface BarkFake extends LoopbackService {
  pushed: Record<string, unknown>[];
  /** The next `n` requests answer 429 with `Retry-After: seconds`. */
  limitNext(n: number, seconds: number): void;
}

// wall-clock: bark-server stamps every answer with the Unix time.
const reply = (code: number, message: string) => ({
  status: code,
  json: { code, message, timestamp: Math.floor(Date.now() / 1000) },
});

export async function startBarkFake(): Promise<BarkFake> {
  const pushed: Record<string, unknown>[] = [];
  let limited = 0;
  let wait = 0;
  const service = await startLoopbackService((req) => {
    if (limited > 0) {
      limited--;
      return { status: 429, text: 'Too Many Requests', headers: { 'retry-after': String(wait) } };
    }
    if (req.method !== 'POST' || req.path !== '/push') return { status: 404, text: 'Cannot GET /' };
    let p: Record<string, unknown>;
    try {
      p = JSON.parse(req.body) as Record<string, unknown>;
    } catch (e) {
      return reply(400, `request bind failed: ${String(e)}`);
    }
    if (!p.device_key) return reply(400, 'device key is empty');
    if (p.device_key !== BARK_KEY)
      return reply(400, 'failed to get device token: failed to get [push] device token from database');
    pushed.push(p);
    return reply(200, 'success');
  });
  return {
    ...service,
    pushed,
    limitNext: (n, seconds) => {
      limited = n;
      wait = seconds;
    },
  };
}
