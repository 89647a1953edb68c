/**
 * The first run, as the contract shows it: a data folder the headless runner has just created
 * starts "pending", and the web dashboard then walks the user through the first steps (what to
 * watch, a notification channel, the Discord bot) until they are done or skipped; after that
 * it never comes back. In the app the window's own wizard decides the same flag
 * (shell-contract.ts completeFirstRun). Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';

export const FIRST_RUN_OUTCOMES = ['done', 'skipped'] as const;
export type FirstRunOutcome = (typeof FIRST_RUN_OUTCOMES)[number];

export const firstRunStateSchema = z.object({
  pending: described(z.boolean(), 'true until the first-run steps are done or skipped'),
});
export type FirstRunState = z.infer<typeof firstRunStateSchema>;

export const endFirstRunInputSchema = z.strictObject({
  outcome: described(z.enum(FIRST_RUN_OUTCOMES), 'done: the steps were gone through; skipped: the user left them'),
});
