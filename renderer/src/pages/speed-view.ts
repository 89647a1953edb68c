/**
 * A speed test in words for the dashboard's card and the chart's readout, in `words`' language;
 * without one (a caller not moved over yet), English. Pure.
 */
import type { SpeedTestResult } from '../../../shared/contract/speed';
import { formatNumber } from '../../../shared/i18n/format';
import type { Translator } from '../../../shared/i18n/translator';
import { mbpsText } from '../../../shared/words/speed';

/** A figure rounded as mbpsText rounds it, written as the language writes numbers. */
const figure = (text: string, words?: Translator) =>
  !words || words.language === 'en' ? text : formatNumber(Number(text), words.language);

const mbps = (v: number | null, words?: Translator) =>
  v === null
    ? (words?.t('web.speed.notMeasured') ?? 'not measured')
    : (words?.t('web.speed.mbps', { n: figure(mbpsText(v), words) }) ?? `${mbpsText(v)} Mbps`);
const ms = (v: number | null, words?: Translator) => {
  if (v === null) return words?.t('web.speed.notMeasured') ?? 'not measured';
  const n = figure(v >= 10 ? String(Math.round(v)) : v.toFixed(1), words);
  return words?.t('web.speed.ms', { n }) ?? `${n} ms`;
};

/** "↓ 93.5 Mbps · ↑ 38.2 Mbps · 12 ms (jitter 1.5 ms)", or why it failed. */
export function speedFigures(t: SpeedTestResult, words?: Translator): string {
  const down = mbps(t.downloadMbps, words);
  const up = mbps(t.uploadMbps, words);
  const latency = ms(t.latencyMs, words);
  if (words)
    return t.jitterMs === null
      ? words.t('web.speed.figures', { down, up, latency })
      : words.t('web.speed.figuresJitter', { down, up, latency, jitter: ms(t.jitterMs, words) });
  const jitter = t.jitterMs === null ? '' : ` (jitter ${ms(t.jitterMs)})`;
  return `download ${down} · upload ${up} · latency ${latency}${jitter}`;
}

/** What limited the test, and over what: a figure says what it covers. */
export function speedScope(t: SpeedTestResult, words?: Translator): string {
  const mb = figure(String(Math.round(t.bytes / 1e5) / 10), words);
  const s = figure(String(Math.round(t.durationMs / 100) / 10), words);
  if (words) {
    const cut = t.cut === 'bytes' || t.cut === 'time' ? t.cut : 'none';
    const trigger = t.trigger === 'schedule' ? 'schedule' : 'asked';
    return words.t('web.speed.scope', { trigger, mb, s, family: t.family, server: t.server, cut });
  }
  const moved = `${mb} MB in ${s} s over IPv${t.family} to ${t.server}`;
  const cut =
    t.cut === 'bytes'
      ? '; stopped at the data limit'
      : t.cut === 'time'
        ? '; stopped at the time limit, figures so far'
        : '';
  return `${t.trigger === 'schedule' ? 'Scheduled' : 'Asked for'}: ${moved}${cut}.`;
}
