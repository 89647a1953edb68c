/**
 * A page of the watched sites (electron/engine/fleet/site-page.ts): the truth table of its doc
 * comment, the contract's refusals of a bad page size in words, and the property the cursor is
 * for: sites added and forgotten between pages, every site held throughout is read exactly once,
 * in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compareSiteNames, sitePage } from '../../../../electron/engine/fleet/site-page';
import { emptySite } from '../../../../electron/engine/fleet/sites';
import { SITES_PAGE_MAX, sitesQuerySchema } from '../../../../shared/contract/fleet';
import { EMPTY_FLEET_SUMMARY } from '../../../../shared/fleet-summary';
import { everySite } from '../../../../shared/sites-page';
import { propertyRun } from '../../../helpers/properties';

const held = (...names: string[]) =>
  names.map((n) => emptySite(n, null, false)).sort((a, b) => compareSiteNames(a.site, b.site));
const names = (p: { sites: { site: string }[] }) => p.sites.map((s) => s.site);

describe('a page of sites', () => {
  it.each([
    { sites: 'a b c d e', q: { limit: 2 }, page: 'a b', next: 'b', total: 5 },
    { sites: 'a b c d e', q: { limit: 2, after: 'b' }, page: 'c d', next: 'd', total: 5 },
    { sites: 'a b c d e', q: { limit: 2, after: 'd' }, page: 'e', next: null, total: 5 },
    { sites: 'a b c d', q: { limit: 2, after: 'b' }, page: 'c d', next: null, total: 4 },
    { sites: 'a b c d e', q: { limit: 2, after: 'bb' }, page: 'c d', next: 'd', total: 5 },
    { sites: 'a b c d e', q: { limit: 2, after: 'e' }, page: '', next: null, total: 5 },
    { sites: 'a B c', q: { limit: 2, find: 'b' }, page: 'B', next: null, total: 1 },
    { sites: 'x-1 x-2 y-1 x-3', q: { limit: 1, after: 'x-1', find: 'X-' }, page: 'x-2', next: 'x-2', total: 3 },
    { sites: '', q: { limit: 100 }, page: '', next: null, total: 0 },
  ])('$sites, $q: $page, next $next', ({ sites, q, page, next, total }) => {
    const p = sitePage(held(...sites.split(' ').filter(Boolean)), q);
    expect(names(p)).toEqual(page.split(' ').filter(Boolean));
    expect(p.next).toBe(next);
    expect(p.total).toBe(total);
  });

  it('orders by code units: the same order on every machine, whatever its locale', () => {
    expect(names(sitePage(held('b', 'B', 'a', 'ä', 'A', '10', '9'), { limit: 10 }))).toEqual([
      '10',
      '9',
      'A',
      'B',
      'a',
      'b',
      'ä',
    ]);
  });

  it.each([
    ['0', 'limit: a page holds at least 1 site'],
    [String(SITES_PAGE_MAX + 1), `limit: a page holds at most ${SITES_PAGE_MAX} sites`],
    ['1.5', 'limit: the page size must be a whole number of sites'],
    ['many', 'limit: the page size must be a number of sites'],
  ])('refuses a page size of %s in words', (limit, words) => {
    const r = sitesQuerySchema.safeParse({ limit });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([words]);
  });

  it('reads 100 sites a page when the query names no size', () => {
    expect(sitesQuerySchema.parse({})).toEqual({ limit: 100 });
  });
});

describe('reading page after page', () => {
  const name = fc.stringMatching(/^[a-zA-Z0-9._-]{1,6}$/);
  const step = fc.record({ add: fc.array(name, { maxLength: 4 }), forget: fc.array(name, { maxLength: 4 }) });

  it('reads each site held throughout exactly once, in order, whatever is added or forgotten between pages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(step, { maxLength: 12 }),
        (start, limit, steps) => {
          const table = new Set(start);
          const throughout = new Set(start);
          const read: string[] = [];
          let after: string | undefined;
          for (let i = 0; ; i++) {
            const p = sitePage(held(...table), { limit, ...(after === undefined ? {} : { after }) });
            read.push(...names(p));
            if (p.next === null) break;
            after = p.next;
            const s = steps[i % Math.max(1, steps.length)];
            for (const n of s?.add ?? []) table.add(n);
            for (const n of s?.forget ?? []) {
              table.delete(n);
              throughout.delete(n);
            }
          }
          expect(new Set(read).size).toBe(read.length);
          expect([...read].sort(compareSiteNames)).toEqual(read);
          for (const n of throughout) expect(read).toContain(n);
        },
      ),
      propertyRun('site pages'),
    );
  });

  it('everySite reads every page from the last cursor, the first answer giving the summary', async () => {
    const table = held(...Array.from({ length: 1203 }, (_, i) => `s${String(i).padStart(4, '0')}`));
    const asked: unknown[] = [];
    const all = await everySite(async (q) => {
      asked.push(q);
      return { watching: true, summary: EMPTY_FLEET_SUMMARY, ...sitePage(table, q) };
    });
    expect(names(all)).toEqual(names({ sites: table }));
    expect(asked).toEqual([
      { limit: SITES_PAGE_MAX },
      { limit: SITES_PAGE_MAX, after: 's0499' },
      { limit: SITES_PAGE_MAX, after: 's0999' },
    ]);
  });
});
