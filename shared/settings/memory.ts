/**
 * The `memory` part of the settings (issue 77): how often the runner samples its own memory, and
 * the bound whose crossing sends one notice (shared/memory-bound.ts decides; 0 takes the default
 * from the container's limit or the machine's memory, memoryBound). Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, withMeta } from './schema-common';

export const memorySettingsSchema = z.strictObject({
  alertAboveMB: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(1_048_576)), 0),
    about(
      'Memory notice above (MB)',
      "One notice when RSS passes it; 0: 80 % of a container's limit, else 25 % of memory, at least 256 MB.",
    ),
  ),
  sampleSec: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(3600)), 60),
    about('Sample memory every (seconds)', 'How often the memory is read for the chart and compared with the bound.'),
  ),
});
export type MemorySettings = z.infer<typeof memorySettingsSchema>;
