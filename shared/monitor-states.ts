/**
 * A service monitor's states, apart from the contract's schemas (contract-monitors.ts), so that
 * the dashboard's first load reads them without zod. Pure.
 */

/** up: the last check passed; down: `downAfter` checks in a row failed (why says); unknown: not checked yet, or failing fewer times than that; off: switched off. */
export const MONITOR_STATES = ['up', 'down', 'unknown', 'off'] as const;
export type MonitorState = (typeof MONITOR_STATES)[number];
