/**
 * The `router` part of the settings: asking the home router (NAT-PMP, PCP, UPnP-IGD) for its
 * external IPv4 address: a reason to check at once when it changes, a witness for steady checks
 * (monitor.confirmMinutes), and the NAT verdict in the status. Silent when the router speaks none.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { about, withMeta } from './schema-common';

export const routerSettingsSchema = z.strictObject({
  enabled: withMeta(
    z._default(z.boolean(), true),
    about('Ask the router', 'Ask the home router for its external IPv4 address by NAT-PMP, PCP and UPnP.'),
  ),
  pollMinutes: withMeta(
    z._default(z.number().check(z.int(), z.gte(1), z.lte(60)), 5),
    about('Ask the router every (minutes)', 'Time between two questions to the router when it announces nothing.'),
  ),
  listen: withMeta(
    z._default(z.boolean(), true),
    about(
      'Hear router announcements',
      "Listen for the router's NAT-PMP/PCP announcements and UPnP events, and ask at once.",
    ),
  ),
});

export type RouterSettings = z.infer<typeof routerSettingsSchema>;
