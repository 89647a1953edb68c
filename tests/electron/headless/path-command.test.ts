/**
 * `ipwatch path` against a real runner with the path on (docs/path.md): the last path, or none yet
 * in words; `--now` traces through the runner (a stand-in `tracepath` first in the runner's PATH,
 * printing an output recorded from the real tool: tests/fixtures/path/) and prints the path with
 * the words the page and the bot's /path use (shared/words/path.ts); `--json` the API's answers;
 * without a token, what to set.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PathRecord } from '../../../shared/contract/path';
import { english } from '../../../shared/i18n/translators';
import { pathHopsText } from '../../../shared/words/path';
import { type ApiRunner, startApiRunner } from '../../helpers/api-runner';
import { cleanEnv, runHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const FIXTURES = path.join(__dirname, '../../fixtures/path');

describe('ipwatch path', () => {
  let world: World;
  let runner: ApiRunner;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-cli-path-'));
    writeFileSync(
      path.join(dir, 'tracepath'),
      `#!/bin/sh\nexec cat '${path.join(FIXTURES, 'tracepath-reached.txt')}'\n`,
    );
    chmodSync(path.join(dir, 'tracepath'), 0o755);
    world = await startWorld();
    runner = await startApiRunner({
      world,
      settings: { path: { enabled: true, target: '9.9.9.9' } },
      env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}` },
    });
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await world?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const cli = (extra: string[], env = cleanEnv({ IPWATCH_API_TOKEN: runner.token })) =>
    runHeadless(['--data-dir', runner.dataDir, 'path', '--port', new URL(runner.url).port, ...extra], env);

  it('prints the last path, then traces now and prints it in the page’s words', async () => {
    // The runner's first sighting is a change: it may have traced by itself already.
    const before = await cli([]);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toMatch(
      /^(No path traced yet: one is traced at the next confirmed address change, or when asked\.|.+, after a change, with tracepath\n9\.9\.9\.9 answered after 2 hops\n.+\nFirst path recorded: nothing to compare yet)\n$/,
    );
    expect(before.stderr).toMatch(/^ipwatch: asked the runner of /);

    const now = await cli(['--now']);
    expect(now.code, now.stderr).toBe(0);
    const lines = now.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^.+\d{2}.+, asked for, with tracepath$/);
    expect(lines[1]).toBe('9.9.9.9 answered after 2 hops');
    expect(lines[2]).toMatch(/^79\.192\.0\.1( \(AS\d+\))? → 9\.9\.9\.9( \(AS\d+\))?$/);
    expect(lines[3]).toMatch(/^(First path recorded: nothing to compare yet|Same path as before \(2 hops\))$/);

    // --json: the API's answers; the words printed are the shared function's over them.
    const json = await cli(['--json']);
    expect(json.code, json.stderr).toBe(0);
    const answer = JSON.parse(json.stdout) as { enabled: boolean; last: PathRecord };
    expect(answer).toMatchObject({ enabled: true, last: { trigger: 'manual', tool: 'tracepath', reached: true } });
    expect(lines[2]).toBe(pathHopsText(answer.last, english));
  }, 60_000);

  it('without a token says what to set', async () => {
    const r = await cli([], cleanEnv());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('set IPWATCH_API_TOKEN to an API token');
  }, 30_000);
});
