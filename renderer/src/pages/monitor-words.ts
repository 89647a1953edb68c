/**
 * A service monitor's state in words, shared by the dashboard card and the settings page; and
 * what a check from inside the LAN can and cannot show, said once. Pure.
 */
import type { MonitorStatus } from '../../../shared/contract/monitors';
import type { Translator } from '../../../shared/i18n/translator';
import { MONITOR_STATES, type MonitorState } from '../../../shared/monitor-states';
import { MONITOR_STATE_TEXT } from '../../../shared/words/monitor';
import { sayReason } from '../../../shared/words/reason';
import type { Tone } from '../components/Badge';

const TONES: Record<MonitorState, Tone> = { up: 'good', down: 'bad', unknown: 'neutral', off: 'neutral' };

export const MONITOR_STATE_WORDS = Object.fromEntries(
  MONITOR_STATES.map((s) => [s, { word: MONITOR_STATE_TEXT[s], tone: TONES[s] }]),
) as Record<MonitorState, { word: string; tone: Tone }>;

/** The English of the callers that take no Translator yet (monitors-card.tsx, MonitorsEditor.tsx). */
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

/**
 * A monitor of this host on a port the router has no TCP mapping for (UPnP-IGD), in one short
 * line; and what a check from inside says (issue 42). In the catalogue as `web.monitor.notForwarded`,
 * `web.monitor.notForwardedLine` and `web.monitor.insideNote`; these English copies serve the
 * callers not moved yet (tests/renderer/monitor-words.test.ts holds them equal).
 */
export const NOT_FORWARDED = 'not forwarded by the router';
export const NOT_FORWARDED_LINE = 'The router lists no port mapping for this port: the internet cannot reach it.';

/** Said plainly on the card and the settings page (issue 42). */
export const INSIDE_CHECK_NOTE =
  'These checks run from this machine, inside your network. A pass proves the service runs and ' +
  'answers from here, not that the internet reaches it. A check of your public address or name ' +
  'from inside goes through the router\u2019s hairpin NAT (NAT loopback), not the path the world ' +
  'uses: a router without it fails such a check even when the world gets through. Only a check ' +
  'from another network (a phone on mobile data) proves the service is reachable from outside.';
