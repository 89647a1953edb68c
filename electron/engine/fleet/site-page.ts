/**
 * A page of the watched sites (`GET /sites`, shared/contract/fleet.ts sitesQuerySchema): the sites
 * in the order of their names, those `find` matches, the first `limit` after the cursor. Pure.
 *
 * The cursor is the last name of the page before, not an offset: the page after it starts at the
 * first name greater than it, whatever was added or forgotten since. With an offset a site added
 * before it would push a row read already into the next page (read twice), and one forgotten would
 * pull an unread row back (never read).
 *
 *   held (by name)  | query                   | sites    | next
 *   ----------------+-------------------------+----------+------
 *   a b c d e       | limit 2                 | a b      | b
 *   a b c d e       | limit 2, after b        | c d      | d
 *   a b c d e       | limit 2, after d        | e        | null
 *   a b c d         | limit 2, after b        | c d      | null (the last page is full)
 *   a b c d e       | limit 2, after bb       | c d      | d (a cursor forgotten since)
 *   a b c d e       | limit 2, after e        | (none)   | null
 *   a B c           | find "b"                | B        | null (any case)
 */
import type { FleetSite } from '../../../shared/contract/fleet';

/** The sites' one order: by name in Unicode code units, total and the same on every machine. */
export const compareSiteNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface SitePageQuery {
  limit: number;
  after?: string | undefined;
  find?: string | undefined;
}

export interface SitePage {
  /** The sites `find` matches. */
  total: number;
  sites: FleetSite[];
  /** The cursor of the page after; null on the last page. */
  next: string | null;
}

/** The page `q` asks for of `sorted` (in compareSiteNames order, as SiteTable.all gives it). */
export function sitePage(sorted: readonly FleetSite[], q: SitePageQuery): SitePage {
  const needle = q.find?.trim().toLowerCase() ?? '';
  const matching = needle ? sorted.filter((s) => s.site.toLowerCase().includes(needle)) : sorted;
  const after = q.after;
  const from = after === undefined ? 0 : firstAfter(matching, after);
  const sites = matching.slice(from, from + q.limit);
  const more = from + sites.length < matching.length;
  return { total: matching.length, sites, next: more && sites.length > 0 ? sites[sites.length - 1]!.site : null };
}

/** The index of the first site whose name is greater than `name` (binary search over the order). */
function firstAfter(sorted: readonly FleetSite[], name: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareSiteNames(sorted[mid]!.site, name) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
