/**
 * The page sizes of `GET /sites` (contract/fleet.ts sitesQuerySchema), apart from the contract so
 * the dashboard's first load asks for the first page without loading zod, and the reader of every
 * page. Pure.
 */
import type { FleetSite, Sites } from './contract/fleet';

/** Sites a page holds when the query names no size: the Sites page draws them first. */
export const SITES_PAGE_DEFAULT = 100;
/** The most sites one page may hold: a larger size is refused, in words. */
export const SITES_PAGE_MAX = 500;

/**
 * Every watched site, read page after page through the contract's `getSites` (the metrics'
 * scrape and the bot's /sites, which show or count them all): the largest page, each from the
 * last's cursor, so a site added meanwhile is neither read twice nor makes another skipped.
 */
export async function everySite(
  getSites: (q: { limit: number; after?: string }) => Promise<Sites>,
): Promise<{ watching: boolean; summary: Sites['summary']; sites: FleetSite[] }> {
  const first = await getSites({ limit: SITES_PAGE_MAX });
  const sites = [...first.sites];
  for (let next = first.next; next !== null;) {
    const page = await getSites({ limit: SITES_PAGE_MAX, after: next });
    sites.push(...page.sites);
    next = page.next;
  }
  return { watching: first.watching, summary: first.summary, sites };
}
