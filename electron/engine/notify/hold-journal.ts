/**
 * Makes the flap hold durable. A change the policy holds is written to the outbox under the
 * reserved channel HOLD_CHANNEL (not a valid channel id, so no user channel can clash);
 * when the policy releases it (as a change or as part of a flap) the row is marked sent.
 * On start the pending rows are put back into the policy, so a restart inside the flap
 * window still sends the change when the window ends (or at once, if it already has).
 */
import type { ChangeEvent } from '../../../shared/types';
import { POLICY_JOURNAL_PREFIX } from '../store/outbox';
import type { OutboxStore } from '../store/types';
import type { Held } from './policy/flap';

export const HOLD_CHANNEL = '~policy.hold';

/** The policy's own journals (`~policy.`...): never a user's channel, so never retired as removed. */
export const isPolicyJournal = (channel: string): boolean => channel.startsWith(POLICY_JOURNAL_PREFIX);

const holdKey = (e: ChangeEvent) => `hold:v${e.family}:${e.from ?? '-'}>${e.to}@${e.at}`;

/** Journals the differences between two held sets. Returns true when it wrote anything. */
export function journalHeld(store: OutboxStore, before: Held[], after: Held[], now: number): boolean {
  const key = (h: Held) => (h ? holdKey(h) : null);
  const afterKeys = new Set(after.map(key));
  const beforeKeys = new Set(before.map(key));
  let wrote = false;
  for (const h of after) {
    if (h && !beforeKeys.has(holdKey(h))) {
      store.enqueue({ channel: HOLD_CHANNEL, key: holdKey(h), payload: JSON.stringify(h), createdAt: now });
      wrote = true;
    }
  }
  const released = before.filter((h): h is ChangeEvent => h !== null && !afterKeys.has(holdKey(h)));
  if (released.length) {
    const rows = store.pending(HOLD_CHANNEL, 100);
    for (const h of released) {
      const row = rows.find((r) => r.key === holdKey(h));
      if (row) store.markSent(row.id, now);
      wrote = true;
    }
  }
  return wrote;
}

function readChange(payload: string): ChangeEvent | null {
  try {
    const e = JSON.parse(payload) as Partial<ChangeEvent> | null;
    return e && e.type === 'change' && (e.family === 4 || e.family === 6) && typeof e.to === 'string'
      ? (e as ChangeEvent)
      : null;
  } catch {
    return null;
  }
}

/** The changes held when the process stopped, oldest first; an unreadable row is expired. */
export function loadHeld(store: OutboxStore, now: number): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (const row of store.pending(HOLD_CHANNEL, 100)) {
    const e = readChange(row.payload);
    if (e) out.push(e);
    else store.markExpired(row.id, now, 'unreadable held change');
  }
  return out;
}
