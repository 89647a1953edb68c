/**
 * Which event source each OS gets (electron/engine/netwatch/index.ts: osNetWatch), its
 * programs found through the PATH it is given; and, on Linux, that the `ip monitor` it
 * starts dies with the process that started it, however that process ends.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { osNetWatch } from '../../../../electron/engine/netwatch';
import { peer } from '../../../helpers/peers';
import { until } from '../../../helpers/until';

const dir = mkdtempSync(path.join(os.tmpdir(), 'ipw-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A folder holding executables of these names (never run: only found). */
function pathWith(...names: string[]): string {
  const d = mkdtempSync(path.join(dir, 'bin-'));
  for (const n of names) {
    writeFileSync(path.join(d, n), '#!/bin/sh\nexit 0\n');
    chmodSync(path.join(d, n), 0o755);
  }
  return d;
}

describe('osNetWatch', () => {
  it('Linux without ip in PATH: no event source, and the reason says what is missing', () => {
    const w = osNetWatch('linux', { PATH: pathWith('setpriv') });
    expect(w.spec).toBeNull();
    expect(w.none).toBe('ip (iproute2) is not in PATH');
  });

  it('Linux with ip: ip monitor, under setpriv when PATH has it', () => {
    const bare = pathWith('ip');
    const w = osNetWatch('linux', { PATH: bare });
    expect(w.none).toBeNull();
    expect([w.spec!.command, ...w.spec!.args]).toEqual([path.join(bare, 'ip'), '-o', 'monitor', 'address', 'route']);
    const both = pathWith('ip', 'setpriv');
    const wrapped = osNetWatch('linux', { PATH: both }).spec!;
    expect([wrapped.command, ...wrapped.args.slice(0, 4)]).toEqual([
      path.join(both, 'setpriv'),
      '--pdeathsig',
      'TERM',
      '--',
      path.join(both, 'ip'),
    ]);
  });

  it('macOS: route monitor; no routes read between events', () => {
    const w = osNetWatch('darwin', { PATH: '/usr/bin:/bin' });
    expect(w.spec?.kind).toBe('route-socket');
    expect(w.readRoutes()).toBe('');
  });

  it.each<[NodeJS.Platform, RegExp]>([
    ['win32', /^Windows has no interface event source without a native module$/],
    ['freebsd', /^no interface event source on freebsd$/],
  ])('%s: none, so the interfaces are polled', (platform, why) => {
    const w = osNetWatch(platform, { PATH: pathWith('ip', 'route') });
    expect(w.spec).toBeNull();
    expect(w.none).toMatch(why);
  });
});

const linux = process.platform === 'linux';
const tools = linux ? peer('setpriv', { packages: ['util-linux', 'iproute2'], commands: ['setpriv', 'ip'] }) : null;
describe.skipIf(!tools || tools.skip)('the Linux child and its parent', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('ip monitor ends when the process that started it is killed outright', async () => {
    const spec = osNetWatch('linux', process.env).spec!;
    expect(spec.command).toMatch(/setpriv$/);
    // A parent that starts the monitor as the engine would, says its pid, and then is SIGKILLed.
    const script = `
      const c = require('node:child_process').spawn(process.argv[1], JSON.parse(process.argv[2]), { stdio: ['ignore', 'pipe', 'inherit'] });
      c.on('spawn', () => console.log(c.pid));
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', script, spec.command, JSON.stringify(spec.args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    parent.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await until(() => /^\d+\n/.test(out), { what: 'the monitor started' });
    const monitor = Number(out.trim());
    // setpriv replaces itself with ip: the pid becomes `ip`'s once exec has happened.
    await until(() => alive(monitor) && /\bip\b/.test(readComm(monitor)), { what: 'ip running' });
    parent.kill('SIGKILL');
    await until(() => !alive(monitor), { what: 'the orphaned monitor gone' });
  });
});

function readComm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8');
  } catch {
    return '';
  }
}
