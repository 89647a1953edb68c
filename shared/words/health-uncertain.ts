/**
 * The words for a family whose last check was uncertain (sources replied, but no address
 * reached the quorum), from what its kept answers show. Pure. shared/health.ts uses them for
 * the headline's short clause and cause, and the family card's note, which alone carries the
 * long explanation (a captive portal or a DNS error is named there, once).
 */
import type { Translator } from '../i18n/translator';
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

const sources = (n: number, words: Translator): string => words.t('uncertain.sources', { n });

const KEY: Record<UncertainKind, 'noAddress' | 'differ' | 'tooFew' | 'unknown'> = {
  'no-address': 'noAddress',
  differ: 'differ',
  'too-few': 'tooFew',
  unknown: 'unknown',
};

/** The cause in a few words, without the family's name (Health.reason). */
export function uncertainCause(check: LastCheck | null, words: Translator): string {
  const kind = uncertainKind(check);
  if (kind === 'no-address') return words.t('uncertain.cause.noAddress');
  if (kind === 'too-few') return words.t('uncertain.cause.tooFew');
  return words.t('uncertain.cause.differ');
}

/** One clause for the headline (no advice: the card has it). */
export const uncertainShort = (check: LastCheck | null, name: string, words: Translator): string =>
  words.t(`uncertain.short.${KEY[uncertainKind(check)]}`, { family: name });

/**
 * Why an uncertain check declared nothing, from what is known of its answers (uncertainKind):
 * a captive portal or DNS is named only when the replies held no address, or nothing is known.
 * Where to look then: none need look failing (each may answer, with different addresses), so the
 * advice points at what each answered (uncertain.seeSources), not at failures; when no reply held
 * an address there is nothing to compare, and each source's row says what it met (seeMet).
 */
function uncertainWhy(check: LastCheck, name: string, words: Translator): string {
  const byIp = answersByIp(check);
  const kind = uncertainKind(check);
  switch (kind) {
    case 'differ': {
      const each = [...byIp]
        .map(([ip, n]) => words.t('uncertain.fromSources', { ip, sources: sources(n, words) }))
        .join(', ');
      return words.t('uncertain.why.differ', { family: name, each });
    }
    case 'too-few': {
      const [ip, n] = [...byIp][0]!;
      return words.t('uncertain.why.tooFew', { family: name, ip, sources: sources(n, words) });
    }
    default:
      return words.t(`uncertain.why.${KEY[kind]}`, { family: name });
  }
}

/** The family card's note on an uncertain check: why nothing was declared, and where to look. */
export const uncertainNote = (check: LastCheck, name: string, words: Translator): string =>
  words.t('uncertain.note', {
    why: uncertainWhy(check, name, words),
    advice: words.t(uncertainKind(check) === 'no-address' ? 'uncertain.seeMet' : 'uncertain.seeSources'),
  });
