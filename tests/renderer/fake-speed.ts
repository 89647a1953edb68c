/** Speed tests for the renderer's fake engine (fake-engine.tsx): a day of hourly results, one failed. */
import type { SpeedRunAnswer, SpeedTestResult } from '../../shared/contract/speed';

export function fakeSpeedTests(now: number, count = 24): SpeedTestResult[] {
  return Array.from({ length: count }, (_, i) => {
    const failed = i === 5;
    return {
      id: count - i,
      at: now - (i + 1) * 3_600_000,
      trigger: i === 0 ? 'manual' : 'schedule',
      server: 'speed.cloudflare.com',
      family: 4,
      downloadMbps: failed ? null : 90 + (i % 5) * 2,
      uploadMbps: failed ? null : 38 + (i % 3),
      latencyMs: failed ? null : 12 + (i % 4),
      jitterMs: failed ? null : 1.5,
      bytes: failed ? 0 : 48_000_000,
      durationMs: failed ? 0 : 14_000,
      cut: null,
      error: failed ? 'the speed test server asks to wait before the next test (HTTP 429)' : null,
    } satisfies SpeedTestResult;
  });
}

export function fakeSpeedRun(now: number): SpeedRunAnswer {
  return { ran: true, test: { ...fakeSpeedTests(now, 1)[0]!, id: 99, at: now, trigger: 'manual', downloadMbps: 93.5 } };
}
