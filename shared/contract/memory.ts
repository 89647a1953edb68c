/**
 * The contract's part for the runner's memory over time (issue 77): getMemory, the bounded series
 * the memory part keeps (shared/memory-series.ts), the bound in force and where it came from, and
 * whether RSS is above it now (a notice was sent and has not been re-armed). Pure.
 */
import * as z from 'zod/mini';

import type { MemoryBound, MemorySample } from '../memory-bound';
import { described } from './described';
import { GET, method, none } from './method';
import type { Schema } from './schema';

const bytes = (what: string) => described(z.number(), what);

export const memorySampleSchema = z.object({
  at: described(z.number(), 'epoch ms of the sample'),
  rssBytes: bytes('resident memory (RSS)'),
  heapUsedBytes: bytes('the V8 heap in use'),
  heapTotalBytes: bytes('the V8 heap reserved'),
  nativeBytes: bytes('RSS outside the V8 heap'),
  wasmBytes: bytes("the history's SQLite wasm memory"),
  app: described(
    z.optional(
      z.object({
        totalBytes: bytes("the app's other processes' memory together (their working sets)"),
        byType: z.array(z.object({ type: z.string(), count: z.number(), bytes: bytes('their working sets together') })),
      }),
    ),
    "the app's other processes (its pages, the GPU, helpers) by Electron's process type, largest first; absent headless",
  ),
}) as Schema<MemorySample>;

export const memoryBoundSchema = z.object({
  bytes: bytes('the RSS that sends a memory notice'),
  source: z.enum(['setting', 'cgroup-v2', 'cgroup-v1', 'machine', 'machine-floor']),
  fromBytes: described(z.nullable(z.number()), "the container's limit or the machine's memory it was taken from"),
}) as Schema<MemoryBound>;

/** The runner's memory as the API serves it. */
export interface MemoryAnswer {
  /** The bound; null before the part read its limits. */
  bound: MemoryBound | null;
  /** The bound and where it came from, in English (the page and the bot say it from `bound` in their language). */
  boundSays: string | null;
  /** RSS passed the bound and has not yet fallen below 90 % of it: the notice was sent. */
  above: boolean;
  sampleSec: number;
  /** Samples taken since the runner started (each compared with the bound). */
  samplesTaken: number;
  /** Oldest first: one a minute for the last day, one an hour before (each its bucket's peak), at most 30 days. */
  points: MemorySample[];
}

export const memoryAnswerSchema = z.object({
  bound: z.nullable(memoryBoundSchema),
  boundSays: z.nullable(z.string()),
  above: z.boolean(),
  sampleSec: z.number(),
  samplesTaken: z.number(),
  points: z.array(memorySampleSchema),
}) as Schema<MemoryAnswer>;

export const memoryApi = {
  /** The runner's memory over time (a point a minute for a day, an hour before), and its bound. */
  getMemory: method({
    summary: "The runner's memory over time",
    http: GET('/memory'),
    mutates: false,
    input: none,
    output: memoryAnswerSchema,
  }),
};
