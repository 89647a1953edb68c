/**
 * The contract's fleet part (issue 51): what a site publishes to the broker, how a watcher reads
 * it, what the watcher shows of each site, and the methods that show it (`GET /sites`, one site
 * with its recent events). Settings are settings/fleet.ts. Pure.
 *
 * The payload is versioned: `v` is its major version. A watcher reads every shape of a version it
 * knows, older or newer in minor ways (a field it does not know is ignored, a field missing is
 * read as unknown); a `v` newer than it knows is named as such, never guessed at.
 */
import { z } from 'zod';

import { SITES_PAGE_DEFAULT, SITES_PAGE_MAX } from '../sites-page';
import { GET, method, POST } from './method';
import type { Schema } from './status';

/** The payload version this IPWatch writes, and the newest it reads. */
export const FLEET_PAYLOAD_VERSION = 1;

const epochMs = z.number().describe('epoch ms');
/** A field an older or newer minor shape may lack or hold differently: read as unknown (null) then. */
const orNull = <T extends z.ZodType>(s: T) => s.nullable().catch(null);
/** The most characters a text of a payload may hold (a label, a state, a change's words). */
export const FLEET_TEXT_MAX = 512;
const text = z.string().max(FLEET_TEXT_MAX);

/**
 * The most entries each list of a state may hold (its DNS records, its monitors): a site with more
 * publishes the first ones (payload.ts). A state with a longer list is unreadable, in words.
 */
export const FLEET_LIST_MAX = 512;
/** Its bound lives apart from zod (fleet-summary.ts), so the Sites page loads without it. */
export { FLEET_CLOCK_OFF_SHOWN_MS } from '../fleet-summary';
/**
 * Two runs of IPWatch whose states alternate for one site within this are two runners claiming
 * it (engine/fleet/claims.ts); the word stays until a day passes with states from one run only.
 */
export const FLEET_CLAIM_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The most bytes a state may be: a longer one is not parsed (unreadable, in words). */
export const FLEET_STATE_MAX_BYTES = 512 * 1024;

/**
 * A list of at most `max` entries (a longer one makes the payload unreadable, naming its length);
 * another shape, from an older or newer minor version, is read as empty. No transform: the answer's
 * JSON Schema stays writable.
 */
const listOf = <T extends z.ZodType>(entry: T, max = FLEET_LIST_MAX) =>
  z
    .unknown()
    .superRefine((v, ctx) => {
      if (Array.isArray(v) && v.length > max)
        ctx.addIssue({ code: 'custom', message: `${v.length} entries, more than the ${max} a state may list` });
    })
    .pipe(z.array(entry).catch([]))
    // Absent (an older shape): empty. Without it zod asks for the key.
    .default([]);

const identitySchema = z.object({
  asn: z.number().nullable().catch(null),
  org: text.nullable().catch(null),
  country: text.nullable().catch(null),
  vpn: text.nullable().catch(null),
});

/** One family's confirmed address and since when it has held it; null when the site does not watch it. */
export const fleetFamilySchema = z.object({
  ip: z.string().max(64).nullable(),
  since: epochMs.nullable(),
  identity: orNull(identitySchema),
});
export type FleetFamily = z.infer<typeof fleetFamilySchema>;

/**
 * A site's state as published retained to `<prefix>/<site>/state`. `online` is false in the
 * site's MQTT will (its connection died: only `v`, `site`, `online` and `reason`) and in what a
 * clean stop publishes (the whole state). States are read as words (`health.state`...), so a
 * newer site's new state does not make the payload unreadable.
 */
export const fleetStateSchema = z.object({
  v: z.number().int(),
  site: z.string().max(256),
  online: z.boolean(),
  /** Why offline: `stopped` (a clean stop) or `connection lost` (the will); null while online. */
  reason: orNull(text),
  families: z.object({ v4: orNull(fleetFamilySchema), v6: orNull(fleetFamilySchema) }).catch({ v4: null, v6: null }),
  health: orNull(z.object({ state: text, label: text })),
  nat: orNull(z.object({ verdict: text, label: text })),
  ddns: listOf(z.object({ name: text, type: text, state: text })),
  monitors: listOf(z.object({ name: text, state: text })),
  version: orNull(text),
  at: orNull(epochMs),
  /**
   * This run of the publisher: random at each start, never secret. Two that alternate for one
   * site are two runners claiming it (engine/fleet/claims.ts). Absent from older sites and wills.
   */
  instance: z.string().max(64).nullable().optional().catch(null),
});
export type FleetState = z.infer<typeof fleetStateSchema>;

/** One difference between two states, in words: `IPv4 address`, `203.0.113.7`, `198.51.100.2`. */
export const fleetChangeSchema = z.object({ what: text, from: text.nullable(), to: text.nullable() });
export type FleetChange = z.infer<typeof fleetChangeSchema>;

/** The most changes one event message carries (the state carries them all). */
export const FLEET_EVENT_CHANGES_MAX = 64;

/** What a site publishes, not retained, to `<prefix>/<site>/event` on each change of its state. */
export const fleetEventPayloadSchema = z.object({
  v: z.number().int(),
  site: z.string().max(256),
  at: epochMs,
  changes: z.array(fleetChangeSchema).max(FLEET_EVENT_CHANGES_MAX).catch([]),
});
export type FleetEventPayload = z.infer<typeof fleetEventPayloadSchema>;

export type FleetRead<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A payload over FLEET_STATE_MAX_BYTES, in words. */
export const tooLongWords = (bytes: number): string =>
  `its state is ${Math.ceil(bytes / 1024)} KiB, more than the ${FLEET_STATE_MAX_BYTES / 1024} KiB a state may be`;

/** Reads a payload of either topic; says why one cannot be read (a newer version is named). */
export function readFleetPayload<T extends { v: number }>(schema: z.ZodType<T>, body: string): FleetRead<T> {
  // Measured before parsing: a state of megabytes is never held as objects (the packet's own
  // bytes are checked before decoding, watcher.ts; this is the same bound on the text).
  if (body.length > FLEET_STATE_MAX_BYTES) return { ok: false, reason: tooLongWords(body.length) };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const v = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v))
    return { ok: false, reason: 'not an IPWatch fleet payload (no version)' };
  if (v > FLEET_PAYLOAD_VERSION)
    return {
      ok: false,
      reason: `written by a newer IPWatch (payload version ${v}; this one reads up to ${FLEET_PAYLOAD_VERSION}): update this watcher`,
    };
  if (v < 1) return { ok: false, reason: `payload version ${v} is not one IPWatch writes` };
  const r = schema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    return { ok: false, reason: `unreadable ${first?.path.join('.') || 'payload'}: ${first?.message ?? 'bad shape'}` };
  }
  return { ok: true, value: r.data };
}

/** A site as a watcher holds it. */
export const fleetSiteSchema = z.object({
  /** The name in its topic: the one the broker's ACL vouches for. */
  site: z.string(),
  /** This runner's own site (it publishes and watches the same prefix). */
  thisMachine: z.boolean(),
  /** null until a readable state came. */
  online: z.boolean().nullable(),
  /** Since when online or offline, as this watcher saw it (a clean stop's own time). */
  since: epochMs.nullable(),
  /**
   * When the last message of the site itself reached this watcher; null when it never heard the
   * site (only the broker's will of it came). Saved rows from before keep their time.
   */
  lastSeenAt: epochMs.nullable(),
  /** Why it is offline: `stopped`, `connection lost`; null while online. */
  offlineReason: z.string().nullable(),
  /** The site name its state carries when it differs from its topic: shown, not trusted. */
  nameMismatch: z.string().nullable(),
  /** Why its last payload could not be read (a newer IPWatch...); null when it could. */
  unreadable: z.string().nullable(),
  /** Its last readable state: addresses, health, NAT, DDNS, monitors. */
  state: fleetStateSchema.nullable(),
  /**
   * When this watcher last learnt of a change of its address from one known address to another
   * (shared/fleet-summary.ts addressChangeAt); null (or absent, in rows saved before) when none.
   */
  addressChangedAt: epochMs.nullable().optional(),
  /**
   * How far the site's clock is off from this watcher's (ms, ahead positive), its times clamped
   * to the watcher's (engine/fleet/site-clock.ts); 0 within a minute, null (or absent) not known.
   */
  clockOffMs: z.number().nullable().optional(),
  /**
   * When this watcher last saw two runners' states alternate for this site (engine/fleet/claims.ts);
   * null (or absent) when none did within FLEET_CLAIM_WINDOW_MS.
   */
  twoRunnersAt: epochMs.nullable().optional(),
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
  detail: z.string().nullable(),
  /** Learnt from the retained state on (re)connecting: it happened while this watcher was away. */
  whileAway: z.boolean(),
});
export type FleetEvent = z.infer<typeof fleetEventSchema>;

/** The most site names one `sites` event carries; a larger burst says null: read them all. */
export const SITES_EVENT_NAMES_MAX = 64;

/** The watched sites in figures (shared/fleet-summary.ts): the status's and `GET /sites`' summary. */
export const fleetSummarySchema = z.object({
  sites: z.number().int(),
  online: z.number().int(),
  offline: z.number().int(),
  unknown: z.number().int().describe('no readable state yet'),
  changedRecently: z
    .number()
    .int()
    .describe('sites whose address changed in the last 24 h (a first sighting is no change)'),
});

export const FLEET_LINK_STATES = ['off', 'connecting', 'connected', 'failing'] as const;

/** The fleet's part of the app status: the broker link, what was published, the sites watched. */
export const fleetStatusSchema = z.object({
  link: z.object({
    state: z.enum(FLEET_LINK_STATES),
    /** Why the broker is not reached or refused something, in words; null when fine. */
    error: z.string().nullable(),
    since: epochMs.nullable(),
  }),
  publish: z.object({ enabled: z.boolean(), site: z.string(), lastPublishedAt: epochMs.nullable() }),
  watch: z.object({
    enabled: z.boolean(),
    /**
     * The watched sites in figures (shared/fleet-summary.ts), not one row each: at a thousand sites
     * the status stays small. getSites has the rows; the live stream's `sites` event says when they change.
     */
    summary: fleetSummarySchema,
    /** Sites not held because the watcher holds the most it may (docs/architecture.md, Bounds). */
    refused: z.number(),
    /** Sites two runners claim (engine/fleet/claims.ts), the first SITES_EVENT_NAMES_MAX of them. */
    twoRunners: z.array(z.string()).max(SITES_EVENT_NAMES_MAX),
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
  sites: z.array(z.string()).max(SITES_EVENT_NAMES_MAX).nullable(),
});

export { SITES_PAGE_DEFAULT, SITES_PAGE_MAX };

/**
 * A page of the watched sites, in the order of their names (Unicode code units, so the order is
 * total and the same on every machine). The cursor is the last name of the page before (`next`),
 * not an offset: a site added or forgotten between two pages moves no other site across the
 * cursor, so none is repeated or skipped; a site added before the cursor is named by the live
 * stream's `sites` word, and a page reads again on it.
 */
export const sitesQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: 'the page size must be a number of sites' })
    .int({ error: 'the page size must be a whole number of sites' })
    .min(1, { error: 'a page holds at least 1 site' })
    .max(SITES_PAGE_MAX, { error: `a page holds at most ${SITES_PAGE_MAX} sites` })
    .default(SITES_PAGE_DEFAULT)
    .describe(`sites in the page, 1 to ${SITES_PAGE_MAX}`),
  after: z
    .string()
    .min(1, { error: 'the cursor names a site' })
    .max(256, { error: 'the cursor names a site of at most 256 characters' })
    .optional()
    .describe('the cursor: `next` of the page before; absent for the first page'),
  find: z
    .string()
    .max(256, { error: 'a site name is at most 256 characters' })
    .optional()
    .describe('only the sites whose name holds this, in any case'),
});
export type SitesQuery = z.input<typeof sitesQuerySchema>;

export const sitesSchema = z.object({
  /** False when fleet.watch is off (then no site and an empty summary). */
  watching: z.boolean(),
  /** Every watched site in figures, whatever the page and `find`. */
  summary: fleetSummarySchema,
  total: z.number().int().describe('the sites `find` matches (every site when absent)'),
  sites: z.array(fleetSiteSchema),
  next: z.string().nullable().describe('the cursor of the page after this one; null on the last page'),
});
export type Sites = z.infer<typeof sitesSchema>;

export const siteQuerySchema = z.strictObject({
  name: z.string().min(1).max(256).describe('the site, as its topic names it'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('recent events, newest first'),
});
export const siteDetailSchema = z.object({ site: fleetSiteSchema, events: z.array(fleetEventSchema) });
export type SiteDetail = z.infer<typeof siteDetailSchema>;

export const forgetSiteInputSchema = z.strictObject({
  name: z.string().min(1).max(256).describe('the site, as its topic names it'),
});
export const forgetSiteResultSchema = z.object({
  site: z.string(),
  /** In words: what was forgotten and when it comes back. */
  detail: z.string(),
});
export type ForgetSiteResult = z.infer<typeof forgetSiteResultSchema>;

const testStep = z.object({ ok: z.boolean(), detail: z.string() }).nullable();
/** What the fleet's Test found: signed in or why not, and what the broker lets it publish and read. */
export const fleetTestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string(), ms: z.number(), publish: testStep, read: testStep }),
  z.object({ ok: z.literal(false), error: z.string(), ms: z.number(), publish: testStep, read: testStep }),
]);
export type FleetTestResult = z.infer<typeof fleetTestResultSchema>;

/**
 * The fleet as the Settings page holds it (Test before saving), or nothing: the saved settings. A
 * password left as `{ "set": true }` is the stored one, carried only while the broker address is
 * the stored one's (shared/settings/secret-carry.ts): a changed host is refused, 400 in words.
 */
export const testFleetInputSchema = z
  .strictObject({
    // Loose here: a stored password comes back as its marker, which the settings schema refuses;
    // the handler restores it, then checks the fleet settings whole.
    fleet: z
      .looseObject({})
      .optional()
      .describe('the fleet settings as edited (settings/fleet.ts); absent: the saved ones'),
  })
  .optional();

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
