/**
 * What each source said in its family's last check, from the attempts the check kept
 * (LastCheck.attempts): the address it answered and which other sources answered the same, or
 * why it gave none, or that it was not asked. The Sources table shows it while a family is
 * uncertain or unreachable, so a person sees who disagreed. Pure.
 *
 * | source in the last check's attempts | answer                                               |
 * |-------------------------------------|------------------------------------------------------|
 * | absent (or no check, or a witness)  | not asked                                            |
 * | ok, with an address                 | answered that address; sameAs: the other sources     |
 * |                                     | whose answer was the very same address, in order     |
 * | not ok                              | failed, with its error as the engine gave it         |
 *
 * "The same" is the same text: two IPv6 answers in one /64 may count as one for the engine
 * (ipv6Compare), but only an identical address is said to be the same answer.
 */
import type { Attempt, LastCheck } from './types';

export type SourceAnswer =
  | { said: 'not asked' }
  | { said: 'answered'; ip: string; sameAs: string[]; latencyMs: number }
  | { said: 'failed'; error: string; latencyMs: number };

/** Each asked source's answer in `check`, by source id; a source not in the map was not asked. */
export function lastAnswers(check: LastCheck | null | undefined): Map<string, SourceAnswer> {
  const out = new Map<string, SourceAnswer>();
  const attempts: readonly Attempt[] = check?.attempts ?? [];
  for (const a of attempts) {
    if (out.has(a.sourceId)) continue;
    if (a.ok && a.ip !== undefined) {
      const sameAs = attempts.filter((b) => b.ok && b.ip === a.ip && b.sourceId !== a.sourceId).map((b) => b.sourceId);
      out.set(a.sourceId, { said: 'answered', ip: a.ip, sameAs: [...new Set(sameAs)], latencyMs: a.latencyMs });
    } else out.set(a.sourceId, { said: 'failed', error: a.error ?? 'no reason given', latencyMs: a.latencyMs });
  }
  return out;
}

/** One source's answer in `check`. */
export const lastAnswerOf = (check: LastCheck | null | undefined, sourceId: string): SourceAnswer =>
  lastAnswers(check).get(sourceId) ?? { said: 'not asked' };
