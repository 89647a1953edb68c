/**
 * A speed test in words for the dashboard's card and the chart's readout, in `words`' language:
 * its figures rounded once (mbpsText's three figures, whole milliseconds from 10 ms), then written
 * as the language writes numbers ("93.5", "93,5") with the catalogue's units. Pure.
 */
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { formatNumber } from '../../../shared/i18n/format';
import type { Translator } from '../../../shared/i18n/translator';
import { mbpsText } from '../../../shared/words/speed';

/** A figure as the language writes it, never grouped: "1234.5" stays one word, as it always read. */
const figure = (n: number, words: Translator, minimumFractionDigits: number) =>
  formatNumber(n, words.language, { minimumFractionDigits, maximumFractionDigits: 1, useGrouping: false });

const mbps = (v: number | null, words: Translator) =>
  v === null ? words.t('web.speed.notMeasured') : words.t('web.speed.mbps', { n: mbpsText(v, words.language) });

const ms = (v: number | null, words: Translator) =>
  v === null
    ? words.t('web.speed.notMeasured')
    : words.t('web.speed.ms', { n: v >= 10 ? figure(Math.round(v), words, 0) : figure(v, words, 1) });

/** "download 93.5 Mbps · upload 38.2 Mbps · latency 12 ms (jitter 1.5 ms)", or why it failed. */
export function speedFigures(t: SpeedTestResult, words: Translator): string {
  const down = mbps(t.downloadMbps, words);
  const up = mbps(t.uploadMbps, words);
  const latency = ms(t.latencyMs, words);
  return t.jitterMs === null
    ? words.t('web.speed.figures', { down, up, latency })
    : words.t('web.speed.figuresJitter', { down, up, latency, jitter: ms(t.jitterMs, words) });
}

/** What limited the test, and over what: a figure says what it covers. */
export function speedScope(t: SpeedTestResult, words: Translator): string {
  const mb = figure(Math.round(t.bytes / 1e5) / 10, words, 0);
  const s = figure(Math.round(t.durationMs / 100) / 10, words, 0);
  const cut = t.cut === 'bytes' || t.cut === 'time' ? t.cut : 'none';
  const trigger = t.trigger === 'schedule' ? 'schedule' : 'asked';
  return words.t('web.speed.scope', { trigger, mb, s, family: t.family, server: t.server, cut });
}
