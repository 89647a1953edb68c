/**
 * The page sizes of `GET /sites` (contract/fleet.ts sitesQuerySchema), apart from the contract so
 * the dashboard's first load asks for the first page without loading zod. Pure.
 */

/** Sites a page holds when the query names no size: the Sites page draws them first. */
export const SITES_PAGE_DEFAULT = 100;
/** The most sites one page may hold: a larger size is refused, in words. */
export const SITES_PAGE_MAX = 500;
