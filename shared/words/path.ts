/**
 * The path to the internet in words (issue 77), the same on the page (History's path panel), in
 * the bot's /path and in `ipwatch path`: a path's hops with their networks, when and how it was
 * traced, whether the target answered, what changed since the path before (shared/path.ts's
 * pathDiffWords) and, when none was traced, why. Pure.
 */
import type { PathRecord, PathRunAnswer } from '../contract/path';
import type { Translator } from '../i18n/translator';
import { pathDiffWords } from '../path';

/**
 * "8.8.8.1 (AS15169) → no reply → 9.9.9.9 (AS19281)": each hop's address (as `show` writes it: the
 * bot masks it as the server masks addresses) and its network where the table knows it.
 */
export function pathHopsText(
  p: Pick<PathRecord, 'hops'>,
  words: Translator,
  show: (ip: string) => string = (ip) => ip,
): string {
  return p.hops
    .map((h) => {
      const who = h.address === null ? words.t('web.path.noReply') : show(h.address);
      return h.asn === null ? who : `${who} (AS${h.asn})`;
    })
    .join(' → ');
}

/** "after a change, with tracepath" or "asked for, with traceroute". */
export const pathHowText = (p: Pick<PathRecord, 'trigger' | 'tool'>, words: Translator): string =>
  words.t(p.trigger === 'change' ? 'web.path.afterChange' : 'web.path.asked', { tool: p.tool });

type Refused = Extract<PathRunAnswer, { ran: false }>;

/**
 * Why no path was traced, in `words`' language. The runner says it in English (`said`); a failed
 * trace's own detail (the tool's words) is kept as it came, inside the sentence in `words`.
 */
export function pathRefusedText(answer: Refused, words: Translator): string {
  if (answer.why === 'off') return words.t('path.off');
  if (answer.why === 'no-tool') return words.t('path.noTool');
  if (answer.why === 'bad-target') return words.t('path.badTarget');
  if (answer.why === 'failed' && answer.detail !== undefined) return words.t('path.failed', { why: answer.detail });
  return answer.said;
}

/** A path as the bot and the CLI lay it out: its heading, whether the target answered, its hops, what changed. */
export interface PathShown {
  /** "29 Nov 2026 09:12, after a change, with tracepath" */
  heading: string;
  /** "9.9.9.9 answered after 3 hops", or that it did not */
  reached: string;
  hops: string;
  /** What changed since the path before, a line or two. */
  changed: string[];
}

export interface PathReport {
  /** What to say first: the path is off, why a trace asked for did not run, or none traced yet. */
  notes: string[];
  /** The newest path (the one just traced when one ran), or null when none was ever kept. */
  path: PathShown | null;
}

/**
 * What the bot's /path and `ipwatch path` say: the newest path kept (`last`, the first getPaths
 * answers) or the one a trace just made (`run`), with the notes that go before it. `when` writes a
 * moment as the reader reads it (a Discord timestamp, the CLI's local time); `show` an address.
 */
export function pathReport(
  input: { enabled: boolean; last: PathRecord | null; run?: PathRunAnswer },
  words: Translator,
  when: (at: number) => string,
  show?: (ip: string) => string,
): PathReport {
  const { enabled, run } = input;
  const notes: string[] = [];
  if (!enabled) notes.push(words.t('path.off'));
  if (run && !run.ran && run.why !== 'off') notes.push(pathRefusedText(run, words));
  const p = run?.ran ? run.path : input.last;
  if (!p && enabled && !run) notes.push(words.t('path.noneYet'));
  if (!p) return { notes, path: null };
  const hops = Math.max(0, ...p.hops.map((h) => h.ttl));
  return {
    notes,
    path: {
      heading: words.t('path.heading', { when: when(p.at), how: pathHowText(p, words) }),
      reached: words.t('path.reached', { target: p.target, reached: p.reached ? 'yes' : 'no', hops }),
      hops: pathHopsText(p, words, show),
      changed: pathDiffWords(p.diff, words, show),
    },
  };
}
