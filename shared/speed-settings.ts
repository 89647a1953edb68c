/**
 * The speed test (issue 42), opt-in: on demand and on the user's schedule. Pure. (A stub until it lands.)
 */
import { z } from 'zod';

export const speedTestSchema = z.strictObject({});
export type SpeedTestSettings = z.infer<typeof speedTestSchema>;
