/**
 * A dynamic DNS record's change of state (types.ts DdnsStateEvent) on one line, as the Activity
 * page and the runner's readable lines say it, e.g. "home.example.org A: waiting to retry (the
 * provider has a problem (911))" or "home.example.org A: in step again after 4 min (it was
 * switched off)". Pure.
 */
import type { DdnsStateEvent } from '../types';
import { DDNS_STATE_WORDS } from './ddns';
import { formatDuration } from './duration';

/** A state in words; a state these words do not know yet is shown as its name. */
export const ddnsStateWord = (state: string): string => (DDNS_STATE_WORDS as Record<string, string>)[state] ?? state;

export function ddnsStateLine(e: DdnsStateEvent): string {
  const head = `${e.name} ${e.recordType}`;
  if (e.notice === 'in-step') {
    const after = e.troubleMs !== null ? ` after ${formatDuration(e.troubleMs)}` : '';
    return `${head}: in step again${after} (it was ${ddnsStateWord(e.from)})`;
  }
  return `${head}: ${ddnsStateWord(e.to)}${e.why ? ` (${e.why})` : ''}`;
}
