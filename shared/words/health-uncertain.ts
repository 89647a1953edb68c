/**
 * The words for a family whose last check was uncertain (sources replied, but no address
 * reached the quorum), from what its kept answers show. Pure. shared/health.ts uses them for
 * the headline's short clause and cause, and the family card's note, which alone carries the
 * long explanation (a captive portal or a DNS error is named there, once).
 */
import type { LastCheck } from '../types';

/**
 * What an uncertain check's answers show, from the attempts it kept:
 *
 * | attempts                                   | kind       |
 * |--------------------------------------------|------------|
 * | none kept (an older engine, a witness)     | unknown    |
 * | none gave an address                       | no-address |
 * | those with an address gave different ones  | differ     |
 * | those with an address gave the same one    | too-few    |
 */
export type UncertainKind = 'unknown' | 'no-address' | 'differ' | 'too-few';

export function uncertainKind(check: LastCheck | null): UncertainKind {
  const attempts = check?.attempts ?? [];
  if (!attempts.length) return 'unknown';
  const ips = new Set(attempts.flatMap((a) => (a.ok && a.ip !== undefined ? [a.ip] : [])));
  if (ips.size === 0) return 'no-address';
  return ips.size > 1 ? 'differ' : 'too-few';
}

/** The sources that answered with an address in `check`, by address, in the order first seen. */
function answersByIp(check: LastCheck | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of check?.attempts ?? []) if (a.ok && a.ip !== undefined) out.set(a.ip, (out.get(a.ip) ?? 0) + 1);
  return out;
}

const sources = (n: number): string => `${n} source${n === 1 ? '' : 's'}`;

/** The cause in a few words, without the family's name (Health.reason). */
export function uncertainCause(check: LastCheck | null): string {
  const kind = uncertainKind(check);
  if (kind === 'no-address') return 'replies without an address';
  if (kind === 'too-few') return 'too few answers alike';
  return 'sources disagree';
}

/** One clause for the headline (no advice: the card has it). */
export function uncertainShort(check: LastCheck | null, name: string): string {
  switch (uncertainKind(check)) {
    case 'no-address':
      return `${name} sources replied in the last check, but none with an address`;
    case 'differ':
      return `${name} sources answered different addresses in the last check`;
    case 'too-few':
      return `Too few ${name} sources answered alike in the last check`;
    case 'unknown':
      return `${name} sources replied in the last check, but not enough agreed on an address`;
  }
}

/**
 * Where to look when sources do not agree: none need look failing (each may answer, with
 * different addresses), so the advice points at what each answered, not at failures.
 */
const SEE_SOURCES = 'see what each source answered, and which agreed, under Sources on the dashboard.';
/** When no reply held an address there is nothing to compare: each source's row says what it met. */
const SEE_MET = 'see what each source met under Sources on the dashboard.';

/**
 * Why an uncertain check declared nothing, from what is known of its answers (uncertainKind):
 * a captive portal or DNS is named only when the replies held no address, or nothing is known.
 */
function uncertainWhy(check: LastCheck, name: string): string {
  const byIp = answersByIp(check);
  switch (uncertainKind(check)) {
    case 'no-address':
      return `sources replied, but none with an ${name} address (a portal's sign-in page or a DNS error can do that)`;
    case 'differ': {
      const each = [...byIp].map(([ip, n]) => `${ip} from ${sources(n)}`).join(', ');
      return `sources replied with different ${name} addresses (${each}), and not enough agreed on one`;
    }
    case 'too-few': {
      const [ip, n] = [...byIp][0]!;
      return `sources replied, but only ${sources(n)} gave an ${name} address (${ip}): too few agree to confirm it`;
    }
    case 'unknown':
      return (
        `sources replied, but not enough agreed on one ${name} address (or a captive portal or DNS answered ` +
        'in their place)'
      );
  }
}

/** The family card's note on an uncertain check: why nothing was declared, and where to look. */
export const uncertainNote = (check: LastCheck, name: string): string =>
  `Uncertain: ${uncertainWhy(check, name)}, so none is declared. It usually settles at the next ` +
  `check; if not, ${uncertainKind(check) === 'no-address' ? SEE_MET : SEE_SOURCES}`;
