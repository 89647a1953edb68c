/** How a hook run that outlived its timeout is ended, on each platform (electron/engine/hook/process.ts treeKill). */
import { describe, expect, it } from 'vitest';

import { treeKill } from '../../../../electron/engine/hook/process';

describe('treeKill', () => {
  it.each<[NodeJS.Platform, NodeJS.Signals, ReturnType<typeof treeKill>]>([
    ['linux', 'SIGTERM', { kind: 'group', pid: -4242, sig: 'SIGTERM' }],
    ['darwin', 'SIGKILL', { kind: 'group', pid: -4242, sig: 'SIGKILL' }],
    ['freebsd', 'SIGTERM', { kind: 'group', pid: -4242, sig: 'SIGTERM' }],
    // No process groups and no signals: taskkill ends the program and what it started, forced.
    ['win32', 'SIGTERM', { kind: 'taskkill', args: ['/PID', '4242', '/T', '/F'] }],
    ['win32', 'SIGKILL', { kind: 'taskkill', args: ['/PID', '4242', '/T', '/F'] }],
  ])('on %s, %s', (platform, sig, how) => expect(treeKill(platform, 4242, sig)).toEqual(how));
});
