/** A recovered history is reported on stdout too, as a `history-recovered` line for scripts. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { formatReadable } from '../../../electron/host/runner-lines';
import { runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';
import { change, openTest } from '../engine/store/helpers';

const A4 = '81.2.69.142';

let world: World;
let dir: string;
beforeEach(async () => {
  world = await startWorld(A4);
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-recovered-'));
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(world.settings({ monitor: { ipv6: false } })));
});
afterEach(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

describe('history-recovered line', () => {
  it('is printed with --json when the runner recovers a damaged file', async () => {
    const { store, clock } = await openTest({ dataDir: dir });
    store.recordChange(change(4, null, A4, clock.now()));
    await store.close();
    await writeFile(path.join(dir, 'history.sqlite'), randomBytes(5000));

    const r = await runHeadless(['--data-dir', dir, '--once', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({
      type: 'history-recovered',
      at: expect.any(Number),
      from: path.join(dir, 'backups', 'history-2025-01-01.sqlite'),
      movedTo: expect.stringMatching(/history\.sqlite\.corrupt-/),
      reason: expect.any(String),
    });
    // The recovered history goes on: the address is known, so this check is no change.
    expect(lines.filter((l) => l.type === 'change')).toEqual([]);
  }, 30_000);

  it('reads as one line without --json', () => {
    const text = formatReadable({
      type: 'history-recovered',
      at: Date.UTC(2025, 0, 1),
      from: null,
      movedTo: '/d/history.sqlite.corrupt-x',
      reason: 'file is not a database',
    });
    expect(text).toBe(
      '2025-01-01T00:00:00.000Z HISTORY RECOVERED: the file was damaged (file is not a database) and kept as /d/history.sqlite.corrupt-x; no good copy, history starts empty',
    );
  });
});
