/**
 * electron/engine/fleet: a fleet of sites over an MQTT broker (issue 51). A runner publishes its
 * site's state (publisher.ts) and watches every site under the prefix (watcher.ts, sites.ts),
 * over one link to the broker (link.ts) that carries the will. The broker is the hub: no server
 * of ours. The state is taken from the runtime's one status (payload.ts); what the watcher learns
 * is kept in the history's fleet tables (store/fleet.ts), apart from this machine's own.
 */
import { randomUUID } from 'node:crypto';

import {
  type FleetEvent,
  type FleetSite,
  type FleetState,
  type FleetStatus,
  SITES_EVENT_NAMES_MAX,
} from '../../../shared/contract/fleet';
import { fleetSummary } from '../../../shared/fleet-summary';
import type { FleetSettings } from '../../../shared/settings/fleet';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { FleetStore } from '../store/fleet';
import { type FleetLink, openLink } from './link';
import { willState } from './payload';
import { FleetPublisher, siteTopic } from './publisher';
import { FleetWatcher, type SiteNews } from './watcher';

export { fleetState } from './payload';
export { type SitePageQuery, sitePage } from './site-page';

export interface FleetOptions {
  settings: FleetSettings;
  /** The password, its reference resolved. */
  password: string;
  /**
   * This site's state now (payload.ts's fleetState over the runtime's status), named `site`: the
   * fleet's own name, never the caller's newest, so a fleet stopping after a rename publishes its
   * last state on its old topic under its old name (issue 59).
   */
  state(site: string): FleetState;
  store: FleetStore;
  clock: Clock;
  logger: Logger;
  /** Called when a watched site's row changed, with its name. */
  onChange(site: string): void;
  /** Called with each event the watcher recorded (the alert policy's input). */
  onEvent?(news: SiteNews): void;
}

export interface Fleet {
  status(): FleetStatus;
  sites(): FleetSite[];
  site(name: string): FleetSite | null;
  events(name: string, limit: number): FleetEvent[];
  /** Forgets a watched site here (watcher.ts forget); false when none of that name is held. */
  forget(name: string): boolean;
  /** This runner's state may have changed: published when it did. */
  offer(): void;
  /**
   * Publishes the site offline (a clean stop), then leaves the broker, within STOP_MS + 2 ×
   * GOODBYE_MS whatever the broker does; resolves with why it could not say goodbye, or null.
   */
  close(): Promise<string | null>;
}

export function startFleet(o: FleetOptions): Fleet {
  const s = o.settings;
  // This run of the publisher, in every state it sends: two alternating for one site are two
  // runners claiming it (claims.ts). Random, never secret.
  const instance = randomUUID();
  const link: FleetLink = openLink({
    settings: s,
    password: o.password,
    clock: o.clock,
    logger: o.logger,
    ...(s.publish
      ? { will: { topic: siteTopic(s.topicPrefix, s.site, 'state'), payload: JSON.stringify(willState(s.site)) } }
      : {}),
  });
  const publisher = s.publish
    ? new FleetPublisher({
        link,
        prefix: s.topicPrefix,
        site: s.site,
        state: () => ({ ...o.state(s.site), instance }),
        clock: o.clock,
        logger: o.logger,
      })
    : null;
  const watcher = s.watch
    ? new FleetWatcher({
        link,
        prefix: s.topicPrefix,
        ownSite: s.publish ? s.site : null,
        store: o.store,
        clock: o.clock,
        logger: o.logger,
        forgetAfterDays: s.forgetAfterDays,
        onChange: o.onChange,
        ...(o.onEvent ? { onEvent: o.onEvent } : {}),
      })
    : null;
  return {
    status: () => ({
      link: link.status(),
      publish: { enabled: s.publish, site: s.site, lastPublishedAt: publisher?.status().lastPublishedAt ?? null },
      watch: {
        enabled: s.watch,
        summary: fleetSummary(watcher?.sites() ?? [], o.clock.now()),
        refused: watcher?.refused ?? 0,
        badNames: watcher?.badNames ?? 0,
        ...(watcher ? { heard: watcher.heardAll } : {}),
        twoRunners: (watcher?.sites() ?? [])
          .filter((x) => typeof x.twoRunnersAt === 'number')
          .slice(0, SITES_EVENT_NAMES_MAX)
          .map((x) => x.site),
      },
    }),
    sites: () => watcher?.sites() ?? [],
    site: (name) => watcher?.site(name) ?? null,
    events: (name, limit) => watcher?.events(name, limit) ?? [],
    forget: (name) => watcher?.forget(name) ?? false,
    offer: () => publisher?.offer(),
    async close() {
      watcher?.close();
      await publisher?.stop();
      await link.close();
      return link.status().error;
    },
  };
}
