/**
 * A speed test's figures in words (renderer/src/pages/speed-view.ts): rounded once, then written
 * as each language writes numbers, with the catalogue's units ("94,3 Mbit/s" in German). English
 * reads as it always did: the card's test pins it on the page.
 */
import { describe, expect, it } from 'vitest';

import { speedFigures, speedScope } from '../../renderer/src/pages/speed-view';
import type { SpeedTestResult } from '../../shared/contract/speed';
import { english, translator } from '../../shared/i18n/translators';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const test = (over: Partial<SpeedTestResult> = {}): SpeedTestResult => ({
  id: 1,
  at: Date.UTC(2026, 10, 27, 12),
  trigger: 'schedule',
  server: 'speed.cloudflare.com',
  family: 4,
  downloadMbps: 94.26,
  uploadMbps: 1234.4,
  latencyMs: 8.45,
  jitterMs: 1.5,
  bytes: 48_250_000,
  durationMs: 14_350,
  cut: 'time',
  error: null,
  ...over,
});

describe('speed figures', () => {
  it.each([
    [
      english,
      'download 94.3 Mbps · upload 1234 Mbps · latency 8.5 ms (jitter 1.5 ms)',
      'Scheduled: 48.3 MB in 14.4 s over IPv4 to speed.cloudflare.com; stopped at the time limit, figures so far.',
    ],
    [
      translator('de'),
      'Download 94,3 Mbit/s · Upload 1234 Mbit/s · Latenz 8,5 ms (Jitter 1,5 ms)',
      /^Geplant: 48,3 MB in 14,4 s über IPv4/,
    ],
    [translator('id'), 'unduh 94,3 Mbps · unggah 1234 Mbps · latensi 8,5 ms (jitter 1,5 ms)', /48,3 MB .*14,4 dtk/],
  ])('%#', (w, figures, scope) => {
    expect(speedFigures(test(), w)).toBe(figures);
    if (typeof scope === 'string') expect(speedScope(test(), w)).toBe(scope);
    else expect(speedScope(test(), w)).toMatch(scope);
  });

  it('whole milliseconds from 10 ms, one decimal below, as before', () => {
    expect(speedFigures(test({ latencyMs: 12.4, jitterMs: null, uploadMbps: null }), english)).toBe(
      'download 94.3 Mbps · upload not measured · latency 12 ms',
    );
    expect(speedFigures(test({ latencyMs: 2, jitterMs: null }), english)).toContain('latency 2.0 ms');
  });

  it('in the pseudo-language every word is the catalogue', () => {
    const p = pseudoTranslator();
    const texts = [speedFigures(test(), p), speedFigures(test({ downloadMbps: null }), p), speedScope(test(), p)];
    expect(texts.flatMap((t) => unmarkedText(t, ['speed.cloudflare.com']))).toEqual([]);
  });
});
