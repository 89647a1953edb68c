/**
 * Consensus: when do answers from several sources confirm an address? Pure.
 *
 * Truth table (tests/electron/engine/ip-monitor/consensus.test.ts), quorum q:
 *
 * | accepted answers                                   | verdict                       |
 * |----------------------------------------------------|-------------------------------|
 * | none                                               | pending                       |
 * | one key from >= q distinct providers               | agreed on that key            |
 * | one key from < q distinct providers                | pending (ask more)            |
 * | same provider answering twice (v4 api + trace)     | counts once                   |
 * | two keys, one reaching q                           | agreed; the other answer lied |
 * | v6 answers differing only after the /64            | one key (prefix mode)         |
 */
import type { SourceKind } from '../../../shared/types';

export interface Answer {
  sourceId: string;
  provider: string;
  kind: SourceKind;
  ip: string;
  /** addressKey(ip): the identity compared for changes. */
  key: string;
}

export type Verdict =
  | { status: 'agreed'; key: string; ip: string; sources: string[] }
  | {
      status: 'pending';
      /** best key so far and how many distinct providers back it */ leader: { key: string; providers: number } | null;
    };

export function decide(answers: readonly Answer[], quorum: number): Verdict {
  const byKey = new Map<string, { providers: Set<string>; answers: Answer[] }>();
  for (const a of answers) {
    const g = byKey.get(a.key) ?? { providers: new Set<string>(), answers: [] };
    g.providers.add(a.provider);
    g.answers.push(a);
    byKey.set(a.key, g);
  }
  let leader: { key: string; providers: number } | null = null;
  for (const [key, g] of byKey) {
    if (g.providers.size >= quorum) {
      // The newest full address wins inside one /64, so the status shows the current one.
      return {
        status: 'agreed',
        key,
        ip: g.answers[g.answers.length - 1]!.ip,
        sources: g.answers.map((a) => a.sourceId),
      };
    }
    if (!leader || g.providers.size > leader.providers) leader = { key, providers: g.providers.size };
  }
  return { status: 'pending', leader };
}

/** Kept here for the monitor's imports; one copy, in shared/ (the dashboard says it too). */
export { effectiveQuorum } from '../../../shared/quorum';
