/**
 * The README's and docs/' links within the repository lead somewhere: the file exists, and a
 * `#fragment` names a heading of that page as GitHub makes its anchor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks, where a `#` line is no heading and `](` no link. */
const prose = (file: string) => readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as `-`, a repeat numbered. */
function anchors(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(file).matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const text = heading!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const slug = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    out.add(n ? `${slug}-${n}` : slug);
    seen.set(slug, n + 1);
  }
  return out;
}

/** Each page's links into the repository, as written (`docs/api.md#token`, `#testing`). */
function localLinks(page: string): string[] {
  return [...prose(path.join(ROOT, page)).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((href) => !/^[a-z][a-z+.-]*:/i.test(href));
}

describe('links in README.md and docs/', () => {
  it('finds the pages and their links', () => {
    expect(PAGES).toContain('docs/architecture.md');
    expect(localLinks('README.md')).toContain('docs/architecture.md');
  });

  it.each(PAGES)('%s: every link within the repository leads to a file and a heading there', (page) => {
    const broken = localLinks(page).filter((href) => {
      const [file, fragment] = href.split('#');
      const target = file ? path.join(ROOT, path.dirname(page), decodeURI(file)) : path.join(ROOT, page);
      if (!existsSync(target)) return true;
      return fragment !== undefined && target.endsWith('.md') && !anchors(target).has(fragment);
    });
    expect(broken).toEqual([]);
  });
});
