/**
 * The contract's path part (issue 77): a traced path as the history keeps it, with what changed
 * since the one before (shared/path.ts) in structure and in words, and its methods: trace it now,
 * read the past ones. Settings are settings/path.ts. Pure.
 */
import * as z from 'zod/mini';

import { PATH_TOOLS, PATH_TRIGGERS, type PathDiff } from '../path';
import { described } from './described';
import { GET, method, none, POST } from './method';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');

const hopSchema = z.object({
  ttl: described(z.number(), 'the distance in hops (TTL)'),
  address: described(z.nullable(z.string()), 'the address that answered; null: no reply'),
  rttMs: z.nullable(z.number()),
  asn: described(z.nullable(z.number()), "the hop's AS from the offline table; null: unknown"),
});

const asns = z.array(z.number());
export const pathDiffSchema: z.ZodMiniType<PathDiff> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first') }),
  z.object({ kind: z.literal('same'), hops: z.number() }),
  z.object({
    kind: z.literal('changed'),
    hops: z.array(z.object({ ttl: z.number(), before: z.nullable(z.string()), after: z.nullable(z.string()) })),
    lengthBefore: z.number(),
    lengthAfter: z.number(),
    networksBefore: described(asns, 'the AS numbers on the way before, in order'),
    networksAfter: asns,
  }),
]);

export const storedPathSchema = z.object({
  id: z.number(),
  at: epochMs,
  trigger: described(z.enum(PATH_TRIGGERS), 'change: after a confirmed address change; manual: asked for'),
  tool: z.enum(PATH_TOOLS),
  target: z.string(),
  reached: described(z.boolean(), 'the target itself answered'),
  hops: z.array(hopSchema),
  diff: described(pathDiffSchema, 'what changed since the path before it'),
  said: described(z.array(z.string()), "the diff in words, in the reader's language"),
});
export type PathRecord = z.infer<typeof storedPathSchema>;

export const pathRunAnswerSchema = z.discriminatedUnion('ran', [
  z.object({ ran: z.literal(true), path: storedPathSchema }),
  z.object({
    ran: z.literal(false),
    why: described(z.enum(['off', 'no-tool', 'bad-target', 'failed', 'busy']), 'why no path was traced'),
    said: described(z.string(), 'why, in words'),
    detail: z.optional(described(z.string(), "a failed trace's own words (the tool's), as they came")),
  }),
]);
export type PathRunAnswer = z.infer<typeof pathRunAnswerSchema>;

export const pathsQuerySchema = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1)).check(z.lte(500)), 20),
});
export type PathsQuery = z.input<typeof pathsQuerySchema>;

export const pathApi = {
  /** Traces the path to the target now (or joins the trace under way) and answers with it, or why none ran. */
  tracePath: method({
    summary: 'Trace the path',
    http: POST('/paths/trace'),
    mutates: true,
    input: none,
    output: pathRunAnswerSchema as Schema<PathRunAnswer>,
  }),
  /** Past paths, newest first, each with what changed since the one before. */
  getPaths: method({
    summary: 'Paths',
    http: GET('/paths'),
    mutates: false,
    input: pathsQuerySchema,
    output: z.object({ items: z.array(storedPathSchema) }) as Schema<{ items: PathRecord[] }>,
  }),
};
