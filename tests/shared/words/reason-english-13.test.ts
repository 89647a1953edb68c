/**
 * The `reasons-13` codes' English is what the engine wrote in the audit log before it had them
 * (issue 62): a token's sign-in and the sessions a token no longer standing ended
 * (electron/engine/api/auth-hook.ts), and the count a row counted several times ends with
 * (repeated-rows.ts). The literals are the engine's at the commit before these codes, built from
 * the same values, so the stored detail and the API keep their bytes.
 */
import { describe, expect, it } from 'vitest';

import { repeatDetail } from '../../../electron/engine/api/repeated-rows';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { reasonWords } from '../../../shared/words/reason';

const BEFORE: [string, Reason, string][] = [
  [
    'a token sign-in from the LAN',
    reason('reason.audit.tokenSignIn', { from: '192.168.1.20', here: 'no' }),
    'with a token, from 192.168.1.20',
  ],
  [
    'a token sign-in with the host proof',
    reason('reason.audit.tokenSignIn', { from: '127.0.0.1', here: 'yes' }),
    'with a token, from 127.0.0.1 (this host)',
  ],
  [
    'a gone token, one session',
    reason('reason.audit.tokenGone', { name: 'grafana', id: 't1', count: 1 }),
    'sessions ended: token grafana (t1) no longer stands; 1 browser session',
  ],
  [
    'a gone token, none',
    reason('reason.audit.tokenGone', { name: 'grafana', id: 't1', count: 0 }),
    'sessions ended: token grafana (t1) no longer stands; 0 browser sessions',
  ],
  [
    'a gone token, three',
    reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', count: 3 }),
    'sessions ended: token ci (b7) no longer stands; 3 browser sessions',
  ],
];

/** A row counted several times: its detail's count as repeated-rows.ts wrote it before. */
const COUNTED: [string, Parameters<typeof repeatDetail>, string][] = [
  ['once: the detail alone', ['d', 'refused', 1, 0], 'd'],
  [
    'refused, under a second',
    ['d', 'refused', 20, 400],
    'd (refused 20 times in under a second, each within a minute of the one before)',
  ],
  [
    'refused, minutes',
    ['d', 'refused', 23, 150_000],
    'd (refused 23 times in 2 min 30 s, each within a minute of the one before)',
  ],
  [
    'signed in, exactly a second',
    ['with a token, from 127.0.0.1', 'signedIn', 2, 1000],
    'with a token, from 127.0.0.1 (signed in 2 times in 1 s, each within a minute of the one before)',
  ],
  [
    'signed in, days',
    ['d', 'signedIn', 5000, 2 * 86_400_000 + 3 * 3_600_000 + 59_000],
    'd (signed in 5000 times in 2 d 3 h, each within a minute of the one before)',
  ],
];

describe('reasons-13 in English: the audit log details as written before', () => {
  it.each(BEFORE)('%s', (_, r, before) => expect(reasonWords(r, english)).toBe(before));
  it.each(COUNTED)('%s', (_, args, before) => expect(repeatDetail(...args)).toBe(before));
});
