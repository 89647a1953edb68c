import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { findWebDir } from '../../../electron/headless/web-dir';

/** A repository: renderer/ (the source, with its own index.html) and, when built, out/renderer. */
function repo(built: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ipwatch-webdir-'));
  for (const d of ['renderer', 'electron', 'out/headless']) mkdirSync(path.join(root, d), { recursive: true });
  writeFileSync(path.join(root, 'renderer/index.html'), '<script type="module" src="/src/main.tsx"></script>');
  if (built) {
    mkdirSync(path.join(root, 'out/renderer'));
    writeFileSync(path.join(root, 'out/renderer/index.html'), '<script src="./assets/index.js"></script>');
  }
  return root;
}

describe('findWebDir', () => {
  it.each([
    ['the bundle', 'out/headless'],
    ['the source (tsx)', 'electron'],
  ])('from %s finds out/renderer, never the source renderer/', (_what, runner) => {
    const root = repo(true);
    expect(findWebDir(path.join(root, runner), {})).toBe(path.join(root, 'out/renderer'));
  });

  it.each(['out/headless', 'electron'])('from %s finds nothing before a build', (runner) => {
    expect(findWebDir(path.join(repo(false), runner), {})).toBeNull();
  });

  it('takes IPWATCH_WEB_DIR first', () => {
    expect(findWebDir('/x', { IPWATCH_WEB_DIR: 'some/dir' })).toBe(path.resolve('some/dir'));
  });
});
