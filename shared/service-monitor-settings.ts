/**
 * Service monitors (issue 42): a TCP port, an HTTP(S) URL or a DNS name checked after every
 * confirmed change and on their own interval. Pure. (A stub until the monitors land.)
 */
import { z } from 'zod';

export const serviceMonitorsSchema = z.strictObject({});
export type ServiceMonitorsSettings = z.infer<typeof serviceMonitorsSchema>;
