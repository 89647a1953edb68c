/**
 * What changed in the network behind a family's address when the address changed: its origin
 * network (the AS announcing it) and its announced prefix (the address block,
 * shared/address-block.ts), both from the offline AS table. The one decision the history, the
 * Activity page, the API, the bot and the notices read. Pure; no zod, so the dashboard's first
 * load stays without it.
 *
 *   before / after                                        | shift
 *   ------------------------------------------------------+-----------------------------------
 *   either side unknown, or either AS unknown             | null (a gap in the table is no move)
 *   AS differs, new address inside the old address block  | same-block: "same address block, new network"
 *     (or both blocks the same)                           |
 *   AS differs otherwise                                  | network: "from AS… to AS…"
 *   same AS, both blocks known and different              | block: "new address block … in AS…"
 *   same AS, same block or a block unknown                | null
 */
import { blockHolds } from './address-block';
import type { Translator } from './i18n/translator';

/** One side of a change: the address, its AS and its block, each null when unknown. */
export interface NetworkSide {
  ip: string;
  asn: number | null;
  block: string | null;
}

export type NetworkShift =
  | { kind: 'same-block'; block: string; fromAsn: number; toAsn: number }
  | { kind: 'network'; fromAsn: number; toAsn: number }
  | { kind: 'block'; asn: number; fromBlock: string; toBlock: string };

export const NETWORK_SHIFT_KINDS = ['same-block', 'network', 'block'] as const;

export function networkShift(before: NetworkSide | null, after: NetworkSide | null): NetworkShift | null {
  if (!before || !after || before.asn === null || after.asn === null) return null;
  if (before.asn !== after.asn) {
    const inside = before.block !== null && (before.block === after.block || blockHolds(before.block, after.ip));
    return inside
      ? { kind: 'same-block', block: before.block as string, fromAsn: before.asn, toAsn: after.asn }
      : { kind: 'network', fromAsn: before.asn, toAsn: after.asn };
  }
  if (before.block === null || after.block === null || before.block === after.block) return null;
  return { kind: 'block', asn: after.asn, fromBlock: before.block, toBlock: after.block };
}

/** "AS3320": a string, so that no language groups its digits. */
const as = (asn: number) => `AS${asn}`;

/**
 * The shift in the reader's words: one line, the same on every page, in the bot and in notices.
 * `showBlock` masks a block as its reader masks addresses (a notice's mask); shown whole by default.
 */
export function networkShiftWords(
  shift: NetworkShift,
  words: Translator,
  showBlock: (block: string) => string = (block) => block,
): string {
  switch (shift.kind) {
    case 'same-block':
      return words.t('identity.shift.sameBlock', {
        block: showBlock(shift.block),
        from: as(shift.fromAsn),
        to: as(shift.toAsn),
      });
    case 'network':
      return words.t('identity.shift.network', { from: as(shift.fromAsn), to: as(shift.toAsn) });
    case 'block':
      return words.t('identity.shift.block', {
        asn: as(shift.asn),
        from: showBlock(shift.fromBlock),
        to: showBlock(shift.toBlock),
      });
  }
}

/**
 * A block's shower that masks it as `show` masks an address: its first address masked and its
 * length kept, or the mask's word alone when addresses are hidden.
 */
export function maskedBlock(show: (ip: string) => string, hidden: boolean): (block: string) => string {
  return (block) => {
    const [at = '', length = ''] = block.split('/');
    return hidden ? show(at) : `${show(at)}/${length}`;
  };
}
