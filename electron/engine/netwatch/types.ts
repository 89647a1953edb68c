/** What a child process that reports network events is, to the code that runs it. */
import type { Reason } from '../../../shared/contract/reason';

/** The OS facility behind an event source, as the status names it. */
export type WatchKind = 'netlink' | 'route-socket';

/**
 * One event source: a long-running command whose output lines tell of network changes, and
 * the reading of those lines. Plain data, so a caller can run the same source another way
 * (inside a network namespace, with another PATH).
 */
export interface WatchSpec {
  kind: WatchKind;
  command: string;
  args: readonly string[];
  /** The child's environment (its PATH finds the command). */
  env: NodeJS.ProcessEnv;
  /**
   * A fresh line reader for one run of the child: true when the line may tell of a change of
   * the addresses or the default route, so the state is worth reading again. A reader may keep
   * state between lines (a message over several lines).
   */
  reader(): (line: string) => boolean;
}

/** What the monitor is given on this system: the event source, if any, and a reading of the default routes. */
export interface NetWatch {
  spec: WatchSpec | null;
  /** Why there is no event source here; null when there is one. */
  none: string | null;
  /** `none` as a code and its values (shared/contract/reason.ts). */
  noneReason?: Reason | null;
  /** The default routes as one comparable string ('' where they cannot be read without a child process). */
  readRoutes(): string;
}
