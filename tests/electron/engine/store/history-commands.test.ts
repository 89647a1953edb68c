import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';

import { openHistoryStore } from '../../../../electron/engine/store';
import { registerHistoryCommands } from '../../../../electron/headless/history-commands';
import { FakeClock } from '../../../helpers/fake-clock';
import { edited, PLANTED } from '../../../helpers/planted-schema';
import { change, DAY, MIN, tempDir, testLogger } from './helpers';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function cli(dataDir: string, ...args: string[]) {
  const out = sink();
  const err = sink();
  const clock = new FakeClock(Date.UTC(2025, 0, 20));
  const program = new Command('ipwatch').exitOverride().option('--data-dir <dir>').option('--json');
  registerHistoryCommands(program, () => openHistoryStore({ dataDir, clock, logger: testLogger().logger }), {
    out: out.stream,
    err: err.stream,
  });
  process.exitCode = undefined;
  await program.parseAsync(['node', 'ipwatch', '--data-dir', dataDir, ...args]);
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { out: out.text(), err: err.text(), code };
}

async function seeded(): Promise<string> {
  const dataDir = await tempDir();
  const clock = new FakeClock(Date.UTC(2025, 0, 1));
  const store = await openHistoryStore({ dataDir, clock, logger: testLogger().logger });
  store.recordChange(change(4, null, '203.0.113.1', clock.now()));
  store.recordCheck({
    family: 4,
    ip: '203.0.113.1',
    at: clock.now() + 90 * MIN,
    trigger: 'interval',
    sources: ['ipify'],
  });
  store.recordChange(change(4, '203.0.113.1', '198.51.100.2', clock.now() + 3 * DAY));
  store.recordSourceAttempt({ sourceId: 'ipify', at: clock.now() + 3 * DAY, ok: true, latencyMs: 80 });
  await store.close();
  return dataDir;
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('headless history commands', () => {
  it('history prints a table, or JSON with --json', async () => {
    const dir = await seeded();
    const table = await cli(dir, 'history');
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(
      /^FAMILY\s+ADDRESS\s+FIRST SEEN \(UTC\)\s+LAST SEEN\s+HELD\s+CHECKS\s+TRIGGER$/,
    );
    expect(table.out).toMatch(/v4\s+198\.51\.100\.2\s+2025-01-04 00:00:00/);
    expect(table.out).toMatch(/v4\s+203\.0\.113\.1 .* 1 h 30 min\s+2\s+interval/);
    expect(table.out).toMatch(/1-2 of 2\n$/);
    const json = await cli(dir, 'history', '--ip', '203.0', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ total: 1, items: [{ ip: '203.0.113.1' }] });
    const range = await cli(dir, 'history', '--from', '2025-01-02', '--to', '2025-01-03');
    expect(range.out).toMatch(/0 of 0/);
  });

  it('stats prints a summary, or JSON', async () => {
    const dir = await seeded();
    const text = await cli(dir, 'stats', '--from', '2025-01-01', '--to', '2025-01-10');
    // The first address starts the history: one change, to 198.51.100.2.
    expect(text.out).toMatch(/Changes 1\n/);
    expect(text.out).toMatch(/ipify\s+1\s+0\s+100\.00%\s+80\s+80/);
    const json = await cli(dir, 'stats', '--days', '30', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ changes: { total: 1 } });
  });

  it('exports CSV to stdout and JSON to a file, which imports back', async () => {
    const dir = await seeded();
    const csv = await cli(dir, 'export', '--format', 'csv');
    expect(csv.out.split('\n')).toHaveLength(4);
    const file = join(dir, 'out.json');
    const json = await cli(dir, 'export', '--format', 'json', '--out', file);
    expect(json.err).toMatch(/exported 4 rows/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'ipwatch-history' });
    const again = await cli(dir, 'export', '--format', 'json', '--out', file);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/^ipwatch: .*EEXIST/) });
    const other = await tempDir();
    const imported = await cli(other, 'import', file);
    expect(imported.out).toMatch(/runs \+2 \(0 already there\), changes \+2/);
  });

  it('backs up and restores', async () => {
    const dir = await seeded();
    const file = join(dir, 'copy.sqlite');
    expect((await cli(dir, 'backup', file)).out).toMatch(/backed up \d+ bytes/);
    const other = await tempDir();
    const restored = await cli(other, 'restore', file);
    expect(restored.out).toMatch(/restored .*previous history kept as/);
    expect((await cli(other, 'history', '--json')).out).toMatch(/198\.51\.100\.2/);
  });

  it('refuses to restore a backup with a planted trigger, in one line, and the history stays', async () => {
    const dir = await seeded();
    const file = join(dir, 'copy.sqlite');
    await cli(dir, 'backup', file);
    await writeFile(file, await edited(await readFile(file), PLANTED[1]![1]));
    const before = (await cli(dir, 'history', '--json')).out;
    const refused = await cli(dir, 'restore', file);
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toMatch(/^ipwatch: .*schema objects IPWatch does not make .*trigger "hide_audit"/);
    expect((await cli(dir, 'history', '--json')).out).toBe(before);
  });

  it('turns failures into one line on stderr and exit code 1', async () => {
    const dir = await seeded();
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"format":"ipwatch-history","version":1,"runs":[');
    const result = await cli(dir, 'import', bad);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(/^ipwatch: not valid JSON/);
    expect((await cli(dir, 'restore', join(dir, 'nope.sqlite'))).code).toBe(1);
  });
});
