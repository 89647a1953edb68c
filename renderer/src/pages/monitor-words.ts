/**
 * A service monitor's state in words, shared by the dashboard card and the settings page (what a
 * check from inside the LAN can and cannot show is the catalogue's `web.monitor.insideNote`, the
 * router's missing mapping `web.monitor.notForwarded` and `web.monitor.notForwardedLine`). Pure.
 */
import type { MonitorStatus } from '../../../shared/contract/monitors';
import type { Translator } from '../../../shared/i18n/translator';
import type { MonitorState } from '../../../shared/monitor-states';
import { monitorStateWord } from '../../../shared/words/monitor';
import { sayReason } from '../../../shared/words/reason';
import type { Tone } from '../components/Badge';

const TONES: Record<MonitorState, Tone> = { up: 'good', down: 'bad', unknown: 'neutral', off: 'neutral' };

/** A monitor's state as its badge shows it: the word ("up", "not known yet") and its tone. */
export const monitorBadge = (state: MonitorState, words: Translator): { word: string; tone: Tone } => ({
  word: monitorStateWord(state, words),
  tone: TONES[state],
});

/** The lines' English, for a caller without the page's Translator (the tests hold the two equal). */
const ENGLISH = {
  down: 'Down',
  downAfterChange: 'Down since the address change',
  noReason: 'no reason given',
  failedOnce: 'Answered, then failed once since',
  answered: (ms: number) => `Answered in ${ms} ms`,
  failing: 'Failing, not yet counted down',
};

/** The same lines in a language. */
const inLanguage = (words: Translator): typeof ENGLISH => ({
  down: words.t('web.monitor.down'),
  downAfterChange: words.t('web.monitor.downAfterChange'),
  noReason: words.t('web.monitor.noReason'),
  failedOnce: words.t('web.monitor.failedOnce'),
  answered: (ms) => words.t('web.monitor.answered', { ms }),
  failing: words.t('web.monitor.failing'),
});

/**
 * The line under a monitor in two parts: what it means (`lead`), and the failure the engine gave
 * (`why`, null when there is none), for a place that says the failure in words with its text
 * under Details. Null when there is nothing to say. In a language with `words`; without, English.
 */
export function monitorReason(m: MonitorStatus, words?: Translator): { lead: string; why: string | null } | null {
  const w = words ? inLanguage(words) : ENGLISH;
  // The engine's reason in the page's language; its English field for a code this page does not know.
  const why = m.why !== null && words ? sayReason(m.reason, m.why, words) : m.why;
  if (m.state === 'down') return { lead: m.afterChange ? w.downAfterChange : w.down, why: why ?? w.noReason };
  if (m.state === 'up' && why) return { lead: w.failedOnce, why };
  if (m.state === 'up' && m.latencyMs !== null) return { lead: w.answered(m.latencyMs), why: null };
  if (m.state === 'unknown' && why) return { lead: w.failing, why };
  return null;
}

/** The line under a monitor: why it is down, or how quickly it answered. */
export function monitorDetail(m: MonitorStatus, words?: Translator): string | null {
  const r = monitorReason(m, words);
  return r && (r.why === null ? r.lead : `${r.lead}: ${r.why}`);
}
