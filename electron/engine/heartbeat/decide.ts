/**
 * Whether a heartbeat goes out now, and what it says. Pure.
 *
 * The news comes from the engine's events: a check of a family that found an address (unchanged,
 * confirmed, changed) is `up`; the engine going offline is `down`, and so is a check that found
 * nothing while the engine says it is offline. A check that found nothing while the engine is
 * online (no IPv6 on this network, sources disagreeing) says nothing either way.
 *
 * | news | last pulse sent | interval passed since it | ping? |
 * | ---- | --------------- | ------------------------ | ----- |
 * | up   | none or down    | any                      | yes   |
 * | up   | up              | yes                      | yes   |
 * | up   | up              | no                       | no    |
 * | down | none or up      | any                      | yes   |
 * | down | down            | yes                      | yes   |
 * | down | down            | no                       | no    |
 *
 * So a change of state is told at once, and a steady one at most once per interval, however
 * often IPWatch checks: the services alert on their own rules, never once per ping.
 *
 * A check's start (Healthchecks' `/start`, shouldStart) is told only when its end is sure to be
 * sent: a pulse was sent before and the interval has passed since it, so whatever the check finds
 * its news pings (table above), and a check with no news ends the run with the last pulse again.
 */
import type { EngineEvent } from '../../../shared/types';
import type { Pulse } from './types';

export interface PulseState {
  last: Pulse | null;
  /** When it was sent: a monotonic reading (Clock.monotonic), so a wall step never spaces pings. */
  lastAt: number | null;
}

/** `at`: the monotonic reading now. */
export function shouldPing(state: PulseState, pulse: Pulse, at: number, intervalMs: number): boolean {
  if (state.last !== pulse || state.lastAt === null) return true;
  return at - state.lastAt >= intervalMs;
}

/** `at`: the monotonic reading now. */
export function shouldStart(state: PulseState, at: number, intervalMs: number): boolean {
  return state.last !== null && state.lastAt !== null && at - state.lastAt >= intervalMs;
}

const FAMILY_NAME = { 4: 'IPv4', 6: 'IPv6' } as const;
const FOUND = new Set(['unchanged', 'confirmed', 'changed']);

/** What an engine event says to the heartbeat: a pulse with its words and the check's time, or nothing. */
export function newsOf(
  e: EngineEvent,
  online: boolean | null,
): { pulse: Pulse; detail: string; checkMs: number | null } | null {
  if (e.type === 'offline') return { pulse: 'down', detail: `offline: ${e.cause}`, checkMs: null };
  if (e.type !== 'check' || e.result === 'disabled') return null;
  const what = `${FAMILY_NAME[e.family]} check: ${e.result} (${e.durationMs} ms, trigger ${e.trigger})`;
  if (FOUND.has(e.result)) return { pulse: 'up', detail: what, checkMs: e.durationMs };
  return online === false ? { pulse: 'down', detail: `offline; ${what}`, checkMs: e.durationMs } : null;
}
