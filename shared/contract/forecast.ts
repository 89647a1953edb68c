/**
 * The contract's part for insight and the forecast from the history (issue 42): getForecast, each
 * family's holds (median and spread), the hours and weekdays changes happen at, the lease period
 * estimate and the next change with its confidence, or why there is none (docs/forecast.md). Pure.
 */
import * as z from 'zod/mini';

import type { ForecastAnswer } from '../forecast-history';
import { isTimeZone } from '../time-zone';
import { described } from './described';
import { GET, method } from './method';
import type { Schema } from './status';

const epochMs = described(z.number(), 'epoch ms');
const family = z.union([z.literal(4), z.literal(6)]);

export const forecastQuerySchema = z.strictObject({
  family: described(z.optional(z.pipe(z.coerce.number(), family)), '4 or 6; both when absent'),
  tz: described(
    z.optional(
      z.string().check(z.maxLength(64), z.refine(isTimeZone, 'unknown time zone (expected e.g. Europe/Berlin)')),
    ),
    "IANA zone the hour and weekday counts are in; default: the messages' zone (notifications.timezone)",
  ),
});
export type ForecastQuery = z.input<typeof forecastQuerySchema>;

const holdStats = z.object({
  count: z.number(),
  medianMs: z.number(),
  q1Ms: z.number(),
  q3Ms: z.number(),
  iqrMs: described(z.number(), 'q3 - q1: the spread, half of the holds lie in it'),
  minMs: z.number(),
  maxMs: z.number(),
});

export const familyForecastSchema = z.object({
  family,
  verdict: z.enum(['forecast', 'too-short', 'no-pattern']),
  reason: described(z.string(), 'the verdict in words, with its figures'),
  patternShare: described(
    z.nullable(z.number()),
    '0..1: share of past holds that lasted within the window around the usual hold; null while too short a history',
  ),
  changes: z.number(),
  untimed: described(z.number(), 'changes seen only after a gap in monitoring: not in the histograms'),
  holds: described(z.nullable(holdStats), 'times from one change to the next; null before two changes'),
  current: z.nullable(z.object({ since: epochMs, heldMs: z.number() })),
  hours: described(z.array(z.number()), 'changes per hour of the day, 0-23, in timeZone'),
  weekdays: described(z.array(z.number()), 'changes per weekday, Monday first, in timeZone'),
  usualHour: z.nullable(z.object({ hour: z.number(), share: z.number() })),
  period: described(
    z.nullable(z.object({ ms: z.number(), windowMs: z.number(), share: z.number() })),
    'the usual hold (a lease or forced reconnect period) when holds cluster around it',
  ),
  next: z.nullable(
    z.object({
      at: epochMs,
      from: epochMs,
      to: epochMs,
      confidence: described(z.number(), '0..1: share of past holds whose length fell within the same window'),
      overdue: z.boolean(),
    }),
  ),
});

export const forecastAnswerSchema = z.object({
  at: epochMs,
  timeZone: z.string(),
  families: z.array(familyForecastSchema),
});

export const forecastApi = {
  /** Each family's holds, change hours and weekdays, lease period and next change, from the last year of history. */
  getForecast: method({
    summary: 'Forecast of the next address change',
    http: GET('/forecast'),
    mutates: false,
    input: forecastQuerySchema,
    output: forecastAnswerSchema as Schema<ForecastAnswer>,
  }),
};
