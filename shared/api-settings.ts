/**
 * The `api` part of the settings: the local HTTP API and web dashboard (docs/api.md).
 * Loopback only unless `lan` is set; the bearer token is generated at first run in the data
 * folder, or given here (by reference, preferably).
 */
import { z } from 'zod';

import { secretRefSchema } from './secret';

export const apiSettingsSchema = z.strictObject({
  /** Serve the API and the dashboard while the monitor runs. */
  enabled: z.boolean().default(true),
  /** TCP port; 0 picks a free one (it is logged). */
  port: z.number().int().min(0).max(65_535).default(8787),
  /** Also listen on the local network (all interfaces), not only on this machine. */
  lan: z.boolean().default(false),
  /**
   * The bearer token, or a reference to it (`{ "env": ... }`, `{ "file": ... }`). Absent: a
   * random token is made at first run and kept in DATA_DIR/api-token (mode 0600).
   */
  token: z.union([z.string().min(16, 'use at least 16 characters'), secretRefSchema]).optional(),
  /** How long a browser stays signed in, hours. */
  sessionHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
});
export type ApiSettings = z.infer<typeof apiSettingsSchema>;
