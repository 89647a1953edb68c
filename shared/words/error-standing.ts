/**
 * Whether a kept last error is the thing's state now, or history: a channel's, a source's or a
 * provider's status keeps its last error after it recovers, and shown as it was, red under a
 * green "ok", it told two stories at once. Pure.
 *
 * | last error | failing now | a success after it | standing                                      |
 * |------------|-------------|--------------------|-----------------------------------------------|
 * | none       | any         | any                | none: nothing to show                         |
 * | some       | yes         | any                | current: shown as the state's reason          |
 * | some       | no          | yes                | recovered: "last error 10 min ago, since ..." |
 * | some       | no          | no, or unknown     | past: "last error 10 min ago"                 |
 */
export type ErrorStanding = 'none' | 'current' | 'recovered' | 'past';

export interface ErrorFacts {
  error: string | null | undefined;
  /** When the error happened (epoch ms), when known. */
  errorAt: number | null | undefined;
  /** When it last worked (epoch ms), when known. */
  okAt: number | null | undefined;
  /** Its state now says it is failing (retrying, failing, paused by an error...). */
  failingNow: boolean;
}

export function errorStanding(f: ErrorFacts): ErrorStanding {
  if (!f.error) return 'none';
  if (f.failingNow) return 'current';
  if (f.okAt !== null && f.okAt !== undefined && (f.errorAt === null || f.errorAt === undefined || f.okAt > f.errorAt))
    return 'recovered';
  return 'past';
}
