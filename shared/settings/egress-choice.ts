/**
 * Where checks and DNS updates leave from, and which detected addresses may be taken (issue 76):
 * the fields the `monitor` and `sources` parts and each DDNS record take from here. The choice is
 * an interface name or one of this machine's addresses (shared/egress-from.ts reads it at each
 * request); the ranges follow favonia/cloudflare-ddns's detection filter (shared/detection-filter.ts).
 * Pure.
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';

import '../zod-words';

import { readRange } from '../detection-filter';
import { parseAddress } from '../ip';
import type { Family } from '../types';
import { about, withMeta } from './schema-common';

/** An interface name as the systems spell them (Linux's 15 bytes, Windows' "Ethernet 2", macOS's utun3). */
const INTERFACE_NAME = /^[\p{L}\p{N} ._:@()#+-]{1,64}$/u;

/** '' (the system's choice), an interface name, or an address of `family` (null: either family, a record's). */
const fromCheck = (family: Family | null) =>
  z.superRefine((text: string, ctx: core.$RefinementCtx<string>) => {
    const t = text.trim();
    if (!t) return;
    const literal = parseAddress(t);
    if (literal && family !== null && literal.family !== family)
      ctx.addIssue({ code: 'custom', message: `"${t}" is an IPv${literal.family} address, not IPv${family}` });
    else if (!literal && (/^[0-9a-f:.]+$/i.test(t) || !INTERFACE_NAME.test(t)))
      ctx.addIssue({ code: 'custom', message: `"${t}" is neither an interface name nor an address` });
  });

const fromField = (family: Family) =>
  withMeta(
    z._default(z.string().check(z.maxLength(64), fromCheck(family)), ''),
    about(
      `Leave from (IPv${family})`,
      `The interface (its IPv${family} address) or local address checks and updates leave from; empty: the system's.`,
    ),
  );

/** `monitor.fromV4` and `monitor.fromV6`. */
export const egressFromFields = { fromV4: fromField(4), fromV6: fromField(6) };

/** A DDNS record's own choice, over the monitor's for its family (an A record's IPv4, an AAAA's IPv6). */
export const recordFromField = withMeta(
  z.optional(z.string().check(z.maxLength(64), fromCheck(null))),
  about('Update from', "The interface or local address this record's updates leave from; empty: as the checks."),
);

const rangeList = (family: Family, title: string, description: string) =>
  withMeta(
    z._default(
      z.array(
        z.string().check(
          z.superRefine((text, ctx) => {
            const read = readRange(text, family);
            if (!read.ok) ctx.addIssue({ code: 'custom', message: read.problem });
          }),
        ),
      ),
      [],
    ),
    about(title, description),
  );

/** `sources.includeV4` ... `sources.excludeV6`: the detection filter of each family. */
export const detectionFilterFields = {
  includeV4: rangeList(
    4,
    'Take IPv4 only from',
    'IPv4 ranges (CIDR, e.g. 198.51.100.0/24) an address must be in; empty: any.',
  ),
  excludeV4: rangeList(4, 'Never take IPv4 from', 'IPv4 ranges (CIDR) an address found there is never taken as yours.'),
  includeV6: rangeList(
    6,
    'Take IPv6 only from',
    'IPv6 ranges (CIDR, e.g. 2001:db8::/32) an address must be in; empty: any.',
  ),
  excludeV6: rangeList(6, 'Never take IPv6 from', 'IPv6 ranges (CIDR) an address found there is never taken as yours.'),
};
