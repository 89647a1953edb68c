/**
 * The contract's service monitors part (issue 42): each monitor's state for the status, and its
 * methods. Pure. (A stub until the monitors land: no method yet.)
 */

/** Each monitor's state; refined by the monitors' work. */
export interface MonitorsStatus {
  items: unknown[];
}

export const monitorsApi = {};
