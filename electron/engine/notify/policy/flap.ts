/**
 * Flap suppression, one family at a time. A confirmed change is held for the flap window;
 * if the address comes back within it (A -> B -> A) the pair is reported once as a flap,
 * otherwise the held change is released when the window ends.
 *
 * Truth table (W = window, H = the held change X -> Y confirmed at t0, t = now):
 *
 *   held  | input                             | notices out              | held after
 *   ------+-----------------------------------+--------------------------+-----------
 *   none  | change X -> Y, W = 0              | change X -> Y            | none
 *   none  | change X -> Y, W > 0              | -                        | X -> Y @t
 *   H     | change Y -> X, t < t0 + W         | flap X -> Y -> X         | none
 *   H     | change Y -> Z (Z != X), t < t0+W  | change X -> Y            | Y -> Z @t
 *   H     | change from != Y (a missed step)  | change X -> Y            | new change @t
 *   H     | any input, t >= t0 + W            | change X -> Y, then the row for "none"
 *   H     | tick, t < t0 + W                  | -                        | H
 *   none  | tick                              | -                        | none
 *
 * The notifier journals the held change in the outbox (reserved channel HOLD_CHANNEL), so
 * a restart inside the window still releases it afterwards.
 */
import type { ChangeEvent } from '../../../../shared/types';
import type { ChangeNotice, FlapNotice } from '../types';

export type Held = ChangeEvent | null;
export type FlapOut = ChangeNotice | FlapNotice;

const changeKind = (e: ChangeEvent) => (e.family === 4 ? 'ipv4-changed' : 'ipv6-changed') as ChangeNotice['kind'];

export function changeNotice(e: ChangeEvent): ChangeNotice {
  return {
    kind: changeKind(e),
    key: `change:v${e.family}:${e.from ?? '-'}>${e.to}@${e.at}`,
    at: e.at,
    family: e.family,
    from: e.from,
    to: e.to,
    fromSince: e.fromSince,
    sources: [...e.sources],
    ...(e.identity !== undefined && { identity: e.identity }),
    ...(e.fromIdentity !== undefined && { fromIdentity: e.fromIdentity }),
  };
}

export function flapNotice(first: ChangeEvent, back: ChangeEvent): FlapNotice {
  return {
    kind: 'flap',
    key: `flap:v${first.family}:${back.to}>${first.to}>${back.to}@${back.at}`,
    at: back.at,
    family: first.family,
    address: back.to,
    via: first.to,
    viaMs: Math.max(0, back.at - first.at),
    sources: [...new Set([...first.sources, ...back.sources])],
  };
}

/** Releases the held change once its window has passed. */
export function flapTick(held: Held, now: number, windowMs: number): { held: Held; out: FlapOut[] } {
  if (held && now >= held.at + windowMs) return { held: null, out: [changeNotice(held)] };
  return { held, out: [] };
}

export function flapChange(held: Held, change: ChangeEvent, windowMs: number): { held: Held; out: FlapOut[] } {
  const released = flapTick(held, change.at, windowMs);
  const out = released.out;
  const h = released.held;
  if (h === null) {
    if (windowMs <= 0) return { held: null, out: [...out, changeNotice(change)] };
    return { held: change, out };
  }
  if (change.from === h.to && change.to === h.from) return { held: null, out: [...out, flapNotice(h, change)] };
  return { held: change, out: [...out, changeNotice(h)] };
}

/** When the held change is due, or null. */
export const flapWake = (held: Held, windowMs: number): number | null => (held ? held.at + windowMs : null);
