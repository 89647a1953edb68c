/**
 * The contract's part for the map of where the addresses were (issue 77): getMap, the time held
 * per country over a period, each run with its country's point, and the moves in order
 * (shared/map/aggregate.ts; docs/identity.md, "The map"). Pure.
 */
import * as z from 'zod/mini';

import type { MapAnswer } from '../map/from-history';
import { described } from './described';
import { GET, method } from './method';
import type { Schema } from './schema';

const epochMs = described(z.number(), 'epoch ms');
const family = z.union([z.literal(4), z.literal(6)]);
const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().check(z.int(), z.gte(min), z.lte(max));
const lonLat = described(z.tuple([z.number(), z.number()]), '[longitude, latitude] in degrees');

export const mapQuerySchema = z.strictObject({
  from: described(z.optional(int(0)), 'start of the period, epoch ms; default: `days` before `to`'),
  to: described(z.optional(int(0)), 'end of the period, epoch ms; default now'),
  days: described(z.optional(int(1, 3660)), 'length of the period when `from` is absent (default 30)'),
});
export type MapQueryInput = z.input<typeof mapQuerySchema>;

export const mapAnswerSchema = z.object({
  from: epochMs,
  to: epochMs,
  countries: z.array(z.object({ code: described(z.string(), 'ISO 3166-1 alpha-2'), heldMs: z.number() })),
  unknownMs: described(z.number(), 'time of the period with no address in a known country'),
  runs: z.array(
    z.object({
      family,
      ip: z.string(),
      from: described(epochMs, 'the run clipped to the period'),
      to: epochMs,
      heldMs: z.number(),
      country: z.nullable(z.string()),
      asn: z.nullable(z.number()),
      org: z.nullable(z.string()),
      point: described(z.nullable(lonLat), "its country's marker point; null when the country is unknown"),
    }),
  ),
  moves: z.array(
    z.object({ family, at: epochMs, from: lonLat, to: lonLat, fromCountry: z.string(), toCountry: z.string() }),
  ),
  total: described(z.number(), 'runs of the period in the history; the newest 10,000 are drawn'),
}) as unknown as Schema<MapAnswer>;

export const mapApi = {
  /** Where the public addresses were over a period: time held per country, runs and moves. */
  getMap: method({
    summary: 'Where the addresses were',
    http: GET('/map'),
    mutates: false,
    input: mapQuerySchema,
    output: mapAnswerSchema,
  }),
};
