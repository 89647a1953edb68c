/**
 * The contract's fleet part (issue 51): what a site publishes to the broker, how a watcher reads
 * it, what the watcher shows of each site, and the methods that show it (`GET /sites`, one site
 * with its recent events). Settings are settings/fleet.ts. Pure.
 *
 * One file per concern under fleet/: the payload (payload.ts), the sites a watcher shows
 * (sites.ts), the checks of what a site sends (checked.ts), the methods (methods.ts), and the pieces they are built of (parts.ts).
 */

export * from './fleet/checked';
export * from './fleet/methods';
export { FLEET_LIST_MAX, FLEET_TEXT_MAX } from './fleet/parts';
export * from './fleet/payload';
export * from './fleet/sites';
