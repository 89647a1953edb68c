/**
 * The `speedTest` part of the settings (issue 42): download and upload speed, latency and
 * jitter measured against Cloudflare's speed endpoints (or a server that answers like them),
 * on demand and every so many hours. Off by default; bounded in bytes and time; skipped on a
 * connection the OS says is metered. docs/speed-test.md says how it measures. Pure.
 */
import { z } from 'zod';

import { about, httpUrlSchema } from './schema-common';

export const SPEED_DEFAULT_SERVER = 'https://speed.cloudflare.com';
export const SPEED_FAMILIES = ['ipv4', 'ipv6'] as const;

export const speedTestSchema = z.strictObject({
  enabled: z
    .boolean()
    .default(false)
    .meta(
      about(
        'Allow speed tests',
        'Measure download and upload speed when asked or on the schedule; each test moves up to the limit below.',
      ),
    ),
  everyHours: z
    .number()
    .int()
    .min(0)
    .max(168)
    .default(0)
    .meta(about('Test every (hours)', 'Time between two scheduled tests; 0 tests only when you ask.')),
  server: httpUrlSchema
    .default(SPEED_DEFAULT_SERVER)
    .meta(about('Speed test server', 'Serves /__down and /__up as speed.cloudflare.com does.')),
  family: z
    .enum(SPEED_FAMILIES)
    .default('ipv4')
    .meta(
      about('Test over', 'The address family the test connects with.', {
        ipv4: 'IPv4',
        ipv6: 'IPv6',
      }),
    ),
  maxMegabytes: z
    .number()
    .int()
    .min(1)
    .max(2000)
    .default(100)
    .meta(about('Data per test (MB)', 'Most a test downloads and uploads together; larger steps are left out.')),
  maxSeconds: z
    .number()
    .int()
    .min(5)
    .max(300)
    .default(30)
    .meta(about('Time per test (s)', 'A test stops here and reports what it measured so far.')),
  skipMetered: z
    .boolean()
    .default(true)
    .meta(
      about(
        'Skip metered connections',
        'Do not test while the system says the connection is metered (Linux NetworkManager, Windows).',
      ),
    ),
});
export type SpeedTestSettings = z.infer<typeof speedTestSchema>;
