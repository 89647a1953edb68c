/**
 * heard.ts's rules, table-driven (issue 74): the broker's `$SYS` dropped figure read across the
 * states' queueing, settled at the second live `uptime` batch, unknown when no figure comes. The
 * expected verdicts are written out by hand from mosquitto's behaviour (src/sys_tree.c publishes
 * `uptime` first in each batch, the dropped count only when it changed), not computed.
 */
import { describe, expect, it } from 'vitest';

import {
  freshHeard,
  type Heard,
  type HeardRecord,
  heardStep,
  heardVerdict,
  SYS_DROPPED,
  SYS_UPTIME,
} from '../../../../electron/engine/fleet/heard';
import { translator } from '../../../../shared/i18n/translators';
import { heardWords } from '../../../../shared/words/fleet';

type Msg = [topic: string, body: string, retained: boolean];
const STATE = 'ipwatch/fleet/home/state';
const state = (n: number): Msg[] => Array.from({ length: n }, () => [STATE, '', true]);
const up = (s: number): Msg => [SYS_UPTIME, `${s} seconds`, false];

function run(msgs: Msg[], timedOut = false): Heard {
  let r: HeardRecord = freshHeard();
  for (const [topic, body, retained] of msgs) {
    r = heardStep(r, topic, body, retained);
    // The watcher counts a retained state itself (watcher.ts): the step leaves site topics alone.
    if (topic === STATE) r = { ...r, retained: r.retained + 1 };
  }
  return heardVerdict(timedOut ? { ...r, timedOut } : r);
}

const rows: [string, Msg[], boolean, Heard][] = [
  ['nothing yet', [], false, { verdict: 'counting', retained: 0, dropped: null }],
  ['nothing within the wait', [], true, { verdict: 'unknown', retained: 0, dropped: null }],
  [
    'two batches, the count unchanged',
    [[SYS_DROPPED, '7', true], [SYS_UPTIME, '100 seconds', true], ...state(3), up(110), up(120)],
    false,
    { verdict: 'none-dropped', retained: 3, dropped: 0 },
  ],
  [
    'the count rose in the first batch',
    [[SYS_DROPPED, '7', true], ...state(2), up(110), [SYS_DROPPED, '987', false], up(120)],
    false,
    { verdict: 'dropped', retained: 2, dropped: 980 },
  ],
  [
    'one batch only: still counting',
    [[SYS_DROPPED, '7', true], ...state(2), up(110), [SYS_DROPPED, '987', false]],
    false,
    { verdict: 'counting', retained: 2, dropped: null },
  ],
  [
    'one batch, then the wait ran out',
    [[SYS_DROPPED, '7', true], up(110), [SYS_DROPPED, '987', false]],
    true,
    { verdict: 'unknown', retained: 0, dropped: null },
  ],
  [
    'uptime readable, the dropped figure not',
    [...state(1), up(110), up(120)],
    false,
    { verdict: 'unknown', retained: 1, dropped: null },
  ],
  [
    'no retained copy: counted from the broker’s start',
    [...state(1), up(110), [SYS_DROPPED, '5', false], up(120)],
    false,
    { verdict: 'dropped', retained: 1, dropped: 5 },
  ],
  [
    'a figure after the second batch changes nothing',
    [[SYS_DROPPED, '0', true], up(110), up(120), [SYS_DROPPED, '50', false]],
    false,
    { verdict: 'none-dropped', retained: 0, dropped: 0 },
  ],
  [
    'a retained uptime is no batch; a body not a count is ignored',
    [[SYS_DROPPED, '0', true], [SYS_UPTIME, '1 seconds', true], up(110), [SYS_DROPPED, 'lots', false], up(120)],
    false,
    { verdict: 'none-dropped', retained: 0, dropped: 0 },
  ],
];

describe('what the broker’s figures say of the retained states heard', () => {
  it.each(rows)('%s', (_, msgs, timedOut, want) => expect(run(msgs, timedOut)).toEqual(want));

  it('says each verdict in words in English, German and Indonesian, the figures in them', () => {
    const dropped: Heard = { verdict: 'dropped', retained: 1020, dropped: 8980 };
    expect(heardWords(dropped, translator('en'))).toBe(
      'This watcher may have heard fewer sites than the broker holds: the broker dropped 8980 messages (to this watcher or another client) while it sent the 1020 states heard. Raise its max_queued_messages as the fleet guide shows.',
    );
    for (const language of ['de', 'id'] as const) {
      const t = translator(language);
      expect(heardWords(dropped, t)).toMatch(/8980.*1020/);
      expect(heardWords({ verdict: 'unknown', retained: 3, dropped: null }, t)).toContain('$SYS');
      expect(heardWords({ verdict: 'counting', retained: 3, dropped: null }, t)).toContain('3');
    }
    expect(heardWords({ verdict: 'none-dropped', retained: 1, dropped: 0 }, translator('en'))).toBe(
      'The 1 site state kept on the broker reached this watcher when it subscribed: the broker dropped none.',
    );
    expect(heardWords(undefined, translator('en'))).toBeNull();
  });
});
