/**
 * Service monitors in words where a line of text is all there is: the bot's /status field, the
 * tray's menu lines and the runner's output, in the reader's language (`monitor.*`). The monitor
 * is named, its target is not (a target may be an address, and these lines go where the address
 * may be masked). Pure.
 */
import type { MonitorState, MonitorStatus } from '../contract/monitors';
import type { MessageId, Translator } from '../i18n/translator';
import { cutLines } from './cut-lines';
import { sayReason } from './reason';

const STATE_MESSAGE: Record<MonitorState, MessageId> = {
  up: 'monitor.state.up',
  down: 'monitor.state.down',
  unknown: 'monitor.state.unknown',
  off: 'monitor.state.off',
};

/** A monitor's state in a word or two: "up", "down", "not known yet", "off". */
export const monitorStateWord = (state: MonitorState, words: Translator): string => words.t(STATE_MESSAGE[state]);

/**
 * `Nextcloud: down since the address change (answered status 502)`, `SSH: up`, `SSH: up, but
 * the router forwards nothing to its port` (an inside check passes where the world gets nothing:
 * an up monitor cannot show that the router forwards nothing to its port).
 */
export function monitorLine(m: MonitorStatus, words: Translator): string {
  const state = monitorStateWord(m.state, words);
  const unmapped = m.notForwarded && m.state !== 'off';
  if (m.state !== 'down')
    return words.t(unmapped ? 'monitor.line.notForwarded' : 'monitor.line', { name: m.name, state });
  const why = m.why ? words.t('monitor.why', { why: sayReason(m.reason, m.why, words) }) : '';
  const id: MessageId = m.afterChange
    ? unmapped
      ? 'monitor.line.downAfterChangeNotForwarded'
      : 'monitor.line.downAfterChange'
    : unmapped
      ? 'monitor.line.downNotForwarded'
      : 'monitor.line.down';
  return words.t(id, { name: m.name, state, why });
}

/** Every monitor's line, cut with "… and N more" to stay within `max` characters (a Discord field holds 1024). */
export const monitorLines = (items: readonly MonitorStatus[], words: Translator, max = 1000): string =>
  cutLines(
    items.map((m) => monitorLine(m, words)),
    max,
    words,
  );
