/**
 * The runtime's part for the fleet (issue 51): composes electron/engine/fleet/ over the feature
 * context. The site's state is taken from the runtime's one status (ctx.appStatus), offered for
 * publishing after each engine event and each change a part reports; the watched sites answer
 * getSites (a page by name, with the fleet's summary) and getSite. New fleet settings close the link (a clean stop: offline published) and
 * open it again. A broker that fails is shown in the status; monitoring goes on.
 */
import { ApiError } from '../../../shared/contract';
import {
  type ForgetSiteResult,
  type FleetStatus,
  type SiteDetail,
  type Sites,
  SITES_EVENT_NAMES_MAX,
  type SitesEvent,
} from '../../../shared/contract/fleet';
import { EMPTY_FLEET_SUMMARY, fleetSummary } from '../../../shared/fleet-summary';
import type { Reason } from '../../../shared/reason';
import type { FleetSettings } from '../../../shared/settings/fleet';
import type { Timer } from '../clock';
import { type Fleet, fleetState, type SitePageQuery, sitePage, startFleet } from '../fleet';
import { forgotWords } from '../fleet/words';
import { inEnglish, reason } from '../reason';
import { resolveSecretRefs, unresolvedReason } from '../secrets/resolve';
import type { FeatureContext, FeaturePart } from './feature-types';
import { testFleetSettings } from './fleet-test';

/** How long the watched sites' changes are gathered before the part says its status changed. */
const CHANGE_GATHER_MS = 250;

/** Why a link is not up: its English `error` and, when IPWatch words it, the same as a code (issue 62). */
type LinkWhy = Pick<FleetStatus['link'], 'error' | 'reason'>;

/** A why IPWatch decided: its English written from its code. */
const whyOf = (r: Reason): LinkWhy => ({ error: inEnglish(r), reason: r });

/** No link: `problem` (it cannot start) is failing; `closedHow` says how the last link closed. */
const offStatus = (s: FleetSettings, problem: LinkWhy | null, closedHow: LinkWhy | null = null): FleetStatus => ({
  link: { state: problem ? 'failing' : 'off', ...(problem ?? closedHow ?? { error: null }), since: null },
  publish: { enabled: s.publish, site: s.site, lastPublishedAt: null },
  watch: { enabled: s.watch, summary: EMPTY_FLEET_SUMMARY, refused: 0, twoRunners: [] },
});

/** Closes fleets: one closing shows its status (it says so) until it has left the broker; then how it closed. */
function fleetCloser() {
  let closing: Fleet | null = null;
  let how: LinkWhy | null = null;
  return {
    status: () => closing?.status() ?? null,
    how: () => how,
    async close(f: Fleet | null) {
      if (!f) return;
      closing = f;
      try {
        const error = await f.close();
        // The closed link's own status holds its why as a code beside the English close() answers.
        const { reason: code } = f.status().link;
        how = error === null ? null : { error, ...(code ? { reason: code } : {}) };
      } finally {
        closing = null;
      }
    },
  };
}

export function fleetPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings.fleet;
  let fleet: Fleet | null = null;
  const closer = fleetCloser();
  let problem: LinkWhy | null = null;
  let offs: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const logger = ctx.logger;
  const siteListeners = new Set<(event: SitesEvent) => void>();
  // Sites arrive in bursts (a watcher connecting gets every retained state at once): one word of
  // it, naming the sites whose rows changed (sitesEvent: null past SITES_EVENT_NAMES_MAX).
  let gather: Timer | null = null;
  let names = new Set<string>();
  const changed = (site: string) => {
    names.add(site);
    gather ??= ctx.clock.setTimeout(() => {
      gather = null;
      const event = sitesEvent(names, ctx.clock.now());
      names = new Set();
      listeners.forEach((l) => l());
      siteListeners.forEach((l) => l(event));
    }, CHANGE_GATHER_MS);
  };

  const open = () => {
    problem = null;
    if (!settings.publish && !settings.watch) return;
    const resolved = resolveSecretRefs({ password: settings.password }, ctx.secrets);
    if (!resolved.ok) {
      // Its field named as the settings name it, `fleet.password`: the English as before.
      const { unresolved } = resolved;
      problem = whyOf(unresolvedReason({ ...unresolved, field: `fleet.${unresolved.field}` }));
      logger.warn('fleet not started', { error: problem.error });
      return;
    }
    ctx.redactor.add(resolved.secrets);
    const status = ctx.appStatus;
    if (settings.publish && !status) {
      problem = whyOf(reason('reason.fleet.noStatus'));
      return;
    }
    fleet = startFleet({
      settings,
      password: String(resolved.value.password ?? ''),
      state: (site) => fleetState(status!(), site, ctx.version, ctx.clock.now()),
      store: ctx.store,
      clock: ctx.clock,
      logger,
      onChange: changed,
      // Another site's news goes to the alert policy, never into this machine's own history.
      // (the notifier logs a step that fails; monitoring goes on).
      onEvent: (news) => void ctx.notifier.site({ type: 'site', at: news.event.at, ...news }),
    });
  };
  const close = async () => {
    const f = fleet;
    fleet = null;
    await closer.close(f);
  };

  return {
    name: 'fleet',
    handlers: {
      testFleet: (input) => testFleetSettings(ctx, settings, input),
      getSites: async (q) => sitesAnswer(fleet, settings.watch, q, ctx.clock.now()),
      forgetSite: async ({ name }) => forgetSite(fleet, name),
      getSite: async ({ name, limit }) => siteDetail(fleet, name, limit),
    },
    status: () => ({ fleet: fleet?.status() ?? closer.status() ?? offStatus(settings, problem, closer.how()) }),
    start() {
      if (offs.length === 0) {
        const offer = () => fleet?.offer();
        offs = [ctx.engine.on(offer), ctx.onStatusChange?.(offer) ?? (() => undefined)];
      }
      if (!fleet) open();
    },
    async update(next) {
      if (JSON.stringify(next.fleet) === JSON.stringify(settings)) return;
      settings = next.fleet;
      await close();
      open();
    },
    async close() {
      offs.forEach((off) => off());
      offs = [];
      if (gather) ctx.clock.clearTimeout(gather);
      gather = null;
      await close();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSites(listener) {
      siteListeners.add(listener);
      return () => siteListeners.delete(listener);
    },
  };
}

/** A page of the watched sites (fleet/site-page.ts) and the whole fleet's summary. */
function sitesAnswer(fleet: Fleet | null, watch: boolean, q: SitePageQuery, now: number): Sites {
  const all = fleet?.sites() ?? [];
  const summary = fleet ? fleetSummary(all, now) : EMPTY_FLEET_SUMMARY;
  const { badNames = 0, heard } = fleet?.status().watch ?? {};
  return {
    watching: watch && fleet !== null,
    summary,
    ...sitePage(all, q),
    ...(badNames > 0 ? { badNames } : {}),
    ...(heard ? { heard } : {}),
  };
}

/** One watched site and its recent events; 404 when none of that name is watched. */
function siteDetail(fleet: Fleet | null, name: string, limit: number): SiteDetail {
  const site = fleet?.site(name);
  if (!site) throw new ApiError(404, `no site "${name}" is watched`);
  return { site, events: fleet!.events(name, limit) };
}

/** Forgets a watched site (fleet/watcher.ts forget), in words; 404 when none of that name is watched. */
function forgetSite(fleet: Fleet | null, name: string): ForgetSiteResult {
  if (!fleet?.forget(name)) throw new ApiError(404, `no site "${name}" is watched, so there is none to forget`);
  return { site: name, ...forgotWords(name) };
}

/** The live stream's word of a burst: the names changed, or null when too many to name. */
export const sitesEvent = (names: ReadonlySet<string>, at: number): SitesEvent => ({
  type: 'sites',
  at,
  sites: names.size > SITES_EVENT_NAMES_MAX ? null : [...names],
});
