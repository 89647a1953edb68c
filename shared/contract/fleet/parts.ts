/**
 * The pieces the fleet's schemas are built of (issue 51): the bounds of a payload's texts and
 * lists, and the readers that take an older or newer minor shape as unknown. Not re-exported by
 * contract/fleet.ts but its two bounds. Pure.
 */
import * as z from 'zod/mini';

import { described } from '../described';

/** The most characters a text of a payload may hold (a label, a state, a change's words). */
export const FLEET_TEXT_MAX = 512;
/** A text of a payload or an event: a label, a state, a change's words, why. */
export const text = z.string().check(z.maxLength(FLEET_TEXT_MAX));

/**
 * The most entries each list of a state may hold (its DNS records, its monitors): a site with more
 * publishes the first ones (engine/fleet/payload.ts). A state with a longer list is unreadable, in
 * words.
 */
export const FLEET_LIST_MAX = 512;

export const epochMs = described(z.number(), 'epoch ms');
/** A field an older or newer minor shape may lack or hold differently: read as unknown (null) then. */
export const orNull = <T extends z.ZodMiniType>(s: T) => z.catch(z.nullable(s), null);

/**
 * A list of at most `max` entries (a longer one makes the payload unreadable, naming its length);
 * another shape, from an older or newer minor version, is read as empty. No transform: the answer's
 * JSON Schema stays writable.
 */
export const listOf = <T extends z.ZodMiniType>(entry: T, max = FLEET_LIST_MAX) =>
  // Absent (an older shape): empty. Without the default zod asks for the key.
  z._default(
    z.pipe(
      z.unknown().check(
        z.superRefine((v, ctx) => {
          if (Array.isArray(v) && v.length > max)
            ctx.addIssue({ code: 'custom', message: `${v.length} entries, more than the ${max} a state may list` });
        }),
      ),
      z.catch(z.array(entry), []),
    ),
    [],
  );
