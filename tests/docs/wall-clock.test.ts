/**
 * Two clocks, each for its job (STYLE rule 14, docs/development.md "Two clocks"): no file of the
 * app measures a duration, a deadline, a backoff, an expiry or a rate window on the wall clock,
 * which an admin, NTP or a wake sets back and forth. Only electron/engine/clock.ts reads it for
 * the rest; a line marked `// wall-clock: <reason>` is an exception its reason justifies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { sourcesOf } from '../helpers/import-graph';
import { wallClockUses } from '../helpers/wall-clock-uses';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLOCK_MODULE = 'electron/engine/clock.ts';

const lines = (text: string): number[] => wallClockUses('fixture.ts', text).map((u) => u.line);

describe('the wall-clock check', () => {
  it.each([
    ['Date.now() subtracted', 'const ms = Date.now() - startedAt;'],
    ['Date.now() compared', 'if (Date.now() < end) wait();'],
    ['new Date().getTime() compared', 'if (deadline >= new Date().getTime()) go();'],
    ['clock.now() subtracted', 'const ms = clock.now() - t0;'],
    ['a nested clock.now() compared', 'class A { f() { return this.o.clock.now() > this.until; } }'],
    ['an injected now() compared', 'const open = (deps: { now(): number }) => deps.now() <= quiet.until;'],
    [
      'a const from clock.now() subtracted',
      'function f() {\n  const now = deps.clock.now();\n  return now - job.at;\n}',
    ],
    ['a const from Date.now() used in a closure', 'function f() {\n  const t = Date.now();\n  return () => x > t;\n}'],
    ['Math.max as a deadline', 'const until = Math.max(Date.now(), next);'],
    ['Math.min over clock.now()', 'const at = Math.min(clock.now(), base);'],
    ['-= on the wall clock', 'left -= Date.now();'],
    ['mtimeMs against the wall clock', 'const stale = Date.now() - info.mtimeMs > MAX;'],
    ['mtimeMs against a passed now', 'function f(nowMs: number) {\n  return nowMs - info.mtimeMs < 5;\n}'],
    ['in a .tsx file too', 'const ago = <span>{Date.now() - at}</span>;'],
  ])('catches %s', (_, code) => {
    const file = code.includes('<span>') ? 'fixture.tsx' : 'fixture.ts';
    expect(wallClockUses(file, code).length).toBe(1);
  });

  it.each([
    ['a stamp', 'const e = { at: clock.now(), what };'],
    ['a wall reading added, not compared', 'const stampAt = Date.now() + 1000;'],
    ['the monotonic clock', 'const ms = clock.monotonic() - t0;\nif (performance.now() > end) stop();'],
    ['a parsed date', 'const age = new Date(s).getTime() - base;'],
    ['a stamp passed on', 'render(notice, { now: clock.now() });'],
    ['mtimes against each other', 'files.sort((a, b) => b.mtimeMs - a.mtimeMs);'],
    [
      'a same-named const of another function',
      'function f() { const now = clock.now(); }\nfunction g(now: number) { return now - 1; }',
    ],
    ['an exception on the line', 'const ago = Date.now() - at; // wall-clock: "5 min ago" shown'],
    ['an exception on the line before', '// wall-clock: a calendar day\nconst day = Date.now() - midnight;'],
  ])('lets %s pass', (_, code) => {
    expect(lines(code)).toEqual([]);
  });

  it('an exception needs a reason', () => {
    expect(lines('const ago = Date.now() - at; // wall-clock:')).toEqual([1]);
  });

  it('names the line', () => {
    expect(wallClockUses('fixture.ts', 'const a = 1;\n\nif (Date.now() > a) go();')).toEqual([
      { line: 3, text: 'if (Date.now() > a) go();' },
    ]);
  });
});

it('electron/, shared/ and renderer/ measure time on the monotonic clock only', () => {
  const files = ['electron', 'shared', 'renderer'].flatMap((dir) => sourcesOf(path.join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(500);
  const found = files
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
    .filter((rel) => rel !== CLOCK_MODULE)
    .flatMap((rel) =>
      wallClockUses(rel, readFileSync(path.join(ROOT, rel), 'utf8')).map((u) => `${rel}:${u.line}: ${u.text}`),
    );
  expect(found).toEqual([]);
});
