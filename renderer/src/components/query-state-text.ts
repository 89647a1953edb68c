/** The words QueryState shows for what a page loads ("history", "the audit log"). Pure. */

/** A phrase that already has its determiner ("the audit log") cannot follow "No". */
const DETERMINED = /^(the|a|an|this|that|these|those|my|your|our|its|their)\s/i;

export function queryStateText(what: string): { loading: string; failed: string; empty: string } {
  return {
    loading: `Loading ${what}…`,
    failed: `Could not load ${what}`,
    empty: DETERMINED.test(what) ? `Nothing in ${what} yet.` : `No ${what} yet.`,
  };
}
