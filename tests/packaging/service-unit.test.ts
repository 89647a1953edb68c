/**
 * The systemd unit IPWatch ships for the headless runner (build/linux/ipwatch.service, issue 49):
 * systemd's own verifier accepts it, it holds the keys docs/headless.md promises, and it starts
 * what a global install of the package puts on the PATH. Also: the Docker image sets the same
 * MALLOC_ARENA_MAX, and the desktop packages do not carry the unit (they hold no headless runner).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { peer } from '../helpers/peers';

const ROOT = join(import.meta.dirname, '../..');
const UNIT = join(ROOT, 'build/linux/ipwatch.service');
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** A unit file's sections: each key's values in order (a key may repeat, e.g. Environment). */
function parseUnit(source: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const head = /^\[([A-Za-z]+)\]$/.exec(line);
    if (head) {
      current = new Map();
      sections.set(head[1]!, current);
      return;
    }
    const kv = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line);
    if (!kv || !current) throw new Error(`line ${i + 1} is neither a section nor Key=value: ${raw}`);
    current.set(kv[1]!, [...(current.get(kv[1]!) ?? []), kv[2]!]);
  });
  return sections;
}

const unit = parseUnit(readFileSync(UNIT, 'utf8'));
const service = unit.get('Service') ?? new Map<string, string[]>();
const one = (key: string) => service.get(key)?.at(-1);

describe('build/linux/ipwatch.service', () => {
  it('has the three sections, a description and a target to be enabled in', () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    expect(unit.get('Unit')?.get('Description')?.[0]).toMatch(/IPWatch/);
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it.each([
    ['User', 'ipwatch'],
    ['StateDirectory', 'ipwatch'],
    ['NoNewPrivileges', 'yes'],
    ['ProtectSystem', 'strict'],
    ['ProtectHome', 'yes'],
    ['PrivateTmp', 'yes'],
    ['RestrictAddressFamilies', 'AF_INET AF_INET6 AF_UNIX AF_NETLINK'],
    ['Restart', 'on-failure'],
    // Invalid settings exit 2 (docs/headless.md, Exit codes): restarting cannot mend them.
    ['RestartPreventExitStatus', '2'],
  ])('%s=%s', (key, value) => expect(one(key)).toBe(value));

  it('sets MALLOC_ARENA_MAX=2 and the data folder systemd makes for it', () => {
    const env = service.get('Environment') ?? [];
    expect(env).toContain('MALLOC_ARENA_MAX=2');
    expect(env).toContain(`IPWATCH_DATA_DIR=/var/lib/${one('StateDirectory')}`);
  });

  it("starts the package's ipwatch command where a global install puts it", () => {
    const pkg = JSON.parse(text('package.json')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain('ipwatch');
    expect(one('ExecStart')).toBe('/usr/local/bin/ipwatch');
    // The unit and the install steps the docs give agree.
    expect(text('docs/headless.md')).toContain('build/linux/ipwatch.service');
  });

  it('is not put in the desktop packages, which hold no headless runner', () => {
    const builder = text('electron-builder.yml');
    expect(builder).toContain("'!out/headless*/**'");
    expect(builder).not.toContain('ipwatch.service');
  });

  it('reads as a parse error on a line that is not Key=value', () => {
    expect(() => parseUnit('[Service]\nUser ipwatch\n')).toThrow(/line 2/);
  });
});

describe('MALLOC_ARENA_MAX in the Docker image', () => {
  it('is in the runtime stage ENV, before node starts', () => {
    const dockerfile = text('build/docker/Dockerfile');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toMatch(/^ENV [^]*?MALLOC_ARENA_MAX=2\s*$/m);
    expect(runtime.indexOf('MALLOC_ARENA_MAX=2')).toBeLessThan(runtime.indexOf('ENTRYPOINT'));
  });
});

const analyze = peer('systemd-analyze', { packages: ['systemd'] });

describe.skipIf(analyze.skip)('systemd-analyze verify', () => {
  it('finds nothing wrong but, on a machine without the runner installed, its missing command', async () => {
    const run = promisify(execFile)(analyze.path('systemd-analyze'), ['verify', UNIT]);
    const { stderr } = await run.catch((err: { stderr?: string }) => ({ stderr: err.stderr ?? String(err) }));
    const complaints = stderr
      .split('\n')
      .filter(Boolean)
      .filter((l) => !/Command \/usr\/local\/bin\/ipwatch is not executable: No such file/.test(l));
    expect(complaints).toEqual([]);
  });
});
