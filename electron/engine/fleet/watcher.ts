/**
 * Watches the fleet: subscribes to `<prefix>/+/state` and `<prefix>/+/event` on each (re)connect,
 * holds each site (sites.ts) and keeps what it learnt in the history's fleet tables
 * (store/fleet.ts), so a restarted watcher starts from what it knew, and the broker's retained
 * states on reconnecting record what changed while it was away. The differences are recorded from
 * the states (one source for live changes and missed ones); an event message only says the site
 * was seen. An empty retained state (a site cleared from the broker by hand) is ignored.
 *
 * Each state is read by the contract's schema and its values checked (contract/fleet/checked.ts):
 * an address not of its family is unknown, a text with a control, bidi or non-character has them
 * replaced, each counted in the site's `refusedValues`. No message can stop the ones after it: a state over FLEET_STATE_MAX_BYTES is named unreadable
 * before it is decoded (the broker drops one over the link's MAX_PACKET_BYTES), a list over
 * FLEET_LIST_MAX makes it unreadable too, and whatever else goes wrong in handling one message is
 * caught, logged and recorded as the site's unreadable reason: mqtt.js stops reading packets when a
 * message listener throws, and the broker would send the same retained state at every reconnect.
 *
 * Whether it heard every retained state the broker holds is the broker's own figure (heard.ts): the
 * `$SYS` topics are asked for in the same SUBSCRIBE, before the states, and a refusal of them is
 * not the link's failure (the count is then unknown).
 *
 * A site is forgotten by a person (forget) or after `forgetAfterDays` not heard (forget.ts says
 * which and when it comes back); the store keeps a marker so a restart forgets it still.
 */
import type { FleetEvent, FleetSite, FleetState } from '../../../shared/contract/fleet';
import { FLEET_STATE_MAX_BYTES, type FleetRead, readSiteState, tooLongWords } from '../../../shared/contract/fleet';
import { hasUnsafeChar } from '../../../shared/text-chars';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { reason } from '../reason';
import type { FleetStore, ForgottenSite, NewFleetEvent } from '../store/fleet';
import { clipText } from './changes';
import { type Claims, claimStep, twoRunnersAt } from './claims';
import { dueToForget, FORGET_SWEEP_MS, heardAgain } from './forget';
import { freshHeard, type Heard, HEARD_WAIT_MS, heardStep, heardVerdict, SYS_TOPICS } from './heard';
import type { FleetLink } from './link';
import { applyHeard, SiteTable } from './sites';

export interface WatcherOptions {
  link: FleetLink;
  prefix: string;
  /** This runner's own site when it publishes too: shown as this machine. */
  ownSite: string | null;
  store: FleetStore;
  clock: Clock;
  logger: Logger;
  /** Sites neither online nor heard for this many days are forgotten (0: never). */
  forgetAfterDays: number;
  /** Called after a site's row changed, with its name (the live stream's `sites` event). */
  onChange(site: string): void;
  /** Called with each event recorded, for the alert policy (runtime/fleet.ts feeds the notifier). */
  onEvent?(news: SiteNews): void;
}

/** An event recorded, with what the alert policy needs of the site (notify/policy/fleet.ts). */
export interface SiteNews {
  event: NewFleetEvent;
  thisMachine: boolean;
  /** offline: since when (null: it went while this watcher was away, time not known); online: since when it had been offline (null: not known offline). */
  offlineSince: number | null;
  /** The time the site's own state gives, when it has one. */
  stateAt: number | null;
  /** Known neither online nor offline before: a first sighting. */
  firstSeen: boolean;
}

/** What an event of `site` (as it is now; `held` before) tells the policy. Pure. */
export function siteNews(held: FleetSite | null, site: FleetSite, event: NewFleetEvent): SiteNews {
  // A will learnt on reconnecting says nothing of when: its since is only when it was heard.
  const offline = !event.whileAway || site.since !== event.at ? site.since : null;
  const offlineSince = event.kind === 'offline' ? offline : held?.online === false ? held.since : null;
  const firstSeen = held === null || held.online === null;
  return { event, thisMachine: site.thisMachine, offlineSince, stateAt: site.state?.at ?? null, firstSeen };
}

export class FleetWatcher {
  private readonly table = new SiteTable();
  private readonly off: () => void;
  private warnedFull = false;
  private badNameCount = 0;
  /** The clients whose messages are heard: one listener each, however often it reconnects. */
  private readonly listening = new WeakSet<object>();
  private readonly forgotten: Map<string, ForgottenSite>;
  /** Each held site's last state's `at` on its own clock (the held one is clamped, site-clock.ts). */
  private readonly ownAt = new Map<string, number>();
  /** Each held site's publisher runs heard (claims.ts): two alternating are two runners. */
  private readonly claims = new Map<string, Claims>();
  private sweepTimer: ReturnType<Clock['setTimeout']> | null = null;
  /** What the broker's figures say of the retained states heard since the last subscription (heard.ts). */
  private heardRecord = freshHeard();
  private heardTimer: ReturnType<Clock['setTimeout']> | null = null;

  constructor(private readonly o: WatcherOptions) {
    for (const site of o.store.fleetSites()) this.table.put({ ...site, thisMachine: site.site === o.ownSite });
    this.forgotten = o.store.fleetForgotten();
    this.sweep();
    this.off = o.link.onConnect((client) => {
      if (!this.listening.has(client))
        client.on('message', (topic, body, p) => this.heardSafely(topic, body, p.retain));
      this.listening.add(client);
      this.countAgain();
      const sys: readonly string[] = SYS_TOPICS;
      client
        .subscribeAsync([...SYS_TOPICS, `${o.prefix}/+/state`, `${o.prefix}/+/event`], { qos: 1 })
        .then((granted) => {
          const refused = granted.filter((g) => g.qos >= 0x80 && !sys.includes(g.topic)).map((g) => g.topic);
          if (refused.length)
            o.link.fail(reason('reason.fleetLink.readRefused', { first: refused[0]!, second: refused[1] ?? 'none' }));
        })
        .catch((err: unknown) =>
          o.link.fail(
            reason('reason.fleetLink.cannotSubscribe', { said: err instanceof Error ? err.message : String(err) }),
          ),
        );
    });
  }

  sites(): FleetSite[] {
    return this.table.all();
  }

  site(name: string): FleetSite | null {
    return this.table.get(name);
  }

  events(name: string, limit: number): FleetEvent[] {
    return this.o.store.fleetEvents(name, limit);
  }

  /** Whether this watcher heard every retained state the broker holds, in the broker's figures (heard.ts). */
  get heardAll(): Heard {
    return heardVerdict(this.heardRecord);
  }

  get refused(): number {
    return this.table.refused;
  }

  /** Messages dropped for a site name (its topic level) that holds a control, bidi or non-character. */
  get badNames(): number {
    return this.badNameCount;
  }

  close(): void {
    this.off();
    if (this.sweepTimer) this.o.clock.clearTimeout(this.sweepTimer);
    if (this.heardTimer) this.o.clock.clearTimeout(this.heardTimer);
    this.sweepTimer = this.heardTimer = null;
  }

  /** A new subscription: the broker sends every retained state again, counted from nothing. */
  private countAgain(): void {
    this.heardRecord = freshHeard();
    if (this.heardTimer) this.o.clock.clearTimeout(this.heardTimer);
    this.heardTimer = this.o.clock.setTimeout(() => {
      this.heardRecord = { ...this.heardRecord, timedOut: true };
      this.heardTimer = null;
    }, HEARD_WAIT_MS);
  }

  /**
   * Forgets a site here (never on the broker): gone from the rows, its events deleted, its
   * messages ignored until it publishes again. False when no such site is held.
   */
  forget(name: string): boolean {
    const site = this.table.get(name);
    if (!site) return false;
    const off = Math.max(0, site.clockOffMs ?? 0);
    const stateAt = this.ownAt.get(name) ?? (typeof site.state?.at === 'number' ? site.state.at + off : null);
    const marker = { at: this.o.clock.now(), stateAt };
    this.table.delete(name);
    this.ownAt.delete(name);
    this.claims.delete(name);
    this.forgotten.set(name, marker);
    try {
      this.o.store.forgetFleetSite(name, marker);
    } catch (err) {
      this.o.logger.warn('fleet: the history did not forget a site', { site: name, error: String(err) });
    }
    this.o.onChange(name);
    return true;
  }

  /** Forgets the sites not heard for forgetAfterDays, then looks again in FORGET_SWEEP_MS. */
  private sweep(): void {
    for (const name of dueToForget(this.table.all(), this.o.clock.now(), this.o.forgetAfterDays)) {
      this.o.logger.info('fleet: a site not heard for long is forgotten', { site: name, days: this.o.forgetAfterDays });
      this.forget(name);
    }
    if (this.o.forgetAfterDays > 0) this.sweepTimer = this.o.clock.setTimeout(() => this.sweep(), FORGET_SWEEP_MS);
  }

  /** The message listener: never throws (see the top of this file). */
  private heardSafely(topic: string, body: Buffer, retained: boolean): void {
    const name = this.siteOf(topic)?.[0];
    try {
      this.heard(topic, body, retained);
    } catch (err) {
      const why = clipText(`could not be handled: ${err instanceof Error ? err.message : String(err)}`);
      this.o.logger.warn('fleet: a message could not be handled', { topic: topic.slice(0, 300), error: why });
      if (name === undefined) return;
      try {
        this.keep(name, { ok: false, reason: why }, retained);
      } catch {
        // Logged above; the next message is what matters.
      }
    }
  }

  private siteOf(topic: string): [string, string] | null {
    const rest = topic.startsWith(`${this.o.prefix}/`) ? topic.slice(this.o.prefix.length + 1).split('/', 3) : [];
    return rest.length === 2 ? (rest as [string, string]) : null;
  }

  private heard(topic: string, body: Buffer, retained: boolean): void {
    if (topic.startsWith('$SYS/')) {
      this.heardRecord = heardStep(this.heardRecord, topic, body.subarray(0, 32).toString('latin1'), retained);
      return;
    }
    const level = this.siteOf(topic);
    if (!level) return;
    const [name, leaf] = level;
    // A site's name is its topic level, which the site chose: one that would reverse or hide text
    // (a right-to-left override mosquitto lets through) is never held or shown (issue 73).
    if (hasUnsafeChar(name)) return this.badName(name);
    const held = this.table.get(name);
    const at = this.o.clock.now();
    if (leaf === 'event') {
      // Only a sign of life: the differences come from the states.
      if (held) this.table.put({ ...held, lastSeenAt: at });
      return;
    }
    if (leaf !== 'state' || body.length === 0) return;
    if (retained) this.heardRecord = { ...this.heardRecord, retained: this.heardRecord.retained + 1 };
    // The bytes counted before they are decoded: a state of megabytes is never held as text or objects.
    const { read, refused } =
      body.length > FLEET_STATE_MAX_BYTES
        ? { read: { ok: false as const, reason: tooLongWords(body.length) }, refused: 0 }
        : readSiteState(body.toString('utf8'));
    this.keep(name, read, retained, refused);
  }

  private badName(name: string): void {
    this.badNameCount += 1;
    if (this.badNameCount === 1)
      this.o.logger.warn('fleet: a site name with a control, bidi or non-character is not held', {
        site: JSON.stringify(name.slice(0, 100)),
      });
  }

  /**
   * Keeps what `read` makes of site `name` and records its events; `refused`: its values the
   * contract's checks refused or replaced (contract/fleet/checked.ts), added to the site's count.
   */
  private keep(name: string, read: FleetRead<FleetState>, retained: boolean, refused = 0): void {
    const forgotten = this.forgotten.get(name);
    if (forgotten) {
      if (!heardAgain(forgotten, read, retained)) return;
      this.forgotten.delete(name);
    }
    if (read.ok && typeof read.value.at === 'number') this.ownAt.set(name, read.value.at);
    const held = this.table.get(name);
    const at = this.o.clock.now();
    const applied = applyHeard(held, { site: name, read, at, retained, refused }, name === this.o.ownSite);
    const claim = claimStep(this.claims.get(name) ?? null, read.ok ? read.value.instance : null, at);
    const site = { ...applied.site, twoRunnersAt: twoRunnersAt(held?.twoRunnersAt, claim.alternated, at) };
    const events = applied.events;
    if (!this.table.put(site)) {
      if (!this.warnedFull) this.o.logger.warn('fleet: too many sites, new ones are not held', { site: name });
      this.warnedFull = true;
      return;
    }
    if (claim.claims) this.claims.set(name, claim.claims);
    if (claim.alternated)
      this.o.logger.warn(
        site.thisMachine
          ? 'fleet: another runner publishes as this site: give each runner its own site name'
          : 'fleet: two runners claim one site',
        { site: name },
      );
    try {
      this.o.store.saveFleetSite(site);
      for (const e of events) this.o.store.recordFleetEvent(e);
    } catch (err) {
      this.o.logger.warn('fleet: the history did not take a site', { error: String(err) });
    }
    for (const e of events) this.o.onEvent?.(siteNews(held, site, e));
    this.o.onChange(name);
  }
}
