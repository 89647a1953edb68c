/**
 * Service monitors in words where a line of text is all there is: the bot's /status field, the
 * tray's menu lines and the runner's output. The monitor is named, its target is not (a target
 * may be an address, and these lines go where the address may be masked). Pure.
 */
import type { MonitorState, MonitorStatus } from '../contract/monitors';
import { cutLines } from './cut-lines';

export const MONITOR_STATE_TEXT: Record<MonitorState, string> = {
  up: 'up',
  down: 'down',
  unknown: 'not known yet',
  off: 'off',
};

/** What an up monitor cannot show: the router forwards nothing to its port, so the world cannot reach it. */
export const NOT_FORWARDED_TEXT = 'but the router forwards nothing to its port';

/**
 * `Nextcloud: down since the address change (answered status 502)`, `SSH: up`, `SSH: up, but
 * the router forwards nothing to its port` (an inside check passes where the world gets nothing).
 */
export function monitorLine(m: MonitorStatus): string {
  const word = MONITOR_STATE_TEXT[m.state];
  const unmapped = m.notForwarded && m.state !== 'off' ? `, ${NOT_FORWARDED_TEXT}` : '';
  if (m.state !== 'down') return `${m.name}: ${word}${unmapped}`;
  const why = m.why ? ` (${m.why})` : '';
  return `${m.name}: ${word}${m.afterChange ? ' since the address change' : ''}${why}${unmapped}`;
}

/** Every monitor's line, cut with "… and N more" to stay within `max` characters (a Discord field holds 1024). */
export const monitorLines = (items: readonly MonitorStatus[], max = 1000): string =>
  cutLines(items.map(monitorLine), max);
