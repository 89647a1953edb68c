import { describe, expect, it } from 'vitest';

import type { SpeedStatus, SpeedTestResult } from '../../../shared/contract/speed';
import { english, translator } from '../../../shared/i18n/translators';
import { mbpsText, speedError, speedLine } from '../../../shared/words/speed';

const T = 1_764_000_000_000;
const test = (over: Partial<SpeedTestResult> = {}): SpeedTestResult => ({
  id: 1,
  at: T,
  trigger: 'schedule',
  server: 'speed.cloudflare.com',
  family: 4,
  downloadMbps: 512.4,
  uploadMbps: 48.23,
  latencyMs: 12.4,
  jitterMs: 1.2,
  bytes: 50_000_000,
  durationMs: 9000,
  cut: null,
  error: null,
  ...over,
});
const status = (over: Partial<SpeedStatus> = {}): SpeedStatus => ({
  enabled: true,
  runningSince: null,
  last: null,
  nextAt: null,
  skipped: null,
  metered: null,
  ...over,
});

describe('mbpsText', () => {
  it.each([
    [512.4, '512'],
    [100, '100'],
    [48.23, '48.2'],
    [9.876, '9.88'],
    [0.854, '0.85'],
    [0, '0'],
  ])('%d Mbps reads %s', (n, text) => expect(mbpsText(n)).toBe(text));
});

describe('speedLine', () => {
  it.each<[string, SpeedStatus | undefined, { text: string; at: number | null } | null]>([
    ['no speed test part', undefined, null],
    ['off and never run', status({ enabled: false }), null],
    ['on, not run yet', status(), { text: 'Speed test: not run yet', at: null }],
    ['running', status({ runningSince: T + 5, last: test() }), { text: 'Speed test: running', at: T + 5 }],
    ['measured', status({ last: test() }), { text: 'Speed: 512 Mbps down, 48.2 up, 12 ms', at: T }],
    [
      'measured, the upload too short to count',
      status({ last: test({ uploadMbps: null, latencyMs: null }) }),
      { text: 'Speed: 512 Mbps down, upload not measured', at: T },
    ],
    [
      'failed',
      status({ last: test({ error: 'nothing answered at speed.cloudflare.com', downloadMbps: null }) }),
      { text: 'Speed test: failed (nothing answered at speed.cloudflare.com)', at: T },
    ],
    [
      'left out after the last test (metered)',
      status({ last: test(), skipped: { at: T + 60_000, why: 'the connection is metered' } }),
      { text: 'Speed test: left out (the connection is metered)', at: T + 60_000 },
    ],
    [
      'a test measured after the one left out',
      status({ last: test({ at: T + 120_000 }), skipped: { at: T + 60_000, why: 'the connection is metered' } }),
      { text: 'Speed: 512 Mbps down, 48.2 up, 12 ms', at: T + 120_000 },
    ],
    [
      'off, but a past test is kept',
      status({ enabled: false, last: test() }),
      { text: 'Speed: 512 Mbps down, 48.2 up, 12 ms', at: T },
    ],
  ])('%s', (_name, s, line) => expect(speedLine(s, english)).toEqual(line));
});

describe("speedError: a connection's error as Node gave it, said in words", () => {
  const failed = (code: 'reason.speed.error' | 'reason.speed.unreachable', said: string) => ({
    error: said,
    reason: { code, values: { said } },
  });
  it.each([
    [
      'en',
      failed('reason.speed.error', 'connect ECONNREFUSED 127.0.0.1:443'),
      'Nothing answered at 127.0.0.1:443: is the service running?',
    ],
    [
      'de',
      failed('reason.speed.error', 'connect ECONNREFUSED 127.0.0.1:443'),
      'Unter 127.0.0.1:443 hat nichts geantwortet: läuft der Dienst?',
    ],
    [
      'de',
      failed('reason.speed.unreachable', 'getaddrinfo ENOTFOUND speed.example'),
      'Speedtest-Server nicht erreichbar: Der Name speed.example wurde nicht gefunden (DNS): prüfen Sie ihn auf Tippfehler.',
    ],
    ['en', failed('reason.speed.error', 'the server said 503'), 'The server said 503.'],
    ['en', { error: 'kept before codes: ECONNRESET' }, 'kept before codes: ECONNRESET'],
  ] as const)('%s: %j', (language, test, said) => {
    expect(speedError(test, translator(language))).toBe(said);
  });
});
