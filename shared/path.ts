/**
 * The path to a fixed public target as the system's `tracepath` or `traceroute` saw it (issue
 * 77), and what changed since the path before: which hops, how many, and the networks (AS
 * numbers, from the offline table) on the way. The engine's path room traces and parses; this
 * file is the one diff and its words, the same in the API, the bot and the page. Pure.
 *
 *   before / after                 | diff
 *   -------------------------------+------------------------------------------------------
 *   no path before                 | first: nothing to compare
 *   same address at every hop      | same
 *   any hop's address differs, or  | changed: each differing hop (a hop that did not answer
 *     one path is longer           |   on either side is no evidence and is not counted)
 */
import type { Translator } from './i18n/translator';

export const PATH_TOOLS = ['tracepath', 'traceroute'] as const;
export type PathTool = (typeof PATH_TOOLS)[number];

export const PATH_TRIGGERS = ['change', 'manual'] as const;
export type PathTrigger = (typeof PATH_TRIGGERS)[number];

/** One hop: its distance (TTL), the address that answered (null: no reply), its AS when the table knows it. */
export interface PathHop {
  ttl: number;
  address: string | null;
  rttMs: number | null;
  asn: number | null;
}

/** One traced path. */
export interface TracedPath {
  at: number;
  trigger: PathTrigger;
  tool: PathTool;
  target: string;
  /** True when the target itself answered. */
  reached: boolean;
  hops: PathHop[];
}

export interface HopChange {
  ttl: number;
  before: string | null;
  after: string | null;
}

export type PathDiff =
  | { kind: 'first' }
  | { kind: 'same'; hops: number }
  | {
      kind: 'changed';
      hops: HopChange[];
      lengthBefore: number;
      lengthAfter: number;
      networksBefore: number[];
      networksAfter: number[];
    };

/** The AS numbers on the way, in order, each once per stretch (hops the table does not know left out). */
export function pathNetworks(hops: readonly PathHop[]): number[] {
  const out: number[] = [];
  for (const h of hops) if (h.asn !== null && out.at(-1) !== h.asn) out.push(h.asn);
  return out;
}

export function pathDiff(before: Pick<TracedPath, 'hops'> | null, after: Pick<TracedPath, 'hops'>): PathDiff {
  if (!before) return { kind: 'first' };
  const at = (p: Pick<TracedPath, 'hops'>, ttl: number) => p.hops.find((h) => h.ttl === ttl) ?? null;
  const length = (p: Pick<TracedPath, 'hops'>) => Math.max(0, ...p.hops.map((h) => h.ttl));
  const [lengthBefore, lengthAfter] = [length(before), length(after)];
  const hops: HopChange[] = [];
  for (let ttl = 1; ttl <= Math.max(lengthBefore, lengthAfter); ttl++) {
    const [b, a] = [at(before, ttl), at(after, ttl)];
    // A hop that did not answer on one side, while the path went on there, is no evidence of a change.
    const silent = (h: PathHop | null, len: number) => h?.address === null || (h === null && ttl <= len);
    if (silent(b, lengthBefore) || silent(a, lengthAfter)) continue;
    if ((b?.address ?? null) !== (a?.address ?? null))
      hops.push({ ttl, before: b?.address ?? null, after: a?.address ?? null });
  }
  if (hops.length === 0 && lengthBefore === lengthAfter) return { kind: 'same', hops: lengthAfter };
  return {
    kind: 'changed',
    hops,
    lengthBefore,
    lengthAfter,
    networksBefore: pathNetworks(before.hops),
    networksAfter: pathNetworks(after.hops),
  };
}

/** Hops named in a sentence, the first few. */
const SHOWN_HOPS = 3;

const networks = (list: number[], words: Translator) =>
  list.length ? list.map((n) => `AS${n}`).join(' → ') : words.t('path.networks.unknown');

/**
 * The diff in the reader's words: a line or two, the same on every page, in the API and the bot;
 * each hop's address as `show` writes it (the bot masks it as the server masks addresses).
 */
export function pathDiffWords(diff: PathDiff, words: Translator, show: (ip: string) => string = (ip) => ip): string[] {
  if (diff.kind === 'first') return [words.t('path.diff.first')];
  if (diff.kind === 'same') return [words.t('path.diff.same', { hops: diff.hops })];
  // A hop's address is null only where that path had no such hop (a silent hop is not counted).
  const none = words.t('path.hop.none');
  const hops = diff.hops.slice(0, SHOWN_HOPS).map((h) => {
    const said = (a: string | null) => (a === null ? none : show(a));
    return words.t('path.diff.hop', { ttl: h.ttl, before: said(h.before), after: said(h.after) });
  });
  const more = diff.hops.length - SHOWN_HOPS;
  const lines = [
    words.t('path.diff.changed', { count: diff.hops.length, hops: hops.join('; ') }) +
      (more > 0 ? ` ${words.t('path.diff.more', { more })}` : ''),
  ];
  if (diff.lengthBefore !== diff.lengthAfter)
    lines.push(words.t('path.diff.length', { after: diff.lengthAfter, before: diff.lengthBefore }));
  const [nb, na] = [networks(diff.networksBefore, words), networks(diff.networksAfter, words)];
  if (nb !== na) lines.push(words.t('path.diff.networks', { after: na, before: nb }));
  return lines;
}
