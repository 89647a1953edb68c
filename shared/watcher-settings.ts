/**
 * The change hook and the heartbeat (issue 42), both off by default. Pure. (A stub until they land.)
 */
import { z } from 'zod';

export const hookSchema = z.strictObject({});
export type HookSettings = z.infer<typeof hookSchema>;

export const heartbeatSchema = z.strictObject({});
export type HeartbeatSettings = z.infer<typeof heartbeatSchema>;
