/**
 * The hook's working folder (folder.ts) as a table, and through a real child process: the program
 * records `process.cwd()`, which must be the home folder given, never the test runner's own folder
 * (IPWatch's working folder, wherever it was started from).
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { hookFolder } from '../../../../electron/engine/hook/folder';
import { HookRunner } from '../../../../electron/engine/hook/hook';
import { hookPayload } from '../../../../electron/engine/hook/hook-event';
import { createLogger } from '../../../../electron/engine/logger';
import { FakeClock } from '../../../helpers/fake-clock';
import { until } from '../../../helpers/until';

const exists = new Set(['/home/ann', 'C:\\Users\\ann']);
const isFolder = (p: string) => exists.has(p);

describe('hookFolder', () => {
  it.each<[NodeJS.Platform, NodeJS.ProcessEnv, string]>([
    ['linux', { HOME: '/home/ann' }, '/home/ann'],
    ['darwin', { HOME: '/home/ann' }, '/home/ann'],
    ['linux', { HOME: '/home/gone' }, '/'],
    ['linux', { HOME: 'relative/home' }, '/'],
    ['linux', {}, '/'],
    ['linux', { USERPROFILE: '/home/ann' }, '/'],
    ['win32', { USERPROFILE: 'C:\\Users\\ann' }, 'C:\\Users\\ann'],
    ['win32', { USERPROFILE: 'C:\\Users\\gone', SystemDrive: 'D:' }, 'D:\\'],
    ['win32', { SystemRoot: 'E:\\Windows' }, 'E:\\'],
    ['win32', { HOME: '/home/ann' }, 'C:\\'],
    ['win32', { SystemDrive: 'weird' }, 'C:\\'],
  ])('%s %j runs in %s', (platform, env, want) => {
    expect(hookFolder(platform, env, isFolder)).toBe(want);
  });
});

describe('the hook program', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'ipwatch-hook-folder-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const runIn = async (home: string) => {
    const out = join(dir, 'cwd.txt');
    const script = join(dir, 'cwd.js');
    writeFileSync(script, `require('node:fs').writeFileSync(process.argv[2], process.cwd());`);
    const hook = new HookRunner(
      { enabled: true, program: process.execPath, args: [script, out], events: ['change'], timeoutSec: 30 },
      {
        clock: new FakeClock(),
        logger: createLogger('hook', { level: 'error', sink: () => {} }),
        redact: (t) => t,
        env: { HOME: home },
      },
    );
    const change = hookPayload(
      {
        type: 'change',
        at: 0,
        family: 4,
        from: null,
        to: '81.2.69.160',
        fromSince: null,
        trigger: 'interval',
        sources: [],
      },
      '1.2.3',
    )!;
    expect(hook.offer(change)).toBe(true);
    await until(() => hook.status().lastRun !== null, { what: 'the run' });
    expect(hook.status().lastRun).toMatchObject({ exitCode: 0 });
    return readFileSync(out, 'utf8');
  };

  it.skipIf(process.platform === 'win32')(
    'runs in the home folder, not the folder IPWatch was started in',
    async () => {
      expect(process.cwd()).not.toBe(dir);
      expect(await runIn(dir)).toBe(dir);
    },
  );

  it.skipIf(process.platform === 'win32')('runs in the root folder when the home folder does not exist', async () => {
    expect(await runIn(join(dir, 'gone'))).toBe('/');
  });
});
