/**
 * Request counts a test can assert on real timers. The engine hedges (hedge.ts): a source that
 * has not answered within its hedge delay is outrun by a request to another. So a busy machine
 * that stalls an answer past that delay rightly makes a check send one request more, and its
 * count then says nothing about the engine; a check that ended sooner cannot have hedged.
 */
import { expect } from 'vitest';

import { hedgeDelayMs } from '../../electron/engine/ip-monitor/hedge';
import type { CheckEvent } from '../../shared/types';
import { WORLD_TIMEOUT_MS } from './world';

/** True when every one of `checks` ended sooner than the shortest hedge delay: their counts are exact. */
export const tooQuickToHedge = (
  checks: readonly Pick<CheckEvent, 'durationMs'>[],
  timeoutMs: number = WORLD_TIMEOUT_MS,
): boolean => checks.every((c) => c.durationMs < hedgeDelayMs(0, timeoutMs));

/** `n` where the checks were too quick to hedge, else any count: what a request count may assert. */
export const exactUnlessHedged = (
  checks: readonly Pick<CheckEvent, 'durationMs'>[],
  n: number,
  timeoutMs: number = WORLD_TIMEOUT_MS,
): unknown => (tooQuickToHedge(checks, timeoutMs) ? n : expect.any(Number));
