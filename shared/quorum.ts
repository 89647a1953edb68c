/**
 * The quorum a family's check can reach, shared by the engine (consensus.ts decides with it)
 * and the dashboard (the Sources note says "3 of 3 must agree"). Pure.
 */

/**
 * The quorum a set of sources can ever reach: never more than the distinct providers
 * configured, so a user with only two custom sources of one operator still gets answers.
 */
export function effectiveQuorum(configured: number, providers: ReadonlySet<string>): number {
  return Math.max(1, Math.min(configured, providers.size));
}
