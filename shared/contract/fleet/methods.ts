/**
 * The fleet's methods (issue 51): the sites a page at a time (`GET /sites`), one site with its
 * recent events, forgetting a site, and the broker's Test. Pure.
 */
import * as z from 'zod/mini';

import { SITES_PAGE_DEFAULT, SITES_PAGE_MAX } from '../../sites-page';
import { described } from '../described';
import { GET, method, POST } from '../method';
import { reasonSchema } from '../reason';
import type { Schema } from '../schema';
import { fleetEventSchema, fleetHeardSchema, fleetSiteSchema, fleetSummarySchema } from './sites';

export { SITES_PAGE_DEFAULT, SITES_PAGE_MAX };

/**
 * A page of the watched sites, in the order of their names (Unicode code units, so the order is
 * total and the same on every machine). The cursor is the last name of the page before (`next`),
 * not an offset: a site added or forgotten between two pages moves no other site across the
 * cursor, so none is repeated or skipped; a site added before the cursor is named by the live
 * stream's `sites` word, and a page reads again on it.
 */
export const sitesQuerySchema = z.strictObject({
  limit: described(
    z._default(
      z.coerce
        .number({ error: 'the page size must be a number of sites' })
        .check(
          z.int({ error: 'the page size must be a whole number of sites' }),
          z.gte(1, { error: 'a page holds at least 1 site' }),
          z.lte(SITES_PAGE_MAX, { error: `a page holds at most ${SITES_PAGE_MAX} sites` }),
        ),
      SITES_PAGE_DEFAULT,
    ),
    `sites in the page, 1 to ${SITES_PAGE_MAX}`,
  ),
  after: described(
    z.optional(
      z
        .string()
        .check(
          z.minLength(1, { error: 'the cursor names a site' }),
          z.maxLength(256, { error: 'the cursor names a site of at most 256 characters' }),
        ),
    ),
    'the cursor: `next` of the page before; absent for the first page',
  ),
  find: described(
    z.optional(z.string().check(z.maxLength(256, { error: 'a site name is at most 256 characters' }))),
    'only the sites whose name holds this, in any case',
  ),
});
export type SitesQuery = z.input<typeof sitesQuerySchema>;

export const sitesSchema = z.object({
  /** False when fleet.watch is off (then no site and an empty summary). */
  watching: z.boolean(),
  /** Every watched site in figures, whatever the page and `find`. */
  summary: fleetSummarySchema,
  total: described(z.number().check(z.int()), 'the sites `find` matches (every site when absent)'),
  sites: z.array(fleetSiteSchema),
  next: described(z.nullable(z.string()), 'the cursor of the page after this one; null on the last page'),
  /**
   * Messages not shown because their site name (the topic level) holds a control, bidi or
   * non-character (issue 73); absent from a runner before it.
   */
  badNames: z.optional(z.number().check(z.int())),
  /** Whether the watcher heard every retained state the broker holds (the status's `fleet.watch.heard`). */
  heard: z.optional(fleetHeardSchema),
});
export type Sites = z.infer<typeof sitesSchema>;

export const siteQuerySchema = z.strictObject({
  name: described(z.string().check(z.minLength(1), z.maxLength(256)), 'the site, as its topic names it'),
  limit: described(
    z._default(z.coerce.number().check(z.int(), z.gte(1)).check(z.lte(500)), 50),
    'recent events, newest first',
  ),
});
export const siteDetailSchema = z.object({ site: fleetSiteSchema, events: z.array(fleetEventSchema) });
export type SiteDetail = z.infer<typeof siteDetailSchema>;

export const forgetSiteInputSchema = z.strictObject({
  name: described(z.string().check(z.minLength(1), z.maxLength(256)), 'the site, as its topic names it'),
});
export const forgetSiteResultSchema = z.object({
  site: z.string(),
  /** In words: what was forgotten and when it comes back. */
  detail: z.string(),
  /** `detail` as a code and its values (shared/contract/reason.ts). */
  reason: z.optional(reasonSchema),
});
export type ForgetSiteResult = z.infer<typeof forgetSiteResultSchema>;

const testStep = z.nullable(
  z.object({
    ok: z.boolean(),
    detail: z.string(),
    /** `detail` as a code and its values (shared/contract/reason.ts). */
    reason: z.optional(reasonSchema),
  }),
);
/** `detail` (or `error`) as its parts' codes, in order: their words joined by "; " are it. */
const reasons = z.optional(z.array(reasonSchema));
/** What the fleet's Test found: signed in or why not, and what the broker lets it publish and read. */
export const fleetTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string(), reasons, ms: z.number(), publish: testStep, read: testStep }),
  z.object({ ok: z.literal(false), error: z.string(), reasons, ms: z.number(), publish: testStep, read: testStep }),
]);
export type FleetTestResult = z.infer<typeof fleetTestResultSchema>;

/**
 * The fleet as the Settings page holds it (Test before saving), or nothing: the saved settings. A
 * password left as `{ "set": true }` is the stored one, carried only while the broker address is
 * the stored one's (shared/settings/secret-carry.ts): a changed host is refused, 400 in words.
 */
export const testFleetInputSchema = z.optional(
  z.strictObject({
    // Loose here: a stored password comes back as its marker, which the settings schema refuses;
    // the handler restores it, then checks the fleet settings whole.
    fleet: described(
      z.optional(z.looseObject({})),
      'the fleet settings as edited (settings/fleet.ts); absent: the saved ones',
    ),
  }),
);

export const fleetApi = {
  /**
   * Connects to the broker with the edited fleet settings, or the saved ones (a connection of its
   * own), and says what it can do there: sign in, publish under its site, read the fleet's states.
   */
  testFleet: method({
    summary: 'Test the fleet broker',
    http: POST('/fleet/test'),
    mutates: false,
    acts: true,
    input: testFleetInputSchema,
    output: fleetTestResultSchema as Schema<FleetTestResult>,
  }),
  /**
   * A page of the sites this runner watches (sitesQuerySchema: by name, a cursor), this machine's
   * own marked, with the fleet's summary; `watching` false when fleet.watch is off.
   */
  getSites: method({
    summary: 'The sites of the fleet, a page at a time',
    http: GET('/sites'),
    mutates: false,
    input: sitesQuerySchema,
    output: sitesSchema as Schema<Sites>,
  }),
  /**
   * Forgets a watched site on this runner (its row and events; the broker's retained state is
   * left alone): it comes back when it publishes again. 404 when no such site is watched.
   */
  forgetSite: method({
    summary: 'Forget a site of the fleet',
    http: POST('/sites/forget'),
    mutates: true,
    input: forgetSiteInputSchema,
    output: forgetSiteResultSchema as Schema<ForgetSiteResult>,
  }),
  /** One site and its recent events, newest first (404 when no such site is watched). */
  getSite: method({
    summary: 'One site of the fleet, with its recent events',
    http: GET('/sites/site'),
    mutates: false,
    input: siteQuerySchema,
    output: siteDetailSchema as Schema<SiteDetail>,
  }),
};
