/**
 * The page sizes of `GET /sites` (contract/fleet.ts sitesQuerySchema), apart from the contract so
 * the dashboard's first load asks for the first page without loading zod, and the reader of every
 * page. Pure.
 */
import type { FleetSite } from './contract/fleet/sites';
import type { FleetSummary } from './fleet-summary';

/**
 * What `everySite` reads of one page of `getSites` (contract/fleet/methods.ts's `Sites`), written
 * here so this module, which the contract's page sizes come from, imports nothing of it back.
 */
interface SitesPage {
  watching: boolean;
  summary: FleetSummary;
  sites: FleetSite[];
  next: string | null;
}

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
  getSites: (q: { limit: number; after?: string }) => Promise<SitesPage>,
): Promise<{ watching: boolean; summary: FleetSummary; sites: FleetSite[] }> {
  const first = await getSites({ limit: SITES_PAGE_MAX });
  const sites = [...first.sites];
  for (let next = first.next; next !== null;) {
    const page = await getSites({ limit: SITES_PAGE_MAX, after: next });
    sites.push(...page.sites);
    next = page.next;
  }
  return { watching: first.watching, summary: first.summary, sites };
}
