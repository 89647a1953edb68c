/**
 * The contract's part for the change hook and the heartbeat (issue 42): their last runs for the
 * status, and their methods. Pure. (A stub until they land: no method yet.)
 */

/** The hook's and the heartbeat's last runs; refined by their work. */
export interface WatcherStatus {
  hook: unknown;
  heartbeat: unknown;
}

export const watcherApi = {};
