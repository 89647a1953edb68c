/** The dashboard's words for how network changes reach the monitor (renderer/src/pages/network-watch.ts). */
import { describe, expect, it } from 'vitest';

import { networkWatchText } from '../../renderer/src/pages/network-watch';
import type { InterfaceWatchStatus } from '../../shared/types';

describe('networkWatchText', () => {
  it.each<[InterfaceWatchStatus, string]>([
    [{ watch: 'netlink', reason: null, lastChangeAt: null }, 'seen at once (Linux netlink events)'],
    [{ watch: 'route-socket', reason: null, lastChangeAt: 1 }, 'seen at once (macOS routing socket)'],
    [
      { watch: 'poll', reason: 'ip (iproute2) is not in PATH', lastChangeAt: null },
      'polled, since ip (iproute2) is not in PATH',
    ],
    [{ watch: 'poll', reason: null, lastChangeAt: null }, 'polled (no event source on this system)'],
    [{ watch: 'off', reason: null, lastChangeAt: null }, 'not watched: only the regular checks see them'],
  ])('%j', (status, text) => expect(networkWatchText(status)).toBe(text));
});
