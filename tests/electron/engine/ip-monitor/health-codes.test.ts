/**
 * A source's error keeps its code (issue 62): the health book gives `lastErrorCode` beside
 * `lastError` and a breaker's transition its `reasonCode` beside `reason`, the English written
 * from that code (reasons-2); a success clears nothing it should keep and an error without a code
 * (an older caller) has none.
 */
import { describe, expect, it } from 'vitest';

import type { BreakerConfig } from '../../../../electron/engine/ip-monitor/breaker';
import { HealthBook } from '../../../../electron/engine/ip-monitor/health';
import { inEnglish, reason } from '../../../../electron/engine/reason';
import type { IpSource } from '../../../../electron/engine/sources/types';
import { validateAnswer } from '../../../../shared/ip';

const cfg: BreakerConfig = { failureThreshold: 2, backoffMs: 60_000, maxBackoffMs: 3_600_000 };
const source: IpSource = { id: 'src', provider: 'p', kind: 'http', family: 4, cost: 1, query: async () => '' };
const failure = { kind: 'failure' } as const;

describe("the health book: a source's error and its code", () => {
  it('keeps the code beside the English, and gives it to the transition that opens the breaker', () => {
    const v = validateAnswer('192.168.1.1', 4);
    if (v.ok) throw new Error('a private address was taken');
    const book = new HealthBook([source], cfg, () => 0.5);
    expect(book.record('src', failure, 1, { error: v.detail, errorCode: v.why, blamed: true })).toBeNull();
    const opened = book.record('src', failure, 2, { error: v.detail, errorCode: v.why, blamed: true });
    expect(opened).toMatchObject({ to: 'open', reason: '192.168.1.1 is private (192.168.0.0/16)', reasonCode: v.why });
    const [health] = book.snapshot();
    expect(health).toMatchObject({ lastError: v.detail, lastErrorCode: v.why });
    expect(inEnglish(health!.lastErrorCode as typeof v.why)).toBe(health!.lastError);
  });

  it('a raw request error is its own code; an error without one has none', () => {
    const raw = 'timeout: timed out after 5000 ms';
    const book = new HealthBook([source], cfg, () => 0.5);
    book.record('src', failure, 1, {
      error: raw,
      errorCode: reason('reason.source.failed', { said: raw }),
      blamed: true,
    });
    expect(book.snapshot()[0]).toMatchObject({ lastError: raw, lastErrorCode: { code: 'reason.source.failed' } });
    book.record('src', failure, 2, { error: 'older', blamed: true });
    expect(book.snapshot()[0]!.lastError).toBe('older');
    expect(book.snapshot()[0]!.lastErrorCode).toBeUndefined();
  });
});
