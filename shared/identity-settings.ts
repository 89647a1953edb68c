/**
 * Network identity settings (issue 41): the offline databases need none; the optional online
 * enrichment, off by default, is set here. Pure. (A stub until the enrichment lands.)
 */
import { z } from 'zod';

export const identitySettingsSchema = z.strictObject({});
export type IdentitySettings = z.infer<typeof identitySettingsSchema>;
