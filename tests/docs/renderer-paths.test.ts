/**
 * No string in renderer/src names a repository docs/ file: the packaged app does not ship them
 * (and package.json names no published docs site), so the page says it in words. Comments may.
 * The rendered pages are checked in tests/renderer/no-repo-paths.test.tsx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const REPO_PATH = /\bdocs\/[\w-]+\.md\b/;
const ROOT = join(import.meta.dirname, '../../renderer/src');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The text outside comments: block comments, and whole-line line comments. */
const withoutComments = (src: string): string => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('no repository paths in the renderer', () => {
  it('finds the renderer sources to scan', () => {
    expect(files(ROOT).length).toBeGreaterThan(50);
  });
  it('no string in renderer/src names a docs/ file', () => {
    expect(files(ROOT).filter((f) => REPO_PATH.test(withoutComments(readFileSync(f, 'utf8'))))).toEqual([]);
  });
  it('would find one', () => {
    expect(REPO_PATH.test(withoutComments("blurb: 'docs/notifications.md shows the payload'"))).toBe(true);
    expect(REPO_PATH.test(withoutComments('/** see docs/api.md */\nconst a = 1;'))).toBe(false);
  });
});
