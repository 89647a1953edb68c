/**
 * The `import` command through the real headless runner: --tz, and the lines that say which
 * rule read the times and what was set aside. The sample is the seed bot's database after its
 * JSON-to-SQLite migration (froghouse/Discord-IP-Monitor-Bot ip_monitor/storage.py), made by
 * tests/fixtures/store/imports/generate.py.
 */
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatImport } from '../../../electron/headless/import-summary';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { tempDir } from '../engine/store/helpers';

const SAMPLE = join(import.meta.dirname, '../../fixtures/store/imports/seed-migrated.sqlite');

describe('headless import', () => {
  it('prints how many rows each time rule read, with --tz and with the machine zone', async () => {
    const withTz = await runHeadless(['--data-dir', await tempDir(), 'import', SAMPLE, '--tz', 'America/New_York']);
    expect(withTz.stderr).not.toMatch(/^ipwatch:/m);
    expect(withTz.code).toBe(0);
    expect(withTz.stdout).toMatch(/runs \+4 \(0 already there\), changes \+3 \(0\)/);
    expect(withTz.stdout).toContain(
      'times: 1 rows by their created_at offset, 3 rows read in America/New_York (--tz), 0 rows with their own offset',
    );

    const machine = await runHeadless(
      ['--data-dir', await tempDir(), 'import', SAMPLE],
      cleanEnv({ TZ: 'Asia/Tokyo' }),
    );
    expect(machine.code).toBe(0);
    expect(machine.stdout).toContain("3 rows read in Asia/Tokyo (this machine's zone)");
  });

  it('an unknown zone is one clear line and exit code 1', async () => {
    const r = await runHeadless(['--data-dir', await tempDir(), 'import', SAMPLE, '--tz', 'Nowhere/Else']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ipwatch: unknown time zone: "Nowhere\/Else"/m);
  });
});

describe('formatImport', () => {
  const base = {
    format: 'ddns-updater' as const,
    runs: { added: 1, grown: 2, skipped: 3, setAside: 0, trimmed: 0 },
    changes: { added: 1, skipped: 0, setAside: 0 },
    outages: { added: 0, skipped: 0 },
    sessions: { added: 0, skipped: 0 },
  };
  it('says what was set aside only when something was', () => {
    expect(formatImport('u.json', base)).toBe(
      'imported u.json (ddns-updater): runs +1 (3 already there), changes +1 (0), outages +0 (0); 2 runs grown',
    );
    const aside = formatImport('u.json', {
      ...base,
      runs: { ...base.runs, setAside: 1, trimmed: 2 },
      changes: { ...base.changes, setAside: 3 },
    });
    expect(aside.split('\n')[1]).toBe(
      'set aside where the history already says otherwise: 1 runs, 2 runs cut short, 3 changes',
    );
  });
});
