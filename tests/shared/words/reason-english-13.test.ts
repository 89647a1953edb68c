/**
 * The `reasons-13` codes' English is what the engine wrote in the audit log before it had them
 * (issue 62): a token's sign-in and the sessions a token no longer standing ended
 * (electron/engine/api/door/auth-hook.ts), and the count a row counted several times ends with
 * (repeated-rows.ts). The literals are the engine's at the commit before these codes, built from
 * the same values, so the stored detail and the API keep their bytes.
 */
import { describe, expect, it } from 'vitest';

import { refusedFor } from '../../../electron/engine/api/access/guards';
import { refusalReason } from '../../../electron/engine/api/audit/refusals';
import { repeatDetail } from '../../../electron/engine/api/audit/repeated-rows';
import { english } from '../../../shared/i18n/translators';
import { reason, type Reason } from '../../../shared/reason';
import { ACTION_WORDS, actionWords } from '../../../shared/words/actions';
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
    'a viewer refused a change',
    reason('reason.audit.viewerChange', { method: 'pause' }),
    'a viewer reads everything and changes nothing: pause monitoring is a change, which needs an admin',
  ],
  [
    'a viewer refused a request outside',
    reason('reason.audit.viewerAct', { method: 'runSpeedTest' }),
    "a viewer reads everything and changes nothing: run a speed test sends or spends a request outside this host. Viewers can't send tests or checks: an admin can.",
  ],
  [
    'a metrics token refused a change',
    reason('reason.audit.metricsMay', { method: 'saveSettings' }),
    'a metrics token reaches /metrics, /healthz and the badge only: it may not change the settings; use a viewer or admin token',
  ],
  [
    'a metrics token refused a browser session',
    reason('reason.audit.metricsNoSession'),
    'a metrics token reaches /metrics, /healthz and the badge only, not the dashboard: it cannot sign in; send it as "Authorization: Bearer <token>" to /metrics, or sign in with a viewer or admin token',
  ],
  [
    'a gone token, one session',
    reason('reason.audit.tokenGone', { name: 'grafana', id: 't1', why: 'gone', count: 1 }),
    'sessions ended: token grafana (t1) no longer stands; 1 browser session',
  ],
  [
    'a gone token, none',
    reason('reason.audit.tokenGone', { name: 'grafana', id: 't1', why: 'gone', count: 0 }),
    'sessions ended: token grafana (t1) no longer stands; 0 browser sessions',
  ],
  [
    'a gone token, three',
    reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', why: 'gone', count: 3 }),
    'sessions ended: token ci (b7) no longer stands; 3 browser sessions',
  ],
  [
    'a revoked token',
    reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', why: 'revoked', count: 1 }),
    'sessions ended: token ci (b7) revoked; 1 browser session',
  ],
  [
    'a rotated token',
    reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', why: 'rotated', count: 2 }),
    'sessions ended: token ci (b7) rotated; 2 browser sessions',
  ],
  [
    'a re-roled token',
    reason('reason.audit.tokenGone', { name: 'ci', id: 'b7', why: 'roleChanged', count: 1 }),
    'sessions ended: token ci (b7) role changed; 1 browser session',
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

  // Every change or request outside a role is refused and the row says: the 403's words (guards.ts).
  const refusals = Object.keys(ACTION_WORDS).flatMap((method) =>
    (['viewer', 'metrics'] as const).flatMap((role) =>
      (['write', 'act'] as const).map((access) => [role, access, method] as const),
    ),
  );
  it.each(refusals)('%s refused %s %s: the words the API says', (role, access, method) => {
    const coded = refusalReason(role, access, method);
    expect(coded && reasonWords(coded, english)).toBe(
      refusedFor(role, access, 'POST /x', actionWords(method, english)),
    );
  });
});
