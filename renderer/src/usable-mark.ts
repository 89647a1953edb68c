/**
 * Marks the moment the dashboard first shows the engine's answer (the addresses), once per page
 * load: `npm run bench -- ui` reads it as "usable after a cold load" (bench/ui/dashboard.ts).
 */
export const USABLE_MARK = 'ipwatch:dashboard-usable';

export function markUsable(): void {
  if (performance.getEntriesByName(USABLE_MARK).length === 0) performance.mark(USABLE_MARK);
}
