/**
 * A notice the alert policy holds, in words (issue 51): "held: office offline, sent at 22:14 UTC
 * unless it returns". The rows are the policy's journals (hold-journal.ts, site-hold.ts), never
 * channel sends; when the notice is due follows the policy's own rules (flap.ts flapWake,
 * fleet.ts dueAt), from the damping the settings give. No addresses: the words say what kind of
 * news waits, the notice itself carries the rest when it is sent. Pure.
 */
import type { ChangeEvent } from '../../../shared/types';
import { HOLD_CHANNEL } from './hold-journal';
import { flapWake } from './policy/flap';
import { dueAt, type SiteDamping } from './policy/fleet';
import { SITE_HOLD_CHANNEL } from './site-hold';
import type { SiteNotice } from './types';

/** What `held` needs of a journal row. */
export interface HeldRow {
  channel: string;
  payload: string;
}

const parse = (payload: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(payload);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

const UNREADABLE = 'held: a notice this version cannot read; its time is unknown';

/** The held notice in words; `time` writes a moment (the CLI's UTC, the page's local time). */
export function heldWords(row: HeldRow, damping: SiteDamping, time: (ms: number) => string): string {
  const p = parse(row.payload);
  if (!p || typeof p.at !== 'number') return UNREADABLE;
  if (row.channel === HOLD_CHANNEL && p.type === 'change' && (p.family === 4 || p.family === 6)) {
    const due = flapWake(p as unknown as ChangeEvent, damping.flapWindowMs) ?? p.at;
    return `held: IPv${p.family} address change, sent at ${time(due)} unless it changes back`;
  }
  if (row.channel === SITE_HOLD_CHANNEL && typeof p.site === 'string') {
    const n = p as unknown as SiteNotice;
    if (n.kind === 'site-offline') {
      if (typeof n.offlineSince !== 'number') return `held: ${n.site} offline; its time is unknown`;
      return `held: ${n.site} offline, sent at ${time(dueAt(n, damping))} unless it returns`;
    }
    if (n.kind === 'site-changed')
      return `held: ${n.site} changed address, sent at ${time(dueAt(n, damping))} unless it changes back`;
  }
  return UNREADABLE;
}
