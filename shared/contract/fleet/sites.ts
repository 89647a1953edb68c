/**
 * The fleet as a watcher shows it (issue 51): each site it holds, the events it learnt of them,
 * the summary in figures, the fleet's part of the app status and the live stream's `sites` word.
 * Pure.
 */
import * as z from 'zod/mini';

import { described } from '../described';
import { reasonSchema } from '../reason';
import { epochMs, text } from './parts';
import { fleetChangeSchema, fleetStateSchema } from './payload';

/** A site as a watcher holds it. */
export const fleetSiteSchema = z.object({
  /** The name in its topic: the one the broker's ACL vouches for. */
  site: z.string(),
  /** This runner's own site (it publishes and watches the same prefix). */
  thisMachine: z.boolean(),
  /** null until a readable state came. */
  online: z.nullable(z.boolean()),
  /** Since when online or offline, as this watcher saw it (a clean stop's own time). */
  since: z.nullable(epochMs),
  /**
   * When the last message of the site itself reached this watcher; null when it never heard the
   * site (only the broker's will of it came). Saved rows from before keep their time.
   */
  lastSeenAt: z.nullable(epochMs),
  /** Why it is offline: `stopped`, `connection lost`; null while online. */
  offlineReason: z.nullable(z.string()),
  /** The site name its state carries when it differs from its topic: shown, not trusted. */
  nameMismatch: z.nullable(z.string()),
  /** Why its last payload could not be read (a newer IPWatch...); null when it could. */
  unreadable: z.nullable(z.string()),
  /** Its last readable state: addresses, health, NAT, DDNS, monitors. */
  state: z.nullable(fleetStateSchema),
  /**
   * When this watcher last learnt of a change of its address from one known address to another
   * (shared/fleet-summary.ts addressChangeAt); null (or absent, in rows saved before) when none.
   */
  addressChangedAt: z.optional(z.nullable(epochMs)),
  /**
   * How far the site's clock is off from this watcher's (ms, ahead positive), its times clamped
   * to the watcher's (engine/fleet/site-clock.ts); 0 within a minute, null (or absent) not known.
   */
  clockOffMs: z.optional(z.nullable(z.number())),
  /**
   * When this watcher last saw two runners' states alternate for this site (engine/fleet/claims.ts);
   * null (or absent) when none did within FLEET_CLAIM_WINDOW_MS.
   */
  twoRunnersAt: z.optional(z.nullable(epochMs)),
  /**
   * How many values its states held that this watcher refused or replaced (checked.ts): an
   * address not of its family (shown unknown), a text with a control, bidi or non-character
   * (each replaced by U+FFFD); absent or null: none.
   */
  refusedValues: z.optional(z.nullable(z.number().check(z.int()))),
});
export type FleetSite = z.infer<typeof fleetSiteSchema>;

export const FLEET_EVENT_KINDS = ['changed', 'online', 'offline', 'mismatch', 'unreadable'] as const;
export type FleetEventKind = (typeof FLEET_EVENT_KINDS)[number];

/** What a watcher learnt of a site, kept in its history (store/fleet.ts). */
export const fleetEventSchema = z.object({
  id: z.number(),
  site: z.string(),
  at: epochMs,
  kind: z.enum(FLEET_EVENT_KINDS),
  changes: z.array(fleetChangeSchema),
  /** A word on it: why offline, the name a mismatched state carries, why unreadable. */
  detail: z.nullable(text),
  /** Learnt from the retained state on (re)connecting: it happened while this watcher was away. */
  whileAway: z.boolean(),
});
export type FleetEvent = z.infer<typeof fleetEventSchema>;

/** The most site names one `sites` event carries; a larger burst says null: read them all. */
export const SITES_EVENT_NAMES_MAX = 64;

/** The watched sites in figures (shared/fleet-summary.ts): the status's and `GET /sites`' summary. */
export const fleetSummarySchema = z.object({
  sites: z.number().check(z.int()),
  online: z.number().check(z.int()),
  offline: z.number().check(z.int()),
  unknown: described(z.number().check(z.int()), 'no readable state yet'),
  changedRecently: described(
    z.number().check(z.int()),
    'sites whose address changed in the last 24 h (a first sighting is no change)',
  ),
});

/**
 * What the broker's figures say of the retained states a watcher heard since it last subscribed:
 * `counting` until they came, `dropped` when the broker dropped messages meanwhile (`dropped` of
 * them, to this watcher or another client), `none-dropped`, or `unknown` (no figure readable).
 */
export const fleetHeardSchema = z.object({
  verdict: z.enum(['counting', 'none-dropped', 'dropped', 'unknown']),
  retained: z.number().check(z.int(), z.gte(0)),
  dropped: z.nullable(z.number().check(z.int(), z.gte(0))),
});
export type FleetHeard = z.infer<typeof fleetHeardSchema>;

export const FLEET_LINK_STATES = ['off', 'connecting', 'connected', 'failing'] as const;

/** The fleet's part of the app status: the broker link, what was published, the sites watched. */
export const fleetStatusSchema = z.object({
  link: z.object({
    state: z.enum(FLEET_LINK_STATES),
    /** Why the broker is not reached or refused something, in words; null when fine. */
    error: z.nullable(z.string()),
    /** `error` as a code (issue 62): absent when fine, or from an engine before codes. */
    reason: z.optional(reasonSchema),
    since: z.nullable(epochMs),
  }),
  publish: z.object({ enabled: z.boolean(), site: z.string(), lastPublishedAt: z.nullable(epochMs) }),
  watch: z.object({
    enabled: z.boolean(),
    /**
     * The watched sites in figures (shared/fleet-summary.ts), not one row each: at a thousand sites
     * the status stays small. getSites has the rows; the live stream's `sites` event says when they change.
     */
    summary: fleetSummarySchema,
    /** Sites not held because the watcher holds the most it may (docs/architecture.md, Bounds). */
    refused: z.number(),
    /**
     * Messages not held because their site name (the topic level) holds a control, bidi or
     * non-character (shared/text-chars.ts); absent from a runner before issue 73.
     */
    badNames: z.optional(z.number()),
    /**
     * Whether this watcher heard every retained state the broker holds, by the broker's own
     * `$SYS` figures (engine/fleet/heard.ts); absent from a runner before issue 74.
     */
    heard: z.optional(fleetHeardSchema),
    /** Sites two runners claim (engine/fleet/claims.ts), the first SITES_EVENT_NAMES_MAX of them. */
    twoRunners: z.array(z.string()).check(z.maxLength(SITES_EVENT_NAMES_MAX)),
  }),
});
export type FleetStatus = z.infer<typeof fleetStatusSchema>;

/**
 * The live stream's word that watched sites changed (a state, online or offline, a name
 * mismatch): the names whose rows changed, gathered over a burst (runtime/fleet.ts), or null when
 * more than SITES_EVENT_NAMES_MAX did. A page reads getSites / getSite again on it.
 */
export interface SitesEvent {
  type: 'sites';
  at: number;
  sites: string[] | null;
}

export const sitesEventSchema = z.object({
  type: z.literal('sites'),
  at: epochMs,
  sites: z.nullable(z.array(z.string()).check(z.maxLength(SITES_EVENT_NAMES_MAX))),
});
