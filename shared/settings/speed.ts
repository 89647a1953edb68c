/**
 * The `speedTest` part of the settings (issue 42): download and upload speed, latency and
 * jitter measured against Cloudflare's speed endpoints (or a server that answers like them),
 * on demand and every so many hours. Off by default; bounded in bytes and time; skipped on a
 * connection the OS says is metered. docs/speed-test.md says how it measures. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, httpUrlSchema, withMeta } from './schema-common';

export const SPEED_DEFAULT_SERVER = 'https://speed.cloudflare.com';
export const SPEED_FAMILIES = ['ipv4', 'ipv6'] as const;

export const speedTestSchema = z.strictObject({
  enabled: withMeta(
    z._default(z.boolean(), false),
    about(
      'Allow speed tests',
      'Measure download and upload speed when asked or on the schedule; each test moves up to the limit below.',
    ),
  ),
  everyHours: withMeta(
    z._default(z.number().check(z.int(), z.gte(0), z.lte(168)), 0),
    about('Test every (hours)', 'Time between two scheduled tests; 0 tests only when you ask.'),
  ),
  server: withMeta(
    z._default(httpUrlSchema, SPEED_DEFAULT_SERVER),
    about('Speed test server', 'Serves /__down and /__up as speed.cloudflare.com does.'),
  ),
  family: withMeta(
    z._default(z.enum(SPEED_FAMILIES), 'ipv4'),
    about('Test over', 'The address family the test connects with.', {
      ipv4: 'IPv4',
      ipv6: 'IPv6',
    }),
  ),
  maxMegabytes: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(2000)), 100),
    about('Data per test (MB)', 'Most a test downloads and uploads together; larger steps are left out.'),
  ),
  maxSeconds: withMeta(
    z._default(z.number().check(z.int(), z.gte(5), z.lte(300)), 30),
    about('Time per test (s)', 'A test stops here and reports what it measured so far.'),
  ),
  skipMetered: withMeta(
    z._default(z.boolean(), true),
    about(
      'Skip metered connections',
      'Do not test while the system says the connection is metered (Linux NetworkManager, Windows).',
    ),
  ),
});
export type SpeedTestSettings = z.infer<typeof speedTestSchema>;
