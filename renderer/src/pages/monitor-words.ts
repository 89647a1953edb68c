/**
 * A service monitor's state in words, shared by the dashboard card and the settings page; and
 * what a check from inside the LAN can and cannot show, said once. Pure.
 */
import type { MonitorStatus } from '../../../shared/contract/monitors';
import { MONITOR_STATES, type MonitorState } from '../../../shared/monitor-states';
import { MONITOR_STATE_TEXT } from '../../../shared/words/monitor';
import type { Tone } from '../components/Badge';

const TONES: Record<MonitorState, Tone> = { up: 'good', down: 'bad', unknown: 'neutral', off: 'neutral' };

export const MONITOR_STATE_WORDS = Object.fromEntries(
  MONITOR_STATES.map((s) => [s, { word: MONITOR_STATE_TEXT[s], tone: TONES[s] }]),
) as Record<MonitorState, { word: string; tone: Tone }>;

/**
 * The line under a monitor in two parts: what it means (`lead`), and the failure the engine gave
 * (`why`, null when there is none), for a place that says the failure in words with its text
 * under Details. Null when there is nothing to say.
 */
export function monitorReason(m: MonitorStatus): { lead: string; why: string | null } | null {
  if (m.state === 'down')
    return { lead: m.afterChange ? 'Down since the address change' : 'Down', why: m.why ?? 'no reason given' };
  if (m.state === 'up' && m.why) return { lead: 'Answered, then failed once since', why: m.why };
  if (m.state === 'up' && m.latencyMs !== null) return { lead: `Answered in ${m.latencyMs} ms`, why: null };
  if (m.state === 'unknown' && m.why) return { lead: 'Failing, not yet counted down', why: m.why };
  return null;
}

/** The line under a monitor: why it is down, or how quickly it answered. */
export function monitorDetail(m: MonitorStatus): string | null {
  const r = monitorReason(m);
  return r && (r.why === null ? r.lead : `${r.lead}: ${r.why}`);
}

/** A monitor of this host on a port the router has no TCP mapping for (UPnP-IGD), in one short line. */
export const NOT_FORWARDED = 'not forwarded by the router';
export const NOT_FORWARDED_LINE = 'The router lists no port mapping for this port: the internet cannot reach it.';

/** Said plainly on the card and the settings page (issue 42). */
export const INSIDE_CHECK_NOTE =
  'These checks run from this machine, inside your network. A pass proves the service runs and ' +
  'answers from here, not that the internet reaches it. A check of your public address or name ' +
  'from inside goes through the router\u2019s hairpin NAT (NAT loopback), not the path the world ' +
  'uses: a router without it fails such a check even when the world gets through. Only a check ' +
  'from another network (a phone on mobile data) proves the service is reachable from outside.';
