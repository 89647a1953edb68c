/**
 * The `path` part of the settings (issue 77): the route to a fixed public target traced with
 * the system's tracepath or traceroute at each confirmed change and when asked. Off by default;
 * when on, the egress inventory declares the target (electron/engine/egress/configured.ts).
 * docs/path.md says how. Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { parseAddress } from '../ip';
import { about, withMeta } from './schema-common';

/** A public unicast address, as the monitor accepts an answer (parseAddress: strictly formed). */
const isPublic = (text: string) => parseAddress(text)?.addr.range() === 'unicast';

/** Quad9's anycast resolver: public, answers on every continent, not the echo services' own hosts. */
export const PATH_DEFAULT_TARGET = '9.9.9.9';

export const pathSettingsSchema = z.strictObject({
  enabled: withMeta(
    z._default(z.boolean(), false),
    about(
      'Trace the path',
      'At each confirmed change and when asked, trace the route to the target with tracepath or traceroute.',
    ),
  ),
  target: withMeta(
    z._default(
      z.string().check(z.trim(), z.refine(isPublic, SAYS['settings.schemaSays.pathTarget'])),
      PATH_DEFAULT_TARGET,
    ),
    about('Path target', 'A public address (IPv4 or IPv6) the route is traced to.'),
  ),
});
export type PathSettings = z.infer<typeof pathSettingsSchema>;
