import { expect, it } from 'vitest';

import type { HeldNotice } from '../../../shared/contract/held';
import { english } from '../../../shared/i18n/translators';
import { heldWhy, heldWords } from '../../../shared/words/held';

const due = Date.parse('2026-11-26T22:14:00Z');
const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
type Facts = Pick<HeldNotice, 'kind' | 'family' | 'site' | 'dueAt'>;

// The truth table of shared/words/held.ts.
it.each<[Facts, string]>([
  [
    { kind: 'address-change', family: 4, site: null, dueAt: due },
    'IPv4 address change, sent at 22:14 unless it changes back',
  ],
  [
    { kind: 'site-offline', family: null, site: 'office', dueAt: due },
    'office offline, sent at 22:14 unless it returns',
  ],
  [{ kind: 'site-offline', family: null, site: 'office', dueAt: null }, 'office offline; when it is sent is unknown'],
  [
    { kind: 'site-changed', family: null, site: 'office', dueAt: due },
    'office changed address, sent at 22:14 unless it changes back',
  ],
  [
    { kind: 'unreadable', family: null, site: null, dueAt: null },
    'a notice this version cannot read; when it is sent is unknown',
  ],
])('%j reads "%s"', (facts, words) => {
  expect(heldWords(facts, hhmm, english)).toBe(words);
});

it.each([
  ['address-change', 'a change back within the hold is one flap notice, not two: "Hold changes for" is 2 min'],
  ['site-changed', 'a site\'s change back within the hold is not told: "Hold changes for" is 2 min'],
  ['site-offline', 'a site back before then was a blip, not told: "Report offline after" is 1 min 30 s'],
  ['unreadable', 'written by another version of IPWatch; set aside when the monitor next starts'],
] as const)('why %s is held', (kind, why) => {
  expect(heldWhy(kind, { flapWindowMs: 120_000, offlineAfterMs: 90_000 }, english)).toBe(why);
});
