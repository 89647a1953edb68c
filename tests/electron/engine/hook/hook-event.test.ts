/** What the hook program is told for each engine event: hook-event.ts's table, row by row. */
import { describe, expect, it } from 'vitest';

import { hookEnvironment, hookPayload, hookVariables } from '../../../../electron/engine/hook/hook-event';
import type { EngineEvent } from '../../../../shared/types';

const at = Date.UTC(2026, 10, 26, 1, 2, 3);
const AT = '2026-11-26T01:02:03.000Z';

describe('the hook’s variables for each event', () => {
  const rows: [EngineEvent, Record<string, string> | null][] = [
    [
      {
        type: 'change',
        at,
        family: 6,
        from: '2001:db8::1',
        to: '2001:db8::2',
        fromSince: 1,
        trigger: 'network',
        sources: ['x', 'y'],
      },
      {
        IPWATCH_EVENT: 'change',
        IPWATCH_AT: AT,
        IPWATCH_FAMILY: '6',
        IPWATCH_OLD: '2001:db8::1',
        IPWATCH_NEW: '2001:db8::2',
        IPWATCH_TRIGGER: 'network',
        IPWATCH_SOURCES: 'x,y',
        IPWATCH_VERSION: 'v',
      },
    ],
    [
      { type: 'offline', at, cause: 'no source answered' },
      { IPWATCH_EVENT: 'offline', IPWATCH_AT: AT, IPWATCH_CAUSE: 'no source answered', IPWATCH_VERSION: 'v' },
    ],
    [
      { type: 'online', at, offlineMs: 61_000 },
      { IPWATCH_EVENT: 'online', IPWATCH_AT: AT, IPWATCH_OFFLINE_MS: '61000', IPWATCH_VERSION: 'v' },
    ],
    [
      { type: 'nat', at, from: 'nat', to: 'cgnat', routerAddress: '100.64.1.2', publicAddress: '81.2.69.142' },
      {
        IPWATCH_EVENT: 'nat',
        IPWATCH_AT: AT,
        IPWATCH_OLD: 'nat',
        IPWATCH_NEW: 'cgnat',
        IPWATCH_ADDRESS: '81.2.69.142',
        IPWATCH_VERSION: 'v',
      },
    ],
    [
      { type: 'cgnat', at, family: 4, address: '100.64.1.2', sourceId: 'stun-x' },
      {
        IPWATCH_EVENT: 'cgnat',
        IPWATCH_AT: AT,
        IPWATCH_FAMILY: '4',
        IPWATCH_NEW: '100.64.1.2',
        IPWATCH_ADDRESS: '100.64.1.2',
        IPWATCH_SOURCE: 'stun-x',
        IPWATCH_VERSION: 'v',
      },
    ],
    [{ type: 'monitoring', at, paused: true }, null],
    [{ type: 'source-health', at, sourceId: 'a', from: 'closed', to: 'open', reason: 'x' }, null],
  ];
  it.each(rows)('%j', (event, vars) => {
    const p = hookPayload(event, 'v');
    expect(p === null ? null : hookVariables(p)).toEqual(vars);
  });

  it('a first address has no IPWATCH_OLD at all', () => {
    const p = hookPayload(
      { type: 'change', at, family: 4, from: null, to: '81.2.69.142', fromSince: null, trigger: 'start', sources: [] },
      'v',
    )!;
    expect(Object.keys(hookVariables(p))).not.toContain('IPWATCH_OLD');
  });

  it('passes on what a program needs from IPWatch’s environment, never the rest', () => {
    const p = hookPayload({ type: 'offline', at, cause: 'x' }, 'v')!;
    const env = hookEnvironment(p, {
      PATH: '/usr/bin',
      HOME: '/h',
      LANG: 'C.UTF-8',
      LC_TIME: 'C',
      SMTP_PASS: 's3cret',
      IPWATCH_API_TOKEN: 't',
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/h', LANG: 'C.UTF-8', LC_TIME: 'C', ...hookVariables(p) });
  });
});
