/**
 * The notices the alert policy holds (issue 51), as the contract gives them (shared/contract/held.ts):
 * the API's `GET /outbox/held`, `notify list` and its `--json`, and so the dashboard. The rows are
 * the policy's journals (hold-journal.ts, site-hold.ts), never channel sends; when a notice is due
 * follows the policy's own rules (flap.ts flapWake, fleet.ts dueAt), from the damping the settings
 * give. No addresses: the facts say what kind of news waits, the notice itself carries the rest
 * when it is sent. The words are shared/words/held.ts's in English (the API's), the moment in UTC. Pure.
 */
import type { HeldNotice } from '../../../shared/contract/held';
import { english } from '../../../shared/i18n/translators';
import type { ChangeEvent } from '../../../shared/types';
import { heldReason, heldWords } from '../../../shared/words/held';
import { utcTime } from '../../../shared/words/utc-time';
import { inEnglish } from '../reason';
import type { OutboxStore } from '../store/types';
import { HOLD_CHANNEL } from './hold-journal';
import { flapWake } from './policy/flap';
import { dueAt, type SiteDamping } from './policy/fleet';
import { MAX_HELD_SITES, SITE_HOLD_CHANNEL } from './site-hold';
import type { SiteNotice } from './types';

/** What `heldNotice` needs of a journal row. */
export interface HeldRow {
  channel: string;
  payload: string;
  createdAt: number;
}

type Facts = Pick<HeldNotice, 'kind' | 'family' | 'site' | 'dueAt'>;

const UNREADABLE: Facts = { kind: 'unreadable', family: null, site: null, dueAt: null };

const parse = (payload: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(payload);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** What waits and when it is due, read from the journal row. */
function factsOf(row: HeldRow, damping: SiteDamping): Facts {
  const p = parse(row.payload);
  if (!p || typeof p.at !== 'number') return UNREADABLE;
  if (row.channel === HOLD_CHANNEL && p.type === 'change' && (p.family === 4 || p.family === 6)) {
    const due = flapWake(p as unknown as ChangeEvent, damping.flapWindowMs) ?? p.at;
    return { kind: 'address-change', family: p.family, site: null, dueAt: due };
  }
  if (row.channel === SITE_HOLD_CHANNEL && typeof p.site === 'string') {
    const n = p as unknown as SiteNotice;
    if (n.kind === 'site-offline') {
      const known = typeof n.offlineSince === 'number';
      return { kind: 'site-offline', family: null, site: n.site, dueAt: known ? dueAt(n, damping) : null };
    }
    if (n.kind === 'site-changed')
      return { kind: 'site-changed', family: null, site: n.site, dueAt: dueAt(n, damping) };
  }
  return UNREADABLE;
}

/** One held notice: its facts, its words (the moment in UTC) and why the policy holds it. */
export function heldNotice(row: HeldRow, damping: SiteDamping): HeldNotice {
  const facts = factsOf(row, damping);
  const why = heldReason(facts.kind, damping);
  return {
    ...facts,
    heldAt: row.createdAt,
    words: heldWords(facts, utcTime, english),
    why: inEnglish(why),
    reason: why,
  };
}

/** Every notice the policy holds, the soonest due first (an unknown time last). */
export function heldNotices(store: Pick<OutboxStore, 'pending'>, damping: SiteDamping): HeldNotice[] {
  const rows = [...store.pending(HOLD_CHANNEL, 100), ...store.pending(SITE_HOLD_CHANNEL, MAX_HELD_SITES)];
  const due = (n: HeldNotice) => n.dueAt ?? Number.POSITIVE_INFINITY;
  return rows.map((r) => heldNotice(r, damping)).sort((a, b) => due(a) - due(b) || a.heldAt - b.heldAt);
}
